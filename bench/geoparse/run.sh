#!/usr/bin/env bash
# Geoparser bench: runs the Release CLI over a gold corpus (default GeoVirus), scores the predictions with the
# standard scorer (default and --overlap matching) and measures articles per second on one core after start-up.
#   bench/geoparse/run.sh [CORPUS.jsonl]          (or GEOPARSE_CORPUS=...; SCORER=... for score.py)
# Needs INCIDENTMAP_GEODATA (the gazetteer sources) and python3. The corpus is read in place, never copied here.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="${1:-${GEOPARSE_CORPUS:-../shared/eval/geovirus.jsonl}}"
scorer="${SCORER:-$(dirname "$corpus")/score.py}"
repeats="${REPEATS:-20}"
work=$(mktemp -d /tmp/geoparse-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

dotnet build src/IncidentMap.Cli -c Release -v quiet -nologo >/dev/null
cli=src/IncidentMap.Cli/bin/Release/net10.0/incidentmap

# Input lines carry only id and text: the gold toponyms never reach the parser.
python3 bench/geoparse/to_input.py "$corpus" > "$work/input.jsonl"
"$cli" geoparse --jsonl < "$work/input.jsonl" > "$work/output.jsonl"
python3 bench/geoparse/to_predictions.py "$work/input.jsonl" "$work/output.jsonl" > "$work/predictions.jsonl"

echo "== $(basename "$corpus"): default matching (same surface, midpoints < 10 chars)"
python3 "$scorer" "$corpus" "$work/predictions.jsonl"
echo "== $(basename "$corpus"): --overlap matching"
python3 "$scorer" "$corpus" "$work/predictions.jsonl" --overlap
echo "== $(basename "$corpus"): acc@161 by kind, and what the country points cost"
python3 bench/geoparse/by_kind.py "$corpus" "$work/input.jsonl" "$work/output.jsonl" "${INCIDENTMAP_GEODATA:-geodata/data}"

# Speed: the corpus repeated, on one core; the CLI reports the parse time after the gazetteer is loaded.
for _ in $(seq "$repeats"); do cat "$work/input.jsonl"; done > "$work/speed.jsonl"
echo "== speed ($repeats x corpus, one core)"
taskset -c 0 "$cli" geoparse --jsonl --stats < "$work/speed.jsonl" 2>&1 >/dev/null | grep -E "^geoparse: (parsed|gazetteer)"
