#!/usr/bin/env python3
"""Gold corpus lines to geoparser input lines: {"id", "text"} only."""
import json
import sys

for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        doc = json.loads(line)
        print(json.dumps({"id": doc["id"], "text": doc["text"]}, ensure_ascii=False))
