"""Baseline for `make bench`: parse every line of the given JSON-lines files with orjson,
doing nothing else, and print the time as JSON."""
import json
import os
import sys
import time

import orjson

start = time.perf_counter()
count = 0
size = 0
for path in sys.argv[1:]:
    with open(path, "rb") as handle:
        data = handle.read()
    size += len(data)
    for line in data.splitlines():
        orjson.loads(line)
        count += 1
seconds = time.perf_counter() - start
print(json.dumps({"records": count, "bytes": size, "seconds": round(seconds, 3),
                  "MBps": round(size / 1e6 / seconds, 1)}))
