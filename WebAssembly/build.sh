#!/usr/bin/env bash
# Builds the core (OrgAdvisorRules, OrgAdvisorEngine, OrgAdvisorReports) for WebAssembly with
# Embedded Swift, links orgadvisor.wasm, prints its size, and checks it: the module's decimal
# parsing against the native Double(String), its allocator, then evaluations of several
# profiles in the toolchain's wasmkit, byte for byte against the native
# 'orgadvisor --format json', and that the heap stays the same size over repeated calls.
# Needs only the Swift toolchain (swiftc, clang, wasm-ld, wasmkit); see WebAssembly/README.md.
#
#   WebAssembly/build.sh [--native PATH]
#
# --native PATH: the native orgadvisor to compare with (default: 'swift build' builds it).
# Output: .build/wasm/orgadvisor.wasm. Exits non-zero on any build error or difference.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"

native=""
while [ $# -gt 0 ]; do
    case "$1" in
        --native) native="$2"; shift 2 ;;
        --native=*) native="${1#--native=}"; shift ;;
        *) echo "usage: WebAssembly/build.sh [--native PATH]" >&2; exit 2 ;;
    esac
done

fail() { echo "WebAssembly: FAILED: $*" >&2; exit 1; }
now() { date +%s%N; }
milliseconds() { echo $(( ($2 - $1) / 1000000 )); }

toolchain_bin="$(dirname "$(readlink -f "$(command -v swiftc)")")"
for tool in clang wasm-ld wasmkit; do
    [ -x "$toolchain_bin/$tool" ] || fail "the toolchain in $toolchain_bin has no $tool"
done
unicode_tables="$toolchain_bin/../lib/swift/embedded/wasm32-unknown-none-wasm/libswiftUnicodeDataTables.a"
[ -f "$unicode_tables" ] || fail "no $unicode_tables (Embedded Swift for wasm32)"

out=.build/wasm
rm -rf "$out"
mkdir -p "$out/check"

embedded=(-target wasm32-unknown-none-wasm -enable-experimental-feature Embedded -wmo -Osize
    -Xfrontend -disable-stack-protector -parse-as-library -package-name orgadvisor -I "$out")
c_flags=(--target=wasm32-unknown-none -O2 -ffreestanding -fno-builtin -Wall -Wextra -Werror)
# The page's module exports what pages call; orgadvisor.wasm also the built-in rules and the
# rule compiler (Exports.swift).
page_exports=(orgadvisor_alloc orgadvisor_free orgadvisor_load orgadvisor_catalog
    orgadvisor_evaluate orgadvisor_whatif orgadvisor_next_question orgadvisor_report
    orgadvisor_heap_bytes orgadvisor_live_bytes)
exports=("${page_exports[@]}" orgadvisor_evaluate_builtin orgadvisor_evaluate_rules)

echo "== Embedded Swift modules for wasm32, in dependency order"
# Each module's interface is emitted first (a few seconds), in dependency order; its object
# file, most of the work, is compiled in the background meanwhile, two at a time.
build_start=$(now)
jobs_running=()
compile_object() {  # MODULE SOURCES...: the object file, in the background
    local module="$1"
    shift
    if [ "${#jobs_running[@]}" -ge 2 ]; then
        wait "${jobs_running[0]}" || fail "compiling ${module} for wasm32"
        jobs_running=("${jobs_running[@]:1}")
    fi
    (
        start=$(now)
        "$toolchain_bin/swiftc" "${embedded[@]}" -module-name "$module" -c "$@" -o "$out/$module.o"
        echo "$module: object in $(milliseconds "$start" "$(now)") ms"
    ) &
    jobs_running+=($!)
}
for module in OrgAdvisorRules OrgAdvisorEngine OrgAdvisorReports; do
    start=$(now)
    find "Sources/$module" -name '*.swift' | LC_ALL=C sort > "$out/$module.sources"
    "$toolchain_bin/swiftc" "${embedded[@]}" -module-name "$module" \
        -emit-module -emit-module-path "$out/$module.swiftmodule" @"$out/$module.sources"
    echo "$module: interface in $(milliseconds "$start" "$(now)") ms"
    compile_object "$module" @"$out/$module.sources"
