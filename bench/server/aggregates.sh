#!/usr/bin/env bash
# Zoomed-out clusters, the timeline and downloads on a large PostGIS store (docs/benchmarks/server.md, "Cell
# rollups"), this build side by side with another (BASE_REF, main by default) on the same database in one run:
#   1. clusters of Europe at zoom 4 and of Poland–Belarus at zoom 8, and the timeline of Europe: wrk, 32 connections,
#      no read cache, each build in turn;
#   2. this build only: GeoJSON and GeoPackage downloads of about 10,000 and 100,000 features, with the server's
#      resident memory before (idle) and at its peak during each download, one server for all four.
# The first start of this build migrates the database (the rollups' backfill: minutes on 1,000,000 incidents).
# Environment: PGHOST (127.0.0.1), PGPORT (55432), PGUSER (postgres), BENCH_DB (incidentmap_rollup), BASE_REF (main),
# BENCH_PORT (5198), DURATION (20 s per measurement), INCIDENTMAP_GEODATA.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-55432}" PGUSER="${PGUSER:-postgres}"
db="${BENCH_DB:-incidentmap_rollup}"
port="${BENCH_PORT:-5198}"
duration="${DURATION:-20}"
base_ref="${BASE_REF:-main}"
out=bench/out/aggregates
mkdir -p "$out"
base="http://127.0.0.1:$port"

echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%FT%TZ); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== database $db: $(psql -Atd "$db" -c "SELECT count(*) || ' incidents, ' || count(location) || ' located' FROM incidents")"

# This build and BASE_REF's, published in Release (BASE_REF from git archive, with this tree's npm packages).
dotnet publish src/IncidentMap.Server -c Release -o "$out/app" -v q -nologo >/dev/null
rm -rf "$out/base-src" && mkdir -p "$out/base-src"
git archive "$base_ref" | tar -x -C "$out/base-src"
[[ -d src/IncidentMap.Server/node_modules ]] && cp -a src/IncidentMap.Server/node_modules "$out/base-src/src/IncidentMap.Server/"
dotnet publish "$out/base-src/src/IncidentMap.Server" -c Release -o "$out/base-app" -v q -nologo >/dev/null
echo "== builds: this $(git rev-parse --short HEAD), base $base_ref $(git rev-parse --short "$base_ref")"

server=
start_server() { # APP_DIR
  stop_server
  ConnectionStrings__IncidentMap="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Database=$db;Maximum Pool Size=64;Command Timeout=600" \
  INCIDENTMAP_CACHE_SECONDS=0 ASPNETCORE_URLS="$base" Logging__LogLevel__Default=Warning \
  dotnet "$1/IncidentMap.Server.dll" >"$out/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 1800); do curl -fs "$base/health/ready" >/dev/null && break; sleep 1; done
  curl -fs "$base/health/ready" >/dev/null || { echo "server not ready"; tail -20 "$out/server.log"; exit 1; }
}
stop_server() { [[ -n "$server" ]] && { kill "$server"; wait "$server" 2>/dev/null || true; server=; }; return 0; }
rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$server/status"; }
trap stop_server EXIT

# Highest resident memory of the server while the given command runs (sampled every 0.1 s).
peak_rss() {
  local peak=0 now
  "$@" &
  local job=$!
  while kill -0 $job 2>/dev/null; do
    now=$(awk '/VmRSS/ {print $2}' "/proc/$server/status")
    (( now > peak )) && peak=$now
    sleep 0.1
  done
  wait $job || echo "   the download failed (curl exit $?)"
  echo "   server RSS peak $((peak / 1024)) MiB, $((peak / 1024 - idle)) MiB above idle"
}
latency='Requests/sec|Latency |50%|90%|99%|Non-2xx|Socket errors'
views=("api/layers/clusters?bbox=-11,35,41,71&zoom=4" "api/layers/clusters?bbox=22.0,50.5,26.0,53.0&zoom=8" "api/stats/timeline?bbox=-11,35,41,71")

for build in this base; do
  app="$out/app"; [[ $build == base ]] && app="$out/base-app"
  start_server "$app"
  echo "== $build build ready"
  for view in "${views[@]}"; do
    url="$base/$view"
    curl -fs "$url" >"$out/$build.$(echo "$view" | tr -c 'a-z0-9' '_').json"
    echo "== $build: $url: $(wc -c <"$out/$build.$(echo "$view" | tr -c 'a-z0-9' '_').json") bytes $(grep -o '"numberMatched":[0-9]*\|"total":[0-9]*' "$out/$build.$(echo "$view" | tr -c 'a-z0-9' '_').json" | head -1)"
    wrk -t2 -c32 -d5s --timeout 60s "$url" >/dev/null
    echo "   wrk -t2 -c32 -d${duration}s --timeout 60s --latency $url"
    wrk -t2 -c32 -d"${duration}s" --timeout 60s --latency "$url" | grep -E "$latency"
  done
done
for view in "${views[@]}"; do
  f=$(echo "$view" | tr -c 'a-z0-9' '_')
  cmp -s <(grep -o '"numberMatched":[0-9]*\|"total":[0-9]*' "$out/this.$f.json" | head -1) \
         <(grep -o '"numberMatched":[0-9]*\|"total":[0-9]*' "$out/base.$f.json" | head -1) \
    && echo "== same total from both builds: $view" || echo "== TOTALS DIFFER: $view"
done

start_server "$out/app"
idle=$(rss)
echo "== downloads, this build: RSS idle $idle MiB"
for days in "2024-01-01/2024-01-07" "2024-01-01/2024-03-12"; do
  for f in json gpkg; do
    url="$base/api/layers/incidents?download=1&f=$f&datetime=$days"
    echo "== download $url"
    peak_rss curl -fsS -o "$out/download.$f" -w "   %{time_total} s, %{size_download} bytes\n" "$url"
  done
  echo "   features: $(grep -o '"numberMatched":[0-9]*' "$out/download.json" || ogrinfo -so -al "$out/download.gpkg" | grep -i 'feature count')"
done
