#!/usr/bin/env bash
# The server benchmark (docs/benchmarks/server.md), against the store benchmark's PostGIS database
# (bench/store/run.sh, or its loader alone: StoreBench load CONNECTION 1000000, fills BENCH_DB):
#   1. GET /api/layers/incidents?bbox=23.0,51.0,24.5,52.5&limit=1000 (1,000 features) with wrk, 32 connections,
#      side by side with pgbench driving PostgreSQL to build the same FeatureCollection itself (bench/store/featurecollection.sql),
#   2. ingest through POST /api/articles with wrk (distinct short articles, text/plain),
#   3. the server's resident memory (VmRSS, sampled every second) under each load.
# Environment: PGHOST (127.0.0.1), PGPORT (55432), PGUSER (postgres), BENCH_DB (incidentmap_bench),
# INCIDENTMAP_GEODATA (the gazetteer sources), BENCH_PORT (5199), DURATION (30 s per measurement).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-55432}" PGUSER="${PGUSER:-postgres}"
db="${BENCH_DB:-incidentmap_bench}"
port="${BENCH_PORT:-5199}"
duration="${DURATION:-30}"
out=bench/out/server
mkdir -p "$out"

echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%FT%TZ)"
echo "== database: $(psql -Atd "$db" -c "SELECT count(*) || ' incidents' FROM incidents")"

dotnet publish src/IncidentMap.Server -c Release -o "$out/app" -v q -nologo >/dev/null
export BENCH_API_KEY=bench
server=
# Starts the server with the given cache lifetime (0: every request builds its collection from the store).
start_server() {
  [[ -n "$server" ]] && { kill $server; wait $server 2>/dev/null || true; }
  ConnectionStrings__IncidentMap="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Database=$db;Maximum Pool Size=64" \
  INCIDENTMAP_API_KEY=$BENCH_API_KEY INCIDENTMAP_CACHE_SECONDS=$1 ASPNETCORE_URLS="http://127.0.0.1:$port" \
  Logging__LogLevel__Default=Warning dotnet "$out/app/IncidentMap.Server.dll" >"$out/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 900); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "server not ready"; tail -20 "$out/server.log"; exit 1; }
  echo "== server ready (INCIDENTMAP_CACHE_SECONDS=$1); RSS idle: $(awk '/VmRSS/ {print int($2/1024) " MiB"}' /proc/$server/status)"
}
trap '[[ -n "$server" ]] && kill $server 2>/dev/null || true' EXIT
start_server 0

# Highest resident memory of the server while the given command runs.
peak_rss() {
  local peak=0 rss
  "$@" &
  local job=$!
  while kill -0 $job 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print $2}' /proc/$server/status)
    (( rss > peak )) && peak=$rss
    sleep 1
  done
  wait $job
  echo "   server peak RSS: $((peak / 1024)) MiB" >&2
}

layer="http://127.0.0.1:$port/api/layers/incidents?bbox=23.0,51.0,24.5,52.5&limit=1000"
echo "== one response: $(curl -fs "$layer" | head -c 120)... $(curl -fs "$layer" | wc -c) bytes"
echo "== warm-up (10 s each)"
wrk -t2 -c32 -d10s --timeout 30s "$layer" >/dev/null
pgbench -n -c 32 -j 2 -T 10 -f bench/store/featurecollection.sql "$db" >/dev/null
echo "== server, no cache: wrk -t2 -c32 -d${duration}s --timeout 30s $layer"
peak_rss wrk -t2 -c32 -d"${duration}s" --timeout 30s --latency "$layer" | grep -E "Requests/sec|Latency |50%|99%|Non-2xx|Socket errors"
echo "== PostgreSQL: pgbench -n -c 32 -j 2 -T $duration -f bench/store/featurecollection.sql $db"
pgbench -n -c 32 -j 2 -T "$duration" -f bench/store/featurecollection.sql "$db" | grep -E "^(latency average|tps)"

start_server 60
wrk -t2 -c32 -d5s --timeout 30s "$layer" >/dev/null
echo "== server, cache on (the first request builds, the rest are served from memory until a write): same wrk"
peak_rss wrk -t2 -c32 -d"${duration}s" --timeout 30s --latency "$layer" | grep -E "Requests/sec|Latency |50%|99%|Non-2xx|Socket errors"

echo "== ingest: wrk -t2 -c8 -d${duration}s -s bench/server/ingest.lua POST /api/articles"
before=$(psql -Atd "$db" -c "SELECT count(*) FROM articles")
peak_rss wrk -t2 -c8 -d"${duration}s" --timeout 30s --latency -s bench/server/ingest.lua "http://127.0.0.1:$port" | grep -E "Requests/sec|Latency |50%|99%|Non-2xx|Socket errors"
after=$(psql -Atd "$db" -c "SELECT count(*) FROM articles")
echo "   articles stored: $((after - before)) in ${duration} s = $(( (after - before) / duration )) articles/s"
