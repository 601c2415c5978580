#!/usr/bin/env python3
"""Geoparser output lines to the scorer's predictions: one toponym per mention that names one.

A mention built from a demonym or pronoun ("Polish airspace", "its airspace") names no toponym and is left out;
for a phrase ("Grodno region") the toponym span is the name inside it (name_start/name_end)."""
import json
import sys

texts = {}
for line in open(sys.argv[1], encoding="utf-8"):
    doc = json.loads(line)
    texts[doc["id"]] = doc["text"]

for line in open(sys.argv[2], encoding="utf-8"):
    result = json.loads(line)
    text = texts.get(result["id"], "")
    toponyms = []
    for place in result.get("places", []):
        if "name_start" not in place:
            continue
        start, end = place["name_start"], place["name_end"]
        toponyms.append({"start": start, "end": end, "name": text[start:end], "lat": place["lat"], "lon": place["lon"]})
    print(json.dumps({"id": result["id"], "toponyms": toponyms}, ensure_ascii=False))
