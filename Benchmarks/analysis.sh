#!/usr/bin/env bash
# Start-to-finish time of the analysis commands on the default rule base (release build:
# process start, built-in rules, the analysis and its output included): the whole-space
# rule base checks, decision maps (with the exact whole-space shares), what-if, weight
# sensitivity and the HTML course page; then a decision map with 300 generated rules of a
# mixed shape (orgadvisor-benchmark --write-mixed-rules), whose whole-space shares count
# 8.6 million profiles.
# Usage: Benchmarks/analysis.sh [RUNS]   (default 30 runs each, interleaved; median, p90;
# a tenth of the runs, at least 3, for the 300-rule map)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-30}"
swift build -c release >/dev/null
mixed="$(mktemp -d)"
trap 'rm -rf "$mixed"' EXIT
.build/release/orgadvisor-benchmark --write-mixed-rules 300 "$mixed/rules" >/dev/null
.build/release/orgadvisor compile --rules "$mixed/rules" --output "$mixed/rules.orgarchive" >/dev/null 2>&1
python3 - "$runs" "$mixed/rules.orgarchive" <<'PY'
import statistics, subprocess, sys, time
runs = int(sys.argv[1])
mixed = sys.argv[2]
binary = ".build/release/orgadvisor"
commands = {
    "check --deep": ["check", "--deep"],
    "map --x sites --y complexity (text)": ["map", "--x", "sites", "--y", "complexity"],
    "map --x volume --y complexity --format svg": ["map", "--x", "volume", "--y", "complexity", "--format", "svg"],
    "whatif --sites 5 --volume high": ["whatif", "--sites", "5", "--volume", "high"],
    "sensitivity --sites 5 --volume high": ["sensitivity", "--sites", "5", "--volume", "high"],
    "report --sites 5 --volume high --map sites,complexity": ["report", "--sites", "5", "--volume", "high", "--map", "sites,complexity"],
}
large = {
    "map --x volume --y sites, 300 mixed rules (text)": ["map", "--x", "volume", "--y", "sites", "--rules", mixed],
}
times = {name: [] for name in list(commands) + list(large)}
for run in range(runs):
    chosen = dict(commands)
    if run < max(3, runs // 10):
        chosen.update(large)
    for name, arguments in chosen.items():
        start = time.perf_counter()
        subprocess.run([binary] + arguments, stdout=subprocess.DEVNULL, check=True)
        times[name].append((time.perf_counter() - start) * 1000)
print(f"{'command':56} {'median ms':>10} {'p90 ms':>8}")
for name, values in times.items():
    p90 = statistics.quantiles(values, n=10)[-1] if len(values) > 1 else values[0]
    print(f"{name:56} {statistics.median(values):10.2f} {p90:8.2f}")
PY
