#!/usr/bin/env bash
# Incident bench: runs the Release CLI's `geoparse --jsonl` over a corpus with gold incidents (default GeoVirus) and
# scores its incidents with the corpus's incident scorer: detection precision, recall and F1, and over matched
# incidents type, subtype, location and day accuracy. Then it summarises what the extractor produced.
#   bench/incidents/run.sh [CORPUS.jsonl [GOLD_INCIDENTS.jsonl]]
# Needs INCIDENTMAP_GEODATA (the gazetteer sources) and python3. The corpus is read in place, never copied here.
set -euo pipefail
# Paths given are relative to where the bench was started, not to the repository root it moves to.
args=()
for arg in "$@"; do args+=("$(realpath -m "$arg")"); done
set -- "${args[@]+"${args[@]}"}"
cd "$(dirname "$0")/../.."
# The shared corpora sit next to the repository (../shared), or next to its worktree folder (../../shared).
eval_dir=../shared/eval
[ -d "$eval_dir" ] || eval_dir=../../shared/eval
corpus="${1:-$eval_dir/geovirus.jsonl}"
gold="${2:-$(dirname "$corpus")/$(basename "$corpus" .jsonl)-incidents.jsonl}"
scorer="${SCORER:-$(dirname "$gold")/score_incidents.py}"
work=$(mktemp -d /tmp/incident-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

dotnet build src/IncidentMap.Cli -c Release -v quiet -nologo >/dev/null
cli=src/IncidentMap.Cli/bin/Release/net10.0/incidentmap

# Input lines carry only id and text: the gold never reaches the parser.
python3 bench/geoparse/to_input.py "$corpus" > "$work/input.jsonl"
"$cli" geoparse --jsonl < "$work/input.jsonl" > "$work/output.jsonl"

echo "== $(basename "$gold"): incident detection and accuracy"
python3 "$scorer" "$gold" "$work/output.jsonl"
echo "== what the extractor produced"
python3 bench/incidents/summary.py "$work/output.jsonl"
