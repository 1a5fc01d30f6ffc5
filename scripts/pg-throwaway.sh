#!/bin/sh
# Starts a throwaway PostgreSQL cluster (Debian's packages) for tests, as root, on 127.0.0.1.
# Usage: . scripts/pg-throwaway.sh   (sets TRYGGVE_TEST_POSTGRES_URL; later: pg_stop)
set -eu
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGPORT=${PGPORT:-55432}
PGDATA=$(mktemp -d "${TMPDIR:-/tmp}/tryggve-pg.XXXXXX")
chown postgres:postgres "$PGDATA"
runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -o \
  "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDATA -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
export PGBIN PGDATA PGPORT
export TRYGGVE_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$PGPORT/postgres"
pg_stop() { runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null && rm -rf "$PGDATA"; }
set +eu
