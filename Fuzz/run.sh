#!/usr/bin/env bash
# Builds the libFuzzer target (the JSON reader and the batch record path) and runs it on
# the corpus. Usage: Fuzz/run.sh [SECONDS] [--merge]
#   SECONDS  how long to fuzz (default 60)
#   --merge  add the inputs that found new coverage to Fuzz/corpus/json
# FUZZ_SEED=N makes a run repeatable (CI uses it).
# Exits non-zero when the fuzzer finds a crash (the input is saved as crash-<hash>).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=60
merge=no
for argument in "$@"; do
    case "$argument" in
        --merge) merge=yes ;;
        *) seconds="$argument" ;;
    esac
done
out=.build/fuzz
mkdir -p "$out"
mapfile -t sources < <(find Sources/OrgAdvisor -name '*.swift' | sort)
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name OrgAdvisorFuzz \
    "${sources[@]}" Fuzz/JSONParserFuzzer.swift -lm -o "$out/json-fuzzer"
work="$out/corpus-new"
rm -rf "$work"
mkdir -p "$work"
# A crash must not hang the Swift backtracer.
export SWIFT_BACKTRACE=enable=no
# The default rule base lives for the whole process: not a leak.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
"$out/json-fuzzer" "$work" Fuzz/corpus/json -max_total_time="$seconds" -max_len=4096 \
    -artifact_prefix="$out/" -print_final_stats=1 -detect_leaks=0 ${FUZZ_SEED:+-seed=$FUZZ_SEED}
if [ "$merge" = yes ]; then
    "$out/json-fuzzer" -merge=1 Fuzz/corpus/json "$work" -max_len=4096
fi
