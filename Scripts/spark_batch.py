"""Scores a JSON Lines file of profiles with `orgadvisor batch` as the map step of Apache
Spark (RDD.pipe), in local mode, and writes the results as JSON Lines.

    python3 Scripts/spark_batch.py BINARY INPUT OUTPUT [PARTITIONS] [ARGS...]

Each partition's lines go to one `BINARY batch --format jsonl ARGS...` process on its
standard input; its results come back one line per profile. Record and line numbers count
within a partition: join results on the profiles' "id". Used by Scripts/spark-batch.sh,
which checks the results against one `orgadvisor batch` run. Needs `pip install pyspark`
and a Java runtime.
"""

import shlex
import sys

from pyspark import SparkContext


def main() -> int:
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    binary, source, target = sys.argv[1:4]
    partitions = int(sys.argv[4]) if len(sys.argv) > 4 else 4
    extra = sys.argv[5:]
    command = " ".join(shlex.quote(part) for part in [binary, "batch", "--format", "jsonl", *extra])
    context = SparkContext("local[2]", "orgadvisor-batch")
    context.setLogLevel("ERROR")
    try:
        # checkCode: a failing process (exit 3 when a record is bad) still gives its
        # results, an error result for each bad record, as one batch run would.
        results = context.textFile(source, partitions).pipe(command, checkCode=False)
        lines = results.collect()
    finally:
        context.stop()
    with open(target, "w", encoding="utf-8") as output:
        for line in lines:
            output.write(line + "\n")
    print(f"spark: {len(lines)} results from {partitions} partitions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