done
compile_object OrgAdvisorWasm WebAssembly/Exports.swift WebAssembly/WebAssemblyCall.swift
for job in "${jobs_running[@]}"; do wait "$job" || fail "compiling the modules for wasm32"; done
for source in allocator support decimal runner; do
    "$toolchain_bin/clang" "${c_flags[@]}" -c "WebAssembly/C/$source.c" -o "$out/$source.o"
done

objects=("$out/OrgAdvisorWasm.o" "$out/OrgAdvisorReports.o" "$out/OrgAdvisorEngine.o"
    "$out/OrgAdvisorRules.o" "$out/allocator.o" "$out/support.o" "$out/decimal.o")
"$toolchain_bin/wasm-ld" --no-entry --gc-sections "${exports[@]/#/--export=}" \
    "${objects[@]}" "$unicode_tables" -o "$out/orgadvisor.wasm"
"$toolchain_bin/wasm-ld" --no-entry --gc-sections "${page_exports[@]/#/--export=}" \
    "${objects[@]}" "$unicode_tables" -o "$out/orgadvisor-page.unoptimised.wasm"
# The smoke test's module: the same objects and a WASI runner that calls the exports.
"$toolchain_bin/wasm-ld" --gc-sections --export=_start \
    "${objects[@]}" "$out/runner.o" "$unicode_tables" -o "$out/smoke.wasm"
echo "build: $(milliseconds "$build_start" "$(now)") ms"

size=$(wc -c < "$out/orgadvisor.wasm")
gzipped=$(gzip -9 -c "$out/orgadvisor.wasm" | wc -c)
echo "orgadvisor.wasm: $size bytes, $gzipped bytes gzipped (gzip -9)"
# The module 'orgadvisor page' inlines (gzipped) and '--assets' writes: optimised when
# wasm-opt is installed (only this one: optimising orgadvisor.wasm too would only print
# its size). The browser tests check its results against the native ones.
page_module="$out/orgadvisor-page.wasm"
if command -v wasm-opt > /dev/null 2>&1; then
    wasm-opt -Oz --enable-bulk-memory --enable-sign-ext --enable-mutable-globals \
        --enable-nontrapping-float-to-int "$out/orgadvisor-page.unoptimised.wasm" -o "$page_module"
else
    cp "$out/orgadvisor-page.unoptimised.wasm" "$page_module"
fi
gzip -9 -n -c "$page_module" > "$page_module.gz"
echo "orgadvisor-page.wasm: $(wc -c < "$out/orgadvisor-page.unoptimised.wasm") bytes linked," \
    "$(wc -c < "$page_module") bytes$(command -v wasm-opt > /dev/null 2>&1 && echo ' after wasm-opt -Oz'),"\
    "$(wc -c < "$page_module.gz") bytes gzipped (inlined by 'orgadvisor page')"

echo "== decimal parsing of the module (C/decimal.c, built natively) against Double(String)"
"$toolchain_bin/clang" -O2 -c WebAssembly/C/decimal.c \
    -D_swift_stdlib_strtod_clocale=orgadvisor_decimal_to_double -o "$out/check/decimal.o"
"$toolchain_bin/swiftc" -O WebAssembly/Tests/DecimalCheck.swift "$out/check/decimal.o" \
    -o "$out/check/decimal-check"
"$out/check/decimal-check" || fail "the module's decimal parsing differs from Double(String)"

echo "== the module's allocator in wasmkit (random calls, contents, alignment, merging)"
"$toolchain_bin/clang" "${c_flags[@]}" -c WebAssembly/Tests/allocator-check.c \
    -o "$out/check/allocator-check.o"
