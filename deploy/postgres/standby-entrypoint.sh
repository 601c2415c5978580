#!/bin/sh
# A streaming standby: on first start, copies the primary with pg_basebackup -R (which writes primary_conninfo and
# standby.signal), then runs PostgreSQL in hot-standby mode, replaying the primary's WAL and serving reads.
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h "$PRIMARY_HOST" -p 5432 -q; do sleep 1; done
  PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup -h "$PRIMARY_HOST" -p 5432 -U replicator -D "$PGDATA" -R -X stream -P
  chmod 700 "$PGDATA"
fi
exec postgres -c hot_standby=on
