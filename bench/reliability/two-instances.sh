#!/usr/bin/env bash
# Two FactDesk instances on one PostgreSQL database (issue 12): builds for PostgreSQL (unless SKIP_BUILD=1), creates
# a fresh database, and runs bench/reliability/two_instances.py, which starts two instances on it and checks that a
# session from one is valid on the other and sign-out on one ends it on both, that a claim made on one is found by
# search and similar claims on the other within a few seconds, that a burst of concurrent writes to both leaves the
# audit chain valid, and that sign-in throttling counts attempts made on either. Exits 1 if any check fails; the
# database is dropped afterwards (KEEP_DB=1 keeps it).
#   PGHOST (default 127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD (empty): the PostgreSQL server.
#   PORT_A / PORT_B (18240 / 18241), LIMIT (seconds to wait for search on the other instance, default 10),
#   THREADS / WRITES (the burst: 8 threads of 12 claims each), OUT (default /tmp/factdesk-two-instances),
#   SPLIT_DB=1 gives instance B a database of its own: a check of the proof itself, every cross-instance check
#   must then fail.
#   SKIP_BUILD=1 reuses target/quarkus-app, which must then be a PostgreSQL build (QUARKUS_DATASOURCE_DB_KIND at
#   build time; .ci/run's PostgreSQL test phase leaves one).
# The Maven lock (/tmp/factdesk-mvn.lock, LOCK; LOCK=none when the caller holds it) is held for the whole run.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT="${OUT:-/tmp/factdesk-two-instances}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGPASSWORD="${PGPASSWORD:-}"
DB="factdesk_two_instances_$$"
rm -rf "$OUT" && mkdir -p "$OUT"
if [ "${LOCK:-}" != none ]; then
  exec 9>"${LOCK:-/tmp/factdesk-mvn.lock}"
  flock 9
fi
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  QUARKUS_DATASOURCE_DB_KIND=postgresql ./mvnw -o -B -q --no-transfer-progress package -DskipTests
  echo postgresql > target/quarkus-app/db-kind
fi
psql -q -v ON_ERROR_STOP=1 -d postgres -c "create database $DB"
B_DB_URL=
if [ "${SPLIT_DB:-0}" = 1 ]; then
  psql -q -v ON_ERROR_STOP=1 -d postgres -c "create database ${DB}_b"
  B_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/${DB}_b"
fi
export B_DB_URL
drop_db() {
  if [ "${KEEP_DB:-0}" = 1 ]; then echo "kept database $DB"; return; fi
  psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  psql -q -d postgres -c "drop database if exists ${DB}_b with (force)" >/dev/null 2>&1 || true
}
trap drop_db EXIT
python3 bench/reliability/two_instances.py "$OUT" "jdbc:postgresql://$PGHOST:$PGPORT/$DB" "$PGUSER" "$PGPASSWORD"
