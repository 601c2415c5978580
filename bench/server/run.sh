#!/usr/bin/env bash
# The server benchmark (docs/benchmarks/server.md), against the store benchmark's PostGIS database
# (bench/store/run.sh, or its loader alone: StoreBench load CONNECTION 1000000, fills BENCH_DB). In one run:
#   1. GET /api/layers/incidents?bbox=23.0,51.0,24.5,52.5&limit=1000 (1,000 features) with wrk, 32 connections, without
#      the read cache, side by side with pgbench driving PostgreSQL to build the same FeatureCollection itself
#      (bench/store/featurecollection.sql), 32 clients;
#   2. clusters for the map's first view of Europe (zoom 4) and a zoomed-in view (zoom 8), wrk, 32 connections;
#   3. near-border POL–BLR 50 km through HTTP on one connection (wrk -c1, latency percentiles), first page and the next;
#   4. downloads of about 10,000, 100,000, 250,000 and 500,000 features as GeoJSON and GeoPackage, smallest first: time,
#      size and the server's peak memory;
#   5. the read cache on, and ingest through POST /api/articles (distinct short articles, text/plain).
# Environment: PGHOST (127.0.0.1), PGPORT (55432), PGUSER (postgres), BENCH_DB (incidentmap_bench),
# INCIDENTMAP_GEODATA (the gazetteer sources), BENCH_PORT (5199), DURATION (30 s per measurement),
# The server runs with INCIDENTMAP_EVENT_BACKFILL=false: a bulk-loaded store's incidents are not grouped into events
# while it is measured (that one-off upgrade would otherwise run through every measurement).
# PARTS (which of "layer clusters near downloads cached ingest" to run; all by default),
# BENCH_APP (a server already published elsewhere, e.g. another commit's build as an anchor; default: publish this tree).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-55432}" PGUSER="${PGUSER:-postgres}"
db="${BENCH_DB:-incidentmap_bench}"
port="${BENCH_PORT:-5199}"
duration="${DURATION:-30}"
out=bench/out/server
mkdir -p "$out"
base="http://127.0.0.1:$port"

echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%FT%TZ); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== database: $(psql -Atd "$db" -c "SELECT count(*) || ' incidents' FROM incidents")"

parts="${PARTS:-layer clusters near downloads cached ingest}"
part() { [[ " $parts " == *" $1 "* ]]; }
app="${BENCH_APP:-$out/app}"
[[ -n "${BENCH_APP:-}" ]] || dotnet publish src/IncidentMap.Server -c Release -o "$app" -v q -nologo >/dev/null
export BENCH_API_KEY=bench
hz=$(getconf CLK_TCK)
server=
# Starts the server with the given cache lifetime (0: every request builds its answer from the store).
start_server() {
  [[ -n "$server" ]] && { kill $server; wait $server 2>/dev/null || true; }
  ConnectionStrings__IncidentMap="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Database=$db;Maximum Pool Size=64" \
  INCIDENTMAP_API_KEY=$BENCH_API_KEY INCIDENTMAP_CACHE_SECONDS=$1 ASPNETCORE_URLS="$base" INCIDENTMAP_EVENT_BACKFILL=false \
  Logging__LogLevel__Default=Warning dotnet "$app/IncidentMap.Server.dll" >"$out/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 900); do curl -fs "$base/health/ready" >/dev/null && break; sleep 1; done
  curl -fs "$base/health/ready" >/dev/null || { echo "server not ready"; tail -20 "$out/server.log"; exit 1; }
  # Ready is not idle: the basemap's outlines are simplified in the background after start. Measure once the server
  # has used under a tenth of a core for two seconds running (at most two minutes).
  local quiet=0 before now
  for _ in $(seq 1 120); do
    before=$(awk '{print $14+$15}' /proc/$server/stat); sleep 1; now=$(awk '{print $14+$15}' /proc/$server/stat)
    if (( now - before < hz / 10 )); then quiet=$((quiet + 1)); else quiet=0; fi
    (( quiet >= 2 )) && break
  done
  echo "== server ready (INCIDENTMAP_CACHE_SECONDS=$1); RSS idle: $(rss) MiB"
}
rss() { awk '/VmRSS/ {print int($2/1024)}' /proc/$server/status; }
trap '[[ -n "$server" ]] && kill $server 2>/dev/null || true' EXIT
start_server 0

