#!/usr/bin/env bash
# Start-to-finish time of the analysis commands on the default rule base (release build:
# process start, built-in rules, the analysis and its output included): the whole-space
# rule base checks, decision maps (with the exact whole-space shares), what-if, weight
# sensitivity and the HTML course page.
# Usage: Benchmarks/analysis.sh [RUNS]   (default 30 runs each, interleaved; median, p90)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-30}"
swift build -c release >/dev/null
python3 - "$runs" <<'PY'
import statistics, subprocess, sys, time
runs = int(sys.argv[1])
binary = ".build/release/orgadvisor"
commands = {
    "check --deep": ["check", "--deep"],
    "map --x sites --y complexity (text)": ["map", "--x", "sites", "--y", "complexity"],
    "map --x volume --y complexity --format svg": ["map", "--x", "volume", "--y", "complexity", "--format", "svg"],
    "whatif --sites 5 --volume high": ["whatif", "--sites", "5", "--volume", "high"],
    "sensitivity --sites 5 --volume high": ["sensitivity", "--sites", "5", "--volume", "high"],
    "report --sites 5 --volume high --map sites,complexity": ["report", "--sites", "5", "--volume", "high", "--map", "sites,complexity"],
}
times = {name: [] for name in commands}
for _ in range(runs):
    for name, arguments in commands.items():
        start = time.perf_counter()
        subprocess.run([binary] + arguments, stdout=subprocess.DEVNULL, check=True)
        times[name].append((time.perf_counter() - start) * 1000)
print(f"{'command':56} {'median ms':>10} {'p90 ms':>8}")
for name, values in times.items():
    p90 = statistics.quantiles(values, n=10)[-1]
    print(f"{name:56} {statistics.median(values):10.2f} {p90:8.2f}")
PY
