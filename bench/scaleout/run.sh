#!/usr/bin/env bash
# The scale-out benchmark (docs/benchmarks/scaleout.md): the same reads against one server instance on the primary,
# and against two instances whose reads go to a streaming standby, side by side in one run.
#   A. one instance, ConnectionStrings:IncidentMap = the primary alone; wrk 32 connections;
#   B. two instances, ConnectionStrings:IncidentMap = Host=primary,standby (reads prefer the standby); two wrk at
#      16 connections each, one per instance, as a balancer would spread 32 (requests/s summed).
#   A again, since load drifts on a shared machine.
# Reads: the bbox layer (1,000 features) and near-border POL–BLR 50 km, without the read cache.
# Needs the store benchmark's database on a running primary (bench/store/run.sh) that accepts replication
# connections from 127.0.0.1 (initdb -A trust does); the standby is made here with pg_basebackup -R and removed after.
# Environment: PGHOST (127.0.0.1), PGPORT (55432), PGUSER (postgres), BENCH_DB (incidentmap_bench),
# STANDBY_PORT (55433), INCIDENTMAP_GEODATA, DURATION (30 s per measurement).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-55432}" PGUSER="${PGUSER:-postgres}"
db="${BENCH_DB:-incidentmap_bench}"
standby_port="${STANDBY_PORT:-55433}"
duration="${DURATION:-30}"
out=bench/out/scaleout
mkdir -p "$out"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | tail -1)
as_postgres() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%FT%TZ); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== database: $(psql -Atd "$db" -c "SELECT count(*) || ' incidents' FROM incidents")"

standby=$(mktemp -d /tmp/incidentmap-bench-standby-XXXX)
[[ $(id -u) == 0 ]] && chown postgres "$standby"
servers=()
cleanup() {
  for s in "${servers[@]}"; do kill "$s" 2>/dev/null || true; done
  as_postgres "$pgbin/pg_ctl" -D "$standby" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$standby"
}
trap cleanup EXIT
echo "== standby: pg_basebackup -R -X stream, port $standby_port"
as_postgres "$pgbin/pg_basebackup" -D "$standby" -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -R -X stream 2>/dev/null
as_postgres "$pgbin/pg_ctl" -D "$standby" -w -l "$standby/server.log" -o "-p $standby_port -k $standby -c listen_addresses=127.0.0.1" start >/dev/null

dotnet publish src/IncidentMap.Server -c Release -o "$out/app" -v q -nologo >/dev/null
# Starts one instance on the given port with the given connection string; waits until it is ready.
start_server() {
  ConnectionStrings__IncidentMap="$2;Username=$PGUSER;Database=$db;Maximum Pool Size=64" \
  INCIDENTMAP_API_KEY=bench INCIDENTMAP_CACHE_SECONDS=0 ASPNETCORE_URLS="http://127.0.0.1:$1" \
  Logging__LogLevel__Default=Warning dotnet "$out/app/IncidentMap.Server.dll" >"$out/server-$1.log" 2>&1 &
  servers+=($!)
  for _ in $(seq 1 900); do curl -fs "http://127.0.0.1:$1/health/ready" >/dev/null && break; sleep 1; done
  curl -fs "http://127.0.0.1:$1/health/ready" || { echo "server on $1 not ready"; tail -20 "$out/server-$1.log"; exit 1; }
  echo
}
stop_servers() { for s in "${servers[@]}"; do kill "$s"; wait "$s" 2>/dev/null || true; done; servers=(); }
reads=("api/layers/incidents?bbox=23.0,51.0,24.5,52.5&limit=1000" "api/incidents/near-border?a=POL&b=BLR&km=50")
summary='Requests/sec|Latency |50%|99%|Non-2xx|Socket errors'

# A: one instance on the primary alone, 32 connections.
one_instance() {
  echo "== A$1: one instance on the primary"
  start_server 5211 "Host=$PGHOST;Port=$PGPORT"
  for read in "${reads[@]}"; do
    wrk -t2 -c32 -d10s --timeout 30s "http://127.0.0.1:5211/$read" >/dev/null
    echo "-- wrk -t2 -c32 -d${duration}s /$read"
    wrk -t2 -c32 -d"${duration}s" --timeout 30s --latency "http://127.0.0.1:5211/$read" | grep -E "$summary"
  done
  stop_servers
}
one_instance ""

echo "== B: two instances, reads on the standby"
start_server 5212 "Host=$PGHOST:$PGPORT,$PGHOST:$standby_port"
start_server 5213 "Host=$PGHOST:$PGPORT,$PGHOST:$standby_port"
for read in "${reads[@]}"; do
  wrk -t1 -c16 -d10s --timeout 30s "http://127.0.0.1:5212/$read" >/dev/null &
  other=$!
  wrk -t1 -c16 -d10s --timeout 30s "http://127.0.0.1:5213/$read" >/dev/null
  wait $other
  echo "-- two wrk -t1 -c16 -d${duration}s /$read, one per instance"
  wrk -t1 -c16 -d"${duration}s" --timeout 30s --latency "http://127.0.0.1:5212/$read" >"$out/b1.txt" &
  other=$!
  wrk -t1 -c16 -d"${duration}s" --timeout 30s --latency "http://127.0.0.1:5213/$read" >"$out/b2.txt"
  wait $other
  grep -E "$summary" "$out/b1.txt" | sed 's/^/   instance 1: /'
  grep -E "$summary" "$out/b2.txt" | sed 's/^/   instance 2: /'
  echo "   Requests/sec summed: $(awk '/Requests\/sec/ {s += $2} END {printf "%.1f", s}' "$out/b1.txt" "$out/b2.txt")"
done
stop_servers
echo "== standby transactions committed: $(psql -Atd "$db" -p "$standby_port" -c "SELECT sum(xact_commit) FROM pg_stat_database")"
one_instance " again (load drifts on a shared machine)"
echo "== done: $(date -u +%FT%TZ); load $(cut -d' ' -f1-3 /proc/loadavg)"
