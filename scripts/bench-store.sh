#!/usr/bin/env bash
# Store benchmark: fills a scratch office with synthetic records (once), times a cold replay
# with `relations bench`, then times a Python + orjson script that only parses the same lines,
# and prints both with their ratio.
set -euo pipefail
bin=${1:-.build/release/relations}
dir=${2:-.build/bench-office}
records=${3:-1000000}

relations_json=$("$bin" bench --data "$dir" --synthetic "$records")
echo "relations bench: $relations_json"

if python3 -c 'import orjson' 2>/dev/null; then
  python_json=$(python3 scripts/parse_with_orjson.py "$dir"/channels/*.jsonl)
  echo "python + orjson: $python_json"
  python3 - "$relations_json" "$python_json" <<'PY'
import json, sys
ours, theirs = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"replay: {ours['replayMBps']:.0f} MB/s vs orjson {theirs['MBps']:.0f} MB/s "
      f"-> relations is {theirs['seconds'] / ours['openSeconds']:.2f}x the speed of python+orjson")
PY
else
  echo "python3 with orjson not found: pip install orjson to compare"
fi
