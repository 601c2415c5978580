#!/usr/bin/env bash
# The geoparser's error table on a gold corpus (default GeoVirus): every matched toponym beyond 161 km and every gold
# toponym left unmatched, classed (a) right place at another point convention, (b) wrong reading, (c) place or name
# the gazetteer does not hold, (d) recognition miss or span mismatch; counts per class and kind, the acc@161 that
# better reading and recognition could reach at most, then the table (or TABLE=FILE writes it there).
#   bench/geoparse/errors.sh [CORPUS.jsonl]
# Needs INCIDENTMAP_GEODATA. The corpus is read in place, never copied here.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="${1:-${GEOPARSE_CORPUS:-../shared/eval/geovirus.jsonl}}"
dotnet build bench/IncidentMap.Bench.Resolver -c Release -v quiet -nologo >/dev/null
dotnet bench/IncidentMap.Bench.Resolver/bin/Release/net10.0/IncidentMap.Bench.Resolver.dll misses "$corpus" ${TABLE:+"$TABLE"}
