#!/usr/bin/env bash
# The store benchmark (docs/benchmarks/store.md): load synthetic incidents over Europe into PostGIS, time the
# near-border query and ingest through the store, and let pgbench drive the database-native FeatureCollection.
#   bench/store/run.sh            create the database, load, measure
#   bench/store/run.sh --reuse    measure an already loaded database
# Environment: PGHOST (127.0.0.1), PGPORT (55432), PGUSER (postgres), BENCH_DB (incidentmap_bench),
# INCIDENTS (1000000), INCIDENTMAP_GEODATA (the gazetteer sources, for the real borders and places).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-55432}" PGUSER="${PGUSER:-postgres}"
db="${BENCH_DB:-incidentmap_bench}"
cs="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Database=$db"

dotnet build -c Release bench/store/StoreBench -v q -nologo >/dev/null
bench=(dotnet bench/store/StoreBench/bin/Release/net10.0/StoreBench.dll)

if [[ "${1:-}" != "--reuse" ]]; then
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
  "${bench[@]}" load "$cs" "${INCIDENTS:-1000000}"
  # Incidents arrive in time order, scattered over the map: ordered on disk by their point once, a bbox of the map
  # reads a few dozen table pages instead of one per incident (later incidents are appended until the next CLUSTER).
  psql -qd "$db" -c "CLUSTER incidents USING ix_incidents_location"
fi

# Fresh rows are not yet all-visible; vacuum so index-only scans behave as on a settled database.
psql -qd "$db" -c "VACUUM ANALYZE"
echo "== database: $(psql -Atd "$db" -c "SELECT count(*) || ' incidents, ' || pg_size_pretty(pg_database_size(current_database())) FROM incidents")"
echo "== near-border through the store"
"${bench[@]}" near "$cs" 300
echo "== FeatureCollection built by PostgreSQL, bbox 23.0,51.0,24.5,52.5, limit 1000, pgbench 32 clients"
psql -Atd "$db" -f bench/store/featurecollection.sql | cut -c1-200
pgbench -n -c 32 -j 2 -T 30 -f bench/store/featurecollection.sql "$db" | grep -E "^(number of transactions actually processed|latency average|tps)"
echo "== ingest through the store (appends synthetic articles)"
"${bench[@]}" ingest "$cs" 2000 1
"${bench[@]}" ingest "$cs" 4000 8