"$toolchain_bin/wasm-ld" --export=_start "$out/check/allocator-check.o" "$out/allocator.o" \
    "$out/support.o" -o "$out/check/allocator-check.wasm"
"$toolchain_bin/wasmkit" run "$out/check/allocator-check.wasm" || fail "the allocator check failed"

echo "== smoke test in wasmkit against the native orgadvisor"
if [ -z "$native" ]; then
    swift build --product orgadvisor
    native="$(swift build --show-bin-path)/orgadvisor"
fi
[ -x "$native" ] || fail "no native orgadvisor at '$native'"
native="$(readlink -f "$native")"

check="$out/check"
cat Rules/*.orgrules > "$check/rules.orgrules"
printf '{"sites": 5, "volume": "high", "employees": 1.2e3, "complexity": null}' \
    > "$check/numbers.json"
printf '{"sites": 3.0E0, "employees": 49, "powerusers": true, "id": "x", "_note": 1}' \
    > "$check/edges.json"
printf '{"sites": 5,, }' > "$check/broken.json"
printf '{"sitse": 5}' > "$check/unknown.json"
printf '{"employees": 12.5}' > "$check/fraction.json"
cp Tests/OrgAdvisorTests/Fixtures/invalid/missing-comma.orgrules "$check/bad.orgrules"

compared=0
# smoke NAME MODE(builtin|rules) LANG PROFILE [RULES]: one evaluation in wasmkit, compared
# with the native command's standard output (success) or error message (failure).
smoke() {
    local name="$1" mode="$2" lang="$3" profile="$4" rules="${5:-}"
    local dir="$check/$name"
    mkdir -p "$dir"
    cp "$profile" "$dir/profile"
    local native_args=(--profile profile --format json --lang "$lang")
    if [ "$mode" = rules ]; then
        cp "$rules" "$dir/rules.orgrules"
        native_args+=(--rules rules.orgrules)
        { cat "$rules"; printf '\0'; cat "$profile"; } > "$dir/input"
    else
        cp "$profile" "$dir/input"
    fi
    local native_status=0 wasm_status=0
    (cd "$dir" && "$native" "${native_args[@]}" > native.out 2> native.err) || native_status=$?
    "$toolchain_bin/wasmkit" run "$out/smoke.wasm" "$mode" "$lang" 1 \
        < "$dir/input" > "$dir/wasm.out" 2> "$dir/wasm.err" || wasm_status=$?
    if [ "$native_status" -eq 0 ]; then
        [ "$wasm_status" -eq 0 ] || fail "$name: native evaluated, the module gave status" \
            "$wasm_status: $(cat "$dir/wasm.out" "$dir/wasm.err")"
        cmp -s "$dir/native.out" "$dir/wasm.out" || {
            diff -u "$dir/native.out" "$dir/wasm.out" | head -40 >&2
            fail "$name: the module's evaluation JSON differs from 'orgadvisor --format json'"
        }
        echo "$name: $(wc -c < "$dir/wasm.out") bytes of evaluation JSON, identical"
    else
        [ "$wasm_status" -eq 1 ] || fail "$name: native failed (exit $native_status)," \
            "the module gave status $wasm_status: $(cat "$dir/wasm.err")"
        # The native message is on standard error, after "Error: " for a profile error.
        sed '1s/^Error: //' "$dir/native.err" > "$dir/native.message"
        [ -n "$(tail -c 1 "$dir/wasm.out")" ] && echo >> "$dir/wasm.out"
        cmp -s "$dir/native.message" "$dir/wasm.out" || {
            diff -u "$dir/native.message" "$dir/wasm.out" | head -40 >&2
            fail "$name: the module's error message differs from the native one"
        }
        echo "$name: error message identical: $(head -n 1 "$dir/wasm.out")"
    fi
    compared=$((compared + 1))
}

smoke small-office builtin en Examples/profiles/small-office.json
smoke online-shop builtin en Examples/profiles/online-shop.json
smoke regional-branches-fr builtin fr Examples/profiles/regional-branches.json
smoke numbers builtin en "$check/numbers.json"
smoke edges builtin fr "$check/edges.json"
smoke rule-text rules en Examples/profiles/online-shop.json "$check/rules.orgrules"
smoke broken-json builtin en "$check/broken.json"
smoke unknown-criterion builtin en "$check/unknown.json"
smoke not-whole builtin en "$check/fraction.json"
smoke rule-error rules en Examples/profiles/online-shop.json "$check/bad.orgrules"

echo "== the page's calls in wasmkit, with a rule base loaded from an archive"
# The archive 'orgadvisor compile' writes of the rule files, and the built-in rules'
# archive as 'orgadvisor page' inlines it (written by the native binary's --assets).
"$native" compile --rules Rules --output "$check/rules.orgarchive" 2> /dev/null \
    || fail "orgadvisor compile failed"
archive_bytes=$(wc -c < "$check/rules.orgarchive")
# call NAME CALL LANG PROFILE EXPECTED [COUNT]: one call (COUNT times) after loading the
# archive, its output compared byte for byte with EXPECTED; prints the heap's sizes.
call() {
    local name="$1" export="$2" lang="$3" profile="$4" expected="$5" count="${6:-1}"
    local dir="$check/call-$name" status=0
    mkdir -p "$dir"
    cat "$check/rules.orgarchive" "$profile" > "$dir/input"
    "$toolchain_bin/wasmkit" run "$out/smoke.wasm" "$export" "$lang" "$count" "$archive_bytes" \
        < "$dir/input" > "$dir/wasm.out" 2> "$dir/wasm.err" || status=$?
    [ "$status" -eq 0 ] || fail "$name: the module gave status $status: $(cat "$dir/wasm.out" "$dir/wasm.err")"
    if [ -n "$expected" ]; then
        cmp -s "$expected" "$dir/wasm.out" || {
            diff -u "$expected" "$dir/wasm.out" | head -40 >&2
            fail "$name: the module's output differs from the native one"
        }
        echo "$name: $(wc -c < "$dir/wasm.out") bytes, identical"
    fi
    heap_first=$(sed -n 's/^heap bytes after 1 evaluation: \([0-9]*\),.*/\1/p' "$dir/wasm.err")
    heap_last=$(sed -n 's/^heap bytes after .*: \([0-9]*\)$/\1/p' "$dir/wasm.err")
}
expected="$check/expected"
mkdir -p "$expected"
shop=Examples/profiles/online-shop.json
branches=Examples/profiles/regional-branches.json
"$native" --rules "$check/rules.orgarchive" --profile "$shop" --format json --lang en \
    > "$expected/evaluate-en.json"
