#!/usr/bin/env bash
# Start-to-finish time of `orgadvisor --sites 5 --volume high` (release build: process
# start, built-in rules, evaluation and text report included), side by side in one run
# with a trivial Swift program built the same way (fully static) and, for reference,
# the same program with only the Swift standard library linked statically.
# Usage: Benchmarks/startup.sh [RUNS]   (default 300 runs each, interleaved)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-300}"
swift build -c release >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo 'print("hello")' > "$work/hello.swift"
swiftc -O -static-executable "$work/hello.swift" -o "$work/hello-static-executable" 2>/dev/null
swiftc -O -static-stdlib "$work/hello.swift" -o "$work/hello-static-stdlib"
python3 - "$runs" "$work" <<'PY'
import statistics, subprocess, sys, time
runs, work = int(sys.argv[1]), sys.argv[2]
commands = {
    "orgadvisor --sites 5 --volume high": [".build/release/orgadvisor", "--sites", "5", "--volume", "high"],
    "hello (-static-executable, as orgadvisor)": [f"{work}/hello-static-executable"],
    "hello (-static-stdlib)": [f"{work}/hello-static-stdlib"],
}
times = {name: [] for name in commands}
for _ in range(runs):
    for name, command in commands.items():
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
        times[name].append((time.perf_counter() - start) * 1000)
median = {name: statistics.median(values) for name, values in times.items()}
ours = median["orgadvisor --sites 5 --volume high"]
print(f"{'command':45} {'median ms':>10} {'p90 ms':>8} {'orgadvisor / this':>18}")
for name, values in times.items():
    p90 = statistics.quantiles(values, n=10)[-1]
    print(f"{name:45} {median[name]:10.2f} {p90:8.2f} {ours / median[name]:17.2f}x")
PY
