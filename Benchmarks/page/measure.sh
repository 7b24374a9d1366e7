#!/usr/bin/env bash
# The interactive page's size and speed in headless Chromium (Tests/OrgAdvisorCLITests/
# PageMeasurement.swift): the page's size in both languages, the time from navigation
# start to the first result shown (5 fresh loads), and per change of the profile the
# time to render the result (the module's report body put in the DOM and laid out) and
# to score alone. Needs chromium and the module ('WebAssembly/build.sh').
#
#   Benchmarks/page/measure.sh [OUTPUT]     # figures printed, and written to OUTPUT
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="/opt/swift/usr/bin:$PATH"
[ -f .build/wasm/orgadvisor-page.wasm ] || {
    echo "no .build/wasm/orgadvisor-page.wasm: run WebAssembly/build.sh first" >&2
    exit 1
}
output="${1:-$(mktemp)}"
log="$(mktemp)"
ORGADVISOR_PAGE_MEASURE=1 ORGADVISOR_PAGE_MEASURE_OUTPUT="$(readlink -f "$output")" \
    swift test --filter 'PageMeasurement' > "$log" 2>&1 || { cat "$log" >&2; exit 1; }
rm -f "$log"
echo "$(uptime | sed 's/.*load average/load average/') (2 cores here; figures vary with it)"
cat "$output"