# Highest resident memory of the server while the given command runs (sampled every 0.2 s).
peak_rss() {
  local peak=0 now
  "$@" &
  local job=$!
  while kill -0 $job 2>/dev/null; do
    now=$(awk '/VmRSS/ {print $2}' /proc/$server/status)
    (( now > peak )) && peak=$now
    sleep 0.2
  done
  wait $job
  echo "   server peak RSS: $((peak / 1024)) MiB" >&2
}
latency='Requests/sec|Latency |50%|90%|99%|Non-2xx|Socket errors'

# CPU time (user + system, clock ticks) the given command costs the server process and the database: the backends of
# $db alive at the end (their growth), plus every backend and parallel worker that ended meanwhile (the postmaster's
# reaped children; on a shared cluster that includes other databases' sessions ending in the same seconds). A cost per
# request that the machine's other load does not change the way it changes a rate.
postmaster=$(head -1 "$(psql -Atd "$db" -c "SHOW data_directory")/postmaster.pid")
backends() {
  local pid
  for pid in $(psql -Atd "$db" -c "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"); do
    echo "$pid $(awk '{print $14+$15}' /proc/$pid/stat 2>/dev/null || echo 0)"
  done
}
cpu_of() {
  local before reaped server_before=0
  before=$(backends)
  reaped=$(awk '{print $16+$17}' /proc/$postmaster/stat)
  [[ -n "$server" ]] && server_before=$(awk '{print $14+$15}' /proc/$server/stat)
  "$@" > "$out/cpu_of.txt"
  sleep 1
  cpu_database=$(( $(awk '{print $16+$17}' /proc/$postmaster/stat) - reaped + $(backends | awk -v before="$before" '
    BEGIN { n = split(before, lines, "\n"); for (i = 1; i <= n; i++) { split(lines[i], f, " "); start[f[1]] = f[2] } }
    { total += $2 - ($1 in start ? start[$1] : 0) } END { print total + 0 }') ))
  cpu_server=0
  [[ -n "$server" ]] && cpu_server=$(( $(awk '{print $14+$15}' /proc/$server/stat) - server_before ))
  return 0
}
per() { awk -v t="$1" -v n="$2" -v hz="$hz" 'BEGIN { printf "%.1f", (n > 0 ? t / hz * 1000 / n : 0) }'; }

layer="$base/api/layers/incidents?bbox=23.0,51.0,24.5,52.5&limit=1000"
if part layer; then
echo "== one response: $(curl -fs "$layer" | wc -c) bytes"
echo "== warm-up (10 s each)"
wrk -t2 -c32 -d10s --timeout 30s "$layer" >/dev/null
pgbench -n -c 32 -j 2 -T 10 -f bench/store/featurecollection.sql "$db" >/dev/null
echo "== server, no cache: wrk -t2 -c32 -d${duration}s --timeout 30s $layer"
cpu_of wrk -t2 -c32 -d"${duration}s" --timeout 30s --latency "$layer"
grep -E "$latency" "$out/cpu_of.txt"
requests=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$out/cpu_of.txt")
echo "   CPU per request: $(per $((cpu_server + cpu_database)) "$requests") ms (server process $(per "$cpu_server" "$requests") ms, database $(per "$cpu_database" "$requests") ms; $requests requests)"
echo "== PostgreSQL: pgbench -n -c 32 -j 2 -T $duration -f bench/store/featurecollection.sql $db"
saved=$server server=
cpu_of pgbench -n -c 32 -j 2 -T "$duration" -f bench/store/featurecollection.sql "$db"
server=$saved
grep -E "^(latency average|tps)" "$out/cpu_of.txt"
built=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$out/cpu_of.txt")
echo "   CPU per FeatureCollection: $(per "$cpu_database" "$built") ms (database; $built transactions)"
fi

if part clusters; then
for view in "bbox=-11,35,41,71&zoom=4" "bbox=22.0,50.5,26.0,53.0&zoom=8"; do
  clusters="$base/api/layers/clusters?$view"
  echo "== clusters, no cache: $(curl -fs "$clusters" | head -c 300 | grep -o '"numberMatched":[0-9]*' || true) $(curl -fs "$clusters" | wc -c) bytes; wrk -t2 -c32 -d${duration}s $clusters"
  wrk -t2 -c32 -d"${duration}s" --timeout 30s --latency "$clusters" | grep -E "$latency"
done
timeline="$base/api/stats/timeline?bbox=-11,35,41,71"
echo "== timeline, no cache: wrk -t2 -c32 -d${duration}s $timeline"
wrk -t2 -c32 -d"${duration}s" --timeout 30s --latency "$timeline" | grep -E "$latency"
fi

near="$base/api/incidents/near-border?a=POL&b=BLR&km=50"
if part near; then
echo "== near-border through HTTP, one connection: $(curl -fs "$near" | grep -o '"numberMatched":[0-9]*'); wrk -t1 -c1 -d${duration}s $near"
wrk -t1 -c1 -d"${duration}s" --timeout 30s --latency "$near" | grep -E "$latency"
# The next page, as the panel's "Show more" asks for it: its link's cursor carries the count, so it is not counted again.
next=$(curl -fs "$near" | grep -o '"href":"[^"]*cursor=[^"]*"' | head -1 | cut -d'"' -f4 | sed 's/\\u0026/\&/g')
echo "== near-border, the page after the first: wrk -t1 -c1 -d${duration}s $next"
wrk -t1 -c1 -d"${duration}s" --timeout 30s --latency "$next" | grep -E "$latency"
fi

if part downloads; then
# Smallest first, one server in sequence: if a download's memory grew with its size, each larger one would peak higher.
echo "== downloads: server RSS before them $(rss) MiB"
for days in "2024-01-01/2024-01-07" "2024-01-01/2024-03-12" "2024-01-01/2024-06-30" "2024-01-01/2024-12-31"; do
  for f in json gpkg; do
    url="$base/api/layers/incidents?download=1&f=$f&datetime=$days"
    echo "== download f=$f datetime=$days"
    peak_rss curl -fs -o "$out/download.$f" -w "   %{time_total} s, %{size_download} bytes\n" "$url"
    if [[ $f == json ]]; then echo "   features: $(tail -c 300 "$out/download.json" | grep -o '"numberMatched":[0-9]*')"; fi
  done
done
fi

if part cached; then
start_server 60
wrk -t2 -c32 -d5s --timeout 30s "$layer" >/dev/null
echo "== server, cache on (the first request builds, the rest are served from memory until a write): same wrk"
peak_rss wrk -t2 -c32 -d"${duration}s" --timeout 30s --latency "$layer" | grep -E "$latency"
fi

if part ingest; then
echo "== ingest: wrk -t2 -c8 -d${duration}s -s bench/server/ingest.lua POST /api/articles"
before=$(psql -Atd "$db" -c "SELECT count(*) FROM articles")
peak_rss wrk -t2 -c8 -d"${duration}s" --timeout 30s --latency -s bench/server/ingest.lua "$base" | grep -E "$latency"
after=$(psql -Atd "$db" -c "SELECT count(*) FROM articles")
echo "   articles stored: $((after - before)) in ${duration} s = $(( (after - before) / duration )) articles/s"
fi
