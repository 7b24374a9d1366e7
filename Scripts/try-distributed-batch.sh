#!/usr/bin/env bash
# Tries the README's recipes for scoring profiles on several processes, and checks that
# each gives the results of one 'orgadvisor batch' run (matched on the profiles' ids):
#   1. GNU parallel, splitting one JSON Lines file into blocks of lines (--pipe);
#   2. GNU parallel over shard files, one batch run per file;
#   3. Apache Spark in local mode, batch as the map step (RDD.pipe; Scripts/spark_batch.py).
# Usage: Scripts/try-distributed-batch.sh [PROFILES]   (default: 20,000 generated profiles)
# Needs: the Swift toolchain; GNU parallel (Debian's 'parallel') for 1 and 2; pyspark
# ('pip install pyspark') and a Java runtime for 3. A missing tool skips its recipe with a
# message; any difference fails (exit 1).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"

swift build -c release --product orgadvisor >/dev/null
swift build -c release --product orgadvisor-benchmark >/dev/null
bin="$(swift build -c release --show-bin-path)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

profiles="${1:-}"
if [ -z "$profiles" ]; then
    profiles="$work/profiles.jsonl"
    "$bin/orgadvisor-benchmark" --write-input 20000 "$profiles" >/dev/null
fi
count=$(wc -l <"$profiles")
echo "== one batch run over $count profiles"
"$bin/orgadvisor" batch "$profiles" --output "$work/one.jsonl" 2>/dev/null || true

failed=0
if command -v parallel >/dev/null 2>&1; then
    echo "== GNU parallel: blocks of lines of one file (--pipe --keep-order)"
    parallel --pipe --keep-order --block 256k "$bin/orgadvisor" batch --format jsonl \
        <"$profiles" >"$work/blocks.jsonl" 2>/dev/null || true
    python3 Scripts/compare_batch.py "$work/one.jsonl" "$work/blocks.jsonl" || failed=1

    echo "== GNU parallel: one run per shard file"
    mkdir "$work/shards"
    split -n l/4 -d --additional-suffix=.jsonl "$profiles" "$work/shards/part-"
    parallel "$bin/orgadvisor" batch {} --output {.}.results ::: "$work"/shards/part-*.jsonl \
        2>/dev/null || true
    cat "$work"/shards/part-*.results >"$work/shards.jsonl"
    python3 Scripts/compare_batch.py "$work/one.jsonl" "$work/shards.jsonl" || failed=1
else
    echo "== GNU parallel: not installed (apt-get install parallel), skipped"
fi

if python3 -c "import pyspark" 2>/dev/null && command -v java >/dev/null 2>&1; then
    echo "== Apache Spark, local mode: RDD.pipe"
    export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
    python3 Scripts/spark_batch.py "$bin/orgadvisor" "$profiles" "$work/spark.jsonl" 4
    python3 Scripts/compare_batch.py "$work/one.jsonl" "$work/spark.jsonl" || failed=1
else
    echo "== Apache Spark: pyspark or java missing (pip install pyspark), skipped"
fi
exit $failed