"$native" --rules "$check/rules.orgarchive" --profile "$branches" --format json --lang fr \
    > "$expected/evaluate-fr.json"
"$native" whatif --rules "$check/rules.orgarchive" --profile "$branches" --format json \
    > "$expected/whatif.json"
"$native" report --rules "$check/rules.orgarchive" --profile "$branches" --lang fr \
    | sed -n '/^<main>$/,/^<\/main>$/p' | sed '1d;$d' > "$expected/report-fr.html"
call evaluate-en evaluate en "$shop" "$expected/evaluate-en.json"
call evaluate-fr evaluate fr "$branches" "$expected/evaluate-fr.json"
call whatif whatif en "$branches" "$expected/whatif.json"
call report-fr report fr "$branches" "$expected/report-fr.html"
# The next question: the evaluation JSON's nextQuestion member, alone in an object.
{ echo "{"; sed -n '/^  "nextQuestion": {$/,/^  },$/p' "$expected/evaluate-en.json" | sed '$s/,$//'
    echo "}"; } > "$expected/next-en.json"
grep -q '"criterion"' "$expected/next-en.json" || fail "next: the native evaluation has no next question"
call next-en next en "$shop" "$expected/next-en.json"
call catalog catalog en "$shop" ""
grep -q '"schema": "orgadvisor.catalog/1"' "$check/call-catalog/wasm.out" \
    || fail "catalog: no catalog"
