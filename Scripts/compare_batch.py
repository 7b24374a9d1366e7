"""Compares two JSON Lines files of `orgadvisor batch` results made from the same
profiles, one of them by several processes (shards, partitions), whose record and line
numbers count within their part: results are matched on the profiles' "id", and must be
equal without "record", "line" and "column".

    python3 Scripts/compare_batch.py ONE_RUN.jsonl SHARDED.jsonl

Exits 1 naming the first difference, 0 when every result is the same.
"""

import json
import sys

PER_PART = ("record", "line", "column")


def results(path: str) -> dict:
    keyed = {}
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            result = json.loads(line)
            if "id" not in result:
                sys.exit(f"{path}:{number}: a result without 'id' cannot be matched")
            key = json.dumps(result["id"])
            if key in keyed:
                sys.exit(f"{path}:{number}: id {key} appears twice")
            keyed[key] = {name: value for name, value in result.items() if name not in PER_PART}
    return keyed


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    first, second = results(sys.argv[1]), results(sys.argv[2])
    if first.keys() != second.keys():
        missing = sorted(first.keys() - second.keys())[:3]
        extra = sorted(second.keys() - first.keys())[:3]
        print(f"different profiles: missing {missing}, extra {extra}", file=sys.stderr)
        return 1
    for key, result in first.items():
        if second[key] != result:
            print(f"id {key} differs:\n  {result}\n  {second[key]}", file=sys.stderr)
            return 1
    print(f"same results for {len(first)} profiles", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
