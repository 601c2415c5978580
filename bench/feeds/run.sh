#!/usr/bin/env bash
# The feeds benchmark (docs/benchmarks/feeds.md): 200 feeds of 50 items each, served on loopback by the bench,
# a third of the items near-duplicates of another outlet's story; the server (published, Release) polls them all
# while 100 live clients follow /api/stream. Prints items/s from the first poll to the last stored event, the
# duplicate and event precision and recall against the generated truth, the server's memory and the live
# stream's latency.
#   bench/feeds/run.sh                  on the embedded store
#   BENCH_PG="Host=127.0.0.1;Port=55432;Username=postgres;Database=incidentmap_feeds" bench/feeds/run.sh
#                                       on PostGIS (the database is dropped and created first)
# Environment: INCIDENTMAP_GEODATA (the gazetteer sources), INCIDENTMAP_FEEDS_PARALLEL (feeds polled at once, 4),
# FEEDS (200), PER_FEED (50), CLIENTS (100).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=bench/out/feeds
mkdir -p "$out"
echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/Mem:/ {print $2}') GiB; load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ)"
dotnet publish src/IncidentMap.Server -c Release -o "$out/app" -v q -nologo >/dev/null
dotnet build -c Release bench/feeds/FeedBench -v q -nologo >/dev/null
if [[ -n "${BENCH_PG:-}" ]]; then
  db=$(sed -n 's/.*Database=\([^;]*\).*/\1/p' <<<"$BENCH_PG")
  admin=$(sed "s/Database=[^;]*/Database=postgres/" <<<"$BENCH_PG")
  host=$(sed -n 's/.*Host=\([^;]*\).*/\1/p' <<<"$BENCH_PG"); port=$(sed -n 's/.*Port=\([^;]*\).*/\1/p' <<<"$BENCH_PG")
  user=$(sed -n 's/.*Username=\([^;]*\).*/\1/p' <<<"$BENCH_PG")
  psql -q -h "$host" -p "${port:-5432}" -U "$user" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
fi
dotnet bench/feeds/FeedBench/bin/Release/net10.0/FeedBench.dll run "$out/app/IncidentMap.Server.dll" "${FEEDS:-200}" "${PER_FEED:-50}" "${CLIENTS:-100}"
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
