#!/usr/bin/env python3
"""Summarises the incidents of `geoparse --jsonl` output: how many, of which subtypes, located how."""
import collections
import json
import sys

articles = 0
subtypes = collections.Counter()
located_by = collections.Counter()
incidents = 0
for line in open(sys.argv[1], encoding="utf-8"):
    if not line.strip():
        continue
    doc = json.loads(line)
    articles += 1
    for incident in doc.get("incidents", []):
        incidents += 1
        subtypes[incident["subtype"]] += 1
        located_by[(incident.get("evidence") or {}).get("located_by", "unknown")] += 1
print(json.dumps({
    "articles": articles,
    "incidents": incidents,
    "incidents_per_article": round(incidents / articles, 3) if articles else None,
    "by_subtype": dict(subtypes.most_common()),
    "located_by": dict(located_by.most_common()),
}))
