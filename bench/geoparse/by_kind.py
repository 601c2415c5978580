#!/usr/bin/env python3
"""acc@161 by the kind of the resolved place, and what the country points cost.

  by_kind.py CORPUS.jsonl INPUT.jsonl OUTPUT.jsonl GEODATA_DIR

Matches predictions to gold toponyms as score.py does by default (same surface, span midpoints < 10 characters),
then prints, for the matched toponyms:
  - acc@161 per kind of the resolved place, and for all kinds but countries;
  - how many country mentions beyond 161 km are the right country (the gold point lies inside its Natural Earth
    1:50m outline), and the acc@161 those points allow at most;
  - acc@161 of the country mentions under other point conventions: mledoze/countries latlng (the gazetteer's before
    it took GeoNames' points), the centroid of the largest polygon, the centroid of the whole outline, the middle of
    the largest polygon's box.
"""
import gzip
import json
import math
import os
import sys
from collections import Counter, defaultdict


def haversine(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def read_json(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return json.load(f)


def source(geodata, name):
    path = os.path.join(geodata, name)
    return path if os.path.exists(path) else path + ".gz"


def inside(rings, lat, lon):
    for polygon in rings:
        ring, hit, j = polygon[0], False, len(polygon[0]) - 1
        for i in range(len(ring)):
            (xi, yi), (xj, yj) = ring[i], ring[j]
            if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
                hit = not hit
            j = i
        if hit:
            return True
    return False


def ring_centroid(ring):
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        c = x1 * y2 - x2 * y1
        area, cx, cy = area + c, cx + (x1 + x2) * c, cy + (y1 + y2) * c
    return area / 2, (cy / (3 * area) if area else ring[0][1]), (cx / (3 * area) if area else ring[0][0])


def main():
    corpus, input_path, output_path, geodata = sys.argv[1:5]
    texts = {json.loads(l)["id"]: json.loads(l)["text"] for l in open(input_path, encoding="utf-8")}
    results = {json.loads(l)["id"]: json.loads(l) for l in open(output_path, encoding="utf-8")}
    matched = []  # (kind, code, predicted lat, lon, gold lat, lon)
    for line in open(corpus, encoding="utf-8"):
        doc = json.loads(line)
        text = texts.get(doc["id"], "")
        places = [p for p in results.get(doc["id"], {}).get("places", []) if "name_start" in p]
        used = set()
        for g in doc["toponyms"]:
            middle = (g["start"] + g["end"]) / 2
            for i, p in enumerate(places):
                if i in used:
                    continue
                if abs((p["name_start"] + p["name_end"]) / 2 - middle) < 10 and \
                        text[p["name_start"]:p["name_end"]].lower() == g["name"].lower():
                    used.add(i)
                    matched.append((p["kind"], p.get("code"), p["lat"], p["lon"], g["lat"], g["lon"]))
                    break

    total, near = Counter(), Counter()
    for kind, _, lat, lon, glat, glon in matched:
        total[kind] += 1
        near[kind] += haversine(lat, lon, glat, glon) < 161
    print(f"matched toponyms: {len(matched)}")
    for kind in sorted(total, key=lambda k: -total[k]):
        print(f"  {kind:10} {total[kind]:5}  acc@161 {near[kind] / total[kind]:.3f}")
    others = sum(v for k, v in total.items() if k != "country")
    print(f"  all but countries {others}  acc@161 {sum(v for k, v in near.items() if k != 'country') / others:.3f}")

    outlines = defaultdict(list)
    rules = defaultdict(dict)
    for f in read_json(source(geodata, "naturalearth/ne_50m_admin_0_countries.geojson"))["features"]:
        code, geometry = f["properties"]["ADM0_A3"], f["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        outlines[code].extend(polygons)
    for code, polygons in outlines.items():
        parts = [ring_centroid(p[0]) for p in polygons]
        largest = max(range(len(parts)), key=lambda i: abs(parts[i][0]))
        rules["largest polygon centroid"][code] = parts[largest][1:]
        weight = sum(abs(a) for a, _, _ in parts)
        rules["whole outline centroid"][code] = (sum(abs(a) * y for a, y, _ in parts) / weight,
                                                 sum(abs(a) * x for a, _, x in parts) / weight)
        xs = [x for x, _ in polygons[largest][0]]
        ys = [y for _, y in polygons[largest][0]]
        rules["largest polygon box middle"][code] = ((min(ys) + max(ys)) / 2, (min(xs) + max(xs)) / 2)
    for c in read_json(source(geodata, "world-countries/countries.json")):
        if c.get("latlng"):
            rules["mledoze/countries latlng"][c["cca3"]] = tuple(c["latlng"])

    countries = [m for m in matched if m[0] == "country"]
    far = [m for m in countries if haversine(m[2], m[3], m[4], m[5]) >= 161]
    right = [m for m in far if inside(outlines.get(m[1], []), m[4], m[5])]
    print(f"country mentions beyond 161 km: {len(far)}, of which the right country: {len(right)}")
    print(f"acc@161 at most, with these country points: {(len(matched) - len(right)) / len(matched):.3f}")
    print("country mentions within 161 km under other point conventions:")
    for name, points in rules.items():
        ok = sum(1 for _, code, _, _, glat, glon in countries
                 if code in points and haversine(points[code][0], points[code][1], glat, glon) < 161)
        print(f"  {name:28} {ok / len(countries):.3f}")


if __name__ == "__main__":
    main()
