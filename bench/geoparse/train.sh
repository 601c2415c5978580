#!/usr/bin/env bash
# Resolver weights on evidence: learns the weights of the resolver's features from a gold corpus (default GeoVirus)
# with 5-fold cross-validation by document, scores the held-out predictions of the learned weights and of the hand
# weights on the same documents with the standard scorer, prints the weights learned on every document, and breaks
# down the matched toponyms beyond 161 km by cause.
#   bench/geoparse/train.sh [CORPUS.jsonl]     PRIOR=zero learns toward zero instead of the hand weights;
#                                              WRITE=FILE writes the weights learned on every document as a weights file
# Needs INCIDENTMAP_GEODATA and python3. The corpus is read in place, never copied here.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="${1:-${GEOPARSE_CORPUS:-../shared/eval/geovirus.jsonl}}"
scorer="${SCORER:-$(dirname "$corpus")/score.py}"
work=$(mktemp -d /tmp/resolver-train.XXXXXX)
trap 'rm -rf "$work"' EXIT

dotnet build bench/IncidentMap.Bench.Resolver -c Release -v quiet -nologo >/dev/null
bench=bench/IncidentMap.Bench.Resolver/bin/Release/net10.0/IncidentMap.Bench.Resolver.dll
dotnet "$bench" cv "$corpus" --folds 5 --rounds 2 --prior "${PRIOR:-hand}" --out "$work" ${WRITE:+--write "$WRITE"}

echo "== held-out predictions, learned weights (each document read with weights learned without it)"
python3 "$scorer" "$corpus" "$work/learned-cv.jsonl"
echo "== the same documents, hand weights"
python3 "$scorer" "$corpus" "$work/hand.jsonl"
echo "== matched toponyms beyond 161 km with the shipped weights, by kind and cause"
dotnet "$bench" misses "$corpus"