# A damaged archive is refused with a message, and the rule base stays as it was.
head -c 200 "$check/rules.orgarchive" > "$check/short.orgarchive"
printf '{}' >> "$check/short.orgarchive"
status=0
"$toolchain_bin/wasmkit" run "$out/smoke.wasm" load en 1 200 < "$check/short.orgarchive" \
    > "$check/short.out" 2> "$check/short.err" || status=$?
[ "$status" -eq 1 ] && grep -q '^rules: ' "$check/short.out" \
    || fail "a damaged archive: status $status, $(cat "$check/short.out")"
echo "damaged archive: $(cat "$check/short.out")"

echo "== memory: the bytes in use and the heap's size after the first call and after many"
# Nothing may be left behind: after 24 calls exactly the bytes in use after the first
# (the last result and, for load, the current rule base). The heap may grow by at most
# one page of 64 KiB over them, as freed blocks are split and merged again, or for load
# by the bytes in use after one call: while a load decodes the new rule base, the old
# one is still held, and where the new one lands depends on how the free blocks lie.
for export in load evaluate whatif next report; do
    call "repeat-$export" "$export" fr "$branches" "" 24
    live_first=$(sed -n 's/^live bytes after 1 call: \([0-9]*\),.*/\1/p' "$check/call-repeat-$export/wasm.err")
    live_last=$(sed -n 's/^live bytes after .*: \([0-9]*\)$/\1/p' "$check/call-repeat-$export/wasm.err")
    [ -n "$heap_first" ] && [ -n "$heap_last" ] && [ -n "$live_first" ] && [ -n "$live_last" ] \
        || fail "$export: no memory figures reported"
    [ "$live_last" -eq "$live_first" ] || fail "$export: $live_first bytes in use after 1 call," \
        "$live_last after 24: memory is left behind"
    slack=65536
    [ "$export" = load ] && [ "$live_first" -gt "$slack" ] && slack=$live_first
    [ "$heap_last" -le $((heap_first + slack)) ] || fail "$export: the heap grew from" \
        "$heap_first to $heap_last bytes over 24 calls: freed memory is not reused"
    echo "$export: $live_first bytes in use after 1 call and after 24; heap $heap_first," \
        "then $heap_last bytes"
done

echo "== memory reuse and time per evaluation in wasmkit"
rounds=20
start=$(now)
"$toolchain_bin/wasmkit" run "$out/smoke.wasm" builtin en 1 \
    < Examples/profiles/online-shop.json > /dev/null 2>&1
middle=$(now)
"$toolchain_bin/wasmkit" run "$out/smoke.wasm" builtin en "$rounds" \
    < Examples/profiles/online-shop.json > /dev/null 2> "$check/heap.txt"
end=$(now)
cat "$check/heap.txt"
first=$(sed -n 's/^heap bytes after 1 evaluation: \([0-9]*\),.*/\1/p' "$check/heap.txt")
last=$(sed -n 's/^heap bytes after .*: \([0-9]*\)$/\1/p' "$check/heap.txt")
[ -n "$first" ] && [ -n "$last" ] || fail "the runner did not report the heap's size"
[ "$last" -le "$first" ] || fail "the heap grew from $first to $last bytes over $rounds" \
    "evaluations of the same profile: freed memory is not reused"
echo "one run with 1 evaluation: $(milliseconds "$start" "$middle") ms;" \
    "each further evaluation: $(( ($end - $middle - ($middle - $start)) / ($rounds - 1) / 1000000 )) ms" \
    "(wasmkit interprets the module; a browser compiles it)"

echo "WebAssembly: OK ($compared cases identical to the native orgadvisor; $size bytes)"
