#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each on its corpus (Fuzz/README.md).
# Usage: Fuzz/run.sh [SECONDS] [--merge] [--target json|rules|archive|all]
#   SECONDS   how long to fuzz each target (default 60; with all, archive gets half)
#   --merge   add the inputs that found new coverage to the target's corpus,
#             Fuzz/corpus/json or Fuzz/corpus/rules
#   --target  json (the JSON reader and the batch record path), rules (the rule
#             language: loader, engine, reports, archive, printer), archive (compiled
#             archives read, damaged or made up) or all (default: the three, one after
#             the other)
# FUZZ_SEED=N makes a run repeatable (CI uses it).
# Exits non-zero when a fuzzer finds a crash (the input is saved as TARGET-crash-<hash>).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=60
merge=no
target=all
while [ $# -gt 0 ]; do
    case "$1" in
        --merge) merge=yes ;;
        --target) shift; target="${1:-}" ;;
        --target=*) target="${1#--target=}" ;;
        *) seconds="$1" ;;
    esac
    shift
done
case "$target" in
    json | rules | archive) targets=("$target") ;;
    all) targets=(json rules archive) ;;
    *)
        echo "error: unknown target '$target'; expected 'json', 'rules', 'archive' or 'all'" >&2
        exit 2
        ;;
esac
out=.build/fuzz
lib="$out/lib"
mkdir -p "$lib"
export PATH="/opt/swift/usr/bin:$PATH"

# The library's modules are compiled once, in the order of their dependencies, with
# coverage and the address sanitizer, into static libraries with testing enabled, so that
# both targets see their internal names through `@testable import`. They are rebuilt only
# when their sources change.
modules=(OrgAdvisorRules OrgAdvisorEngine OrgAdvisorReports OrgAdvisorBatch OrgAdvisor)
mapfile -t sources < <(for module in "${modules[@]}"; do find "Sources/$module" -name '*.swift'; done | sort)
key=$({ swiftc --version 2>&1; printf '%s\n' "${sources[@]}"; cat "${sources[@]}"; } | sha256sum)
if [ ! -f "$lib/libOrgAdvisor.a" ] || [ "$(cat "$lib/key" 2>/dev/null)" != "$key" ]; then
    echo "== building the library for fuzzing (about a minute)"
    rm -f "$lib/key"
    for module in "${modules[@]}"; do
        mapfile -t files < <(find "Sources/$module" -name '*.swift' | sort)
        # The renderers and the umbrella without optimisation: they are a small part of the
        # fuzzers' work and, optimised, a fifth of the build; the others optimised, with
        # code generation on two threads.
        case "$module" in
            OrgAdvisorReports | OrgAdvisor) optimization=(-Onone) ;;
            *) optimization=(-O -num-threads 2) ;;
        esac
        swiftc -sanitize=fuzzer,address -parse-as-library "${optimization[@]}" -enable-testing -package-name orgadvisor -I "$lib" \
            -module-name "$module" -emit-module -emit-module-path "$lib/$module.swiftmodule" \
            -emit-library -static -o "$lib/lib$module.a" "${files[@]}"
    done
    echo "$key" >"$lib/key"
fi
libraries=()
for module in "${modules[@]}"; do libraries+=("-l$module"); done

# A crash must not hang the Swift backtracer.
export SWIFT_BACKTRACE=enable=no
# The default rule base lives for the whole process: not a leak.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

for name in "${targets[@]}"; do
    case "$name" in
        json)
            files=(Fuzz/JSONParserFuzzer.swift)
            options=(-max_len=4096)
            ;;
        rules)
            files=(Fuzz/RuleLoaderFuzzer*.swift)
            options=(-max_len=8192 -dict=Fuzz/rules.dict)
            ;;
        archive)
            files=(Fuzz/ArchiveFuzzer.swift)
            options=(-max_len=16384)
            ;;
    esac
    # With every target (as CI runs them), the archive's gets half the time, to keep the
    # whole run short.
    duration="$seconds"
    if [ "$target" = all ] && [ "$name" = archive ]; then duration=$(((seconds + 1) / 2)); fi
    fuzzer="$out/$name-fuzzer"
    echo "== fuzzing '$name' for $duration s"
    # lld links without gold's warnings about the sanitizer's local symbols.
    swiftc -sanitize=fuzzer,address -parse-as-library -O -package-name orgadvisor -module-name "${name^}Fuzzer" \
        -I "$lib" -L "$lib" "${libraries[@]}" -lm -use-ld=lld "${files[@]}" -o "$fuzzer"
    work="$out/corpus-new-$name"
    rm -rf "$work"
    mkdir -p "$work"
    "$fuzzer" "$work" "Fuzz/corpus/$name" "${options[@]}" -max_total_time="$duration" \
        -timeout=10 -artifact_prefix="$out/$name-" -print_final_stats=1 -detect_leaks=0 \
        ${FUZZ_SEED:+-seed=$FUZZ_SEED}
    if [ "$merge" = yes ]; then
        # New edges only (not new hit counts of known edges), to keep the corpus small.
        "$fuzzer" -merge=1 -use_counters=0 "Fuzz/corpus/$name" "$work" "${options[@]}" \
            -timeout=10
    fi
done
