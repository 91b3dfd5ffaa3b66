#!/usr/bin/env bash
# Seeds a FactDesk desk of CLAIMS claims for the scale benchmark (issue 11), by JDBC, without starting the app:
# Flyway creates the schema from src/main/resources/db/migration, then org.factdesk.scale.ScaleSeeder writes
# articles of 50-200 claims anchored in their bodies, every status, verdicts with sources, corrections, comments,
# tags, assignees among 36 reviewers, due dates, and the audit revisions of every step (History pages work), moves
# the id sequences past the seeded ids and seals the revisions with the app's AuditChain. DATA_DIR then also holds
# scale-words.txt (search terms drawn from the statements) and scale-seed.properties (what was seeded), which
# bench/scale/run.sh reads.
#
#   usage: bench/scale/seed.sh CLAIMS DATA_DIR
#   e.g.   FACTDESK_ADMIN_PASSWORD=Bench-Harbour-Lantern-2026 bench/scale/seed.sh 100000 /tmp/factdesk-scale-100k
#          FACTDESK_DATA_DIR=/tmp/factdesk-scale-100k ./factdesk      # the seeded desk, as any desk
#
#   DB=h2 (default): the H2 file DATA_DIR/factdesk.mv.db, written through the app's default URL.
#   DB=postgresql: the database DB_NAME (default factdesk_scale) on PGHOST:PGPORT (127.0.0.1:5432) as PGUSER
#     (postgres), created here; DATA_DIR keeps the words file and the description. Run the app on it with
#     FACTDESK_DB_URL=jdbc:postgresql://127.0.0.1:5432/DB_NAME, built with QUARKUS_DATASOURCE_DB_KIND=postgresql.
#   FACTDESK_ADMIN_PASSWORD: the password of 'admin' and of every seeded editor, reviewer and auditor, checked
#     against the app's password policy as on a first start; without it one is generated and printed once.
#   REPLACE=1 deletes an existing desk in DATA_DIR (or the database DB_NAME) first; otherwise one is refused.
#   SEED (default 42): the generator's random seed; the same seed and CLAIMS give the same desk.
#   SEAL=app leaves the revisions for the app's once-a-second sealer (default: sealed here, same code).
#   COMPACT=0 skips H2's SHUTDOWN COMPACT at the end (default on: the file shrinks about four times).
#   CHECK=0 skips the check that starts the app once on the desk (PORT, default 18101): it signs in as admin,
#     verifies the audit chain through GET /api/v1/audit/verify and reads a claim's page and history.
#   SKIP_BUILD=1 uses target/ as it is (the seeder runs on target/classes and target/quarkus-app/lib).
#   SEED_JAVA_OPTS (default -Xmx3g) for the seeder's JVM.
# The Maven lock (/tmp/factdesk-mvn.lock, LOCK) is held for the build only: seeding is not a measurement.
set -euo pipefail
usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -eq 2 ] || usage
CLAIMS="$1"
[[ "$CLAIMS" =~ ^[0-9]+$ ]] && [ "$CLAIMS" -ge 1 ] || usage
mkdir -p "$2"
DATA="$(cd "$2" && pwd)"
cd "$(dirname "$0")/../.."
DB="${DB:-h2}"
DB_NAME="${DB_NAME:-factdesk_scale}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
PORT="${PORT:-18101}"
WORK="$(mktemp -d /tmp/factdesk-scale-seed.XXXXXX)"
APP=
cleanup() {
  if [ -n "$APP" ]; then
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

case "$DB" in
  h2)
    if [ -e "$DATA/factdesk.mv.db" ]; then
      [ "${REPLACE:-0}" = 1 ] || { echo "$DATA already holds a desk; REPLACE=1 replaces it" >&2; exit 1; }
      rm -f "$DATA"/factdesk.*.db "$DATA"/factdesk.trace.db
    fi
    URL="jdbc:h2:file:$DATA/factdesk;WRITE_DELAY=0;CACHE_SIZE=131072;DB_CLOSE_ON_EXIT=FALSE"
    DBUSER=factdesk; DBPASS=factdesk; APP_DB=()
    ;;
  postgresql)
    [[ "$DB_NAME" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "DB_NAME must be a plain lower-case name" >&2; exit 2; }
    psql_() { psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres "$@"; }
    if [ -n "$(psql_ -tAc "select 1 from pg_database where datname = '$DB_NAME'")" ]; then
      [ "${REPLACE:-0}" = 1 ] || { echo "database $DB_NAME exists; REPLACE=1 replaces it" >&2; exit 1; }
      psql_ -c "drop database $DB_NAME"
    fi
    psql_ -c "create database $DB_NAME"
    URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB_NAME?reWriteBatchedInserts=true"
    DBUSER="$PGUSER"; DBPASS="${PGPASSWORD:-}"
    APP_DB=(FACTDESK_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB_NAME" FACTDESK_DB_USER="$PGUSER"
      FACTDESK_DB_PASSWORD="${PGPASSWORD:-}")
    ;;
  *) echo "DB must be h2 or postgresql" >&2; exit 2 ;;
esac
rm -f "$DATA/scale-words.txt" "$DATA/scale-seed.properties"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  (
    flock 9
    QUARKUS_DATASOURCE_DB_KIND="$DB" ./mvnw -o -B -q package -DskipTests
    echo "$DB" > target/quarkus-app/db-kind
  ) 9>"${LOCK:-/tmp/factdesk-mvn.lock}"
fi
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "no build in target/; run without SKIP_BUILD=1" >&2; exit 1; }
# The app's own jars; the JBoss SLF4J binding only works inside Quarkus, so it is left out.
CP="target/classes:$(find target/quarkus-app/lib/main -name '*.jar' ! -name '*slf4j-jboss*' | sort | tr '\n' ':')"
mapfile -t SOURCES < <(find src/test/java/org/factdesk/scale -name '*.java' ! -name '*Test.java' | sort)
javac -encoding UTF-8 -nowarn -d "$WORK/classes" -cp "$CP" src/test/java/org/factdesk/BenchHttp.java "${SOURCES[@]}"

echo "seeding $CLAIMS claims into $([ "$DB" = h2 ] && echo "$DATA" || echo "PostgreSQL database $DB_NAME") on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
java ${SEED_JAVA_OPTS:--Xmx3g} -Dslf4j.internal.verbosity=ERROR -cp "$WORK/classes:$CP" -Durl="$URL" -Duser="$DBUSER" -Dpassword="$DBPASS" \
  -Dmigrations=src/main/resources/db/migration -Dseed="${SEED:-42}" -Dseal="${SEAL:-seeder}" \
  -Dcompact="$([ "${COMPACT:-1}" = 1 ] && echo true || echo false)" \
  org.factdesk.scale.ScaleSeeder "$CLAIMS" "$DATA"

if [ "${CHECK:-1}" = 1 ]; then
  if [ -z "${FACTDESK_ADMIN_PASSWORD:-}" ]; then
    echo "CHECK skipped: it signs in with FACTDESK_ADMIN_PASSWORD, which is not set" >&2
    exit 0
  fi
  built_for="$(cat target/quarkus-app/db-kind 2>/dev/null || echo h2)"
  [ "$built_for" = "$DB" ] || { echo "CHECK needs a build for $DB (target/ is for $built_for)" >&2; exit 1; }
  echo "checking: starting FactDesk on the seeded desk (port $PORT; log $DATA/scale-check.log)"
  started=$(date +%s%N)
  env "${APP_DB[@]}" FACTDESK_DATA_DIR="$DATA" FACTDESK_HOST=127.0.0.1 FACTDESK_PORT="$PORT" \
    java -jar target/quarkus-app/quarkus-run.jar >"$DATA/scale-check.log" 2>&1 &
  APP=$!
  base="http://127.0.0.1:$PORT"
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "$base/q/health" && break
    kill -0 "$APP" 2>/dev/null || { tail -n 40 "$DATA/scale-check.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "  healthy after $(( ($(date +%s%N) - started) / 1000000 )) ms"
  cookie="$(java -Dslf4j.internal.verbosity=ERROR -cp "$WORK/classes:$CP" org.factdesk.scale.ScaleRun signin "$base" admin "$FACTDESK_ADMIN_PASSWORD")"
  t=$(date +%s%N)
  verify="$(curl -fsS -H "Cookie: $cookie" -H 'Accept: application/json' "$base/api/v1/audit/verify")"
  echo "  GET /api/v1/audit/verify in $(( ($(date +%s%N) - t) / 1000000 )) ms: $verify"
  case "$verify" in *'"ok":true'*) ;; *) echo "the audit chain does not verify" >&2; exit 1 ;; esac
  claim=$(( (CLAIMS + 1) / 2 ))
  history="$(curl -fsS -H "Cookie: $cookie" -H 'Accept: application/json' "$base/api/v1/claims/$claim/history")"
  entries=$(grep -o '"rev"' <<<"$history" | wc -l)
  echo "  GET /api/v1/claims/$claim/history: $entries entries"
  [ "$entries" -ge 1 ] || { echo "claim $claim has no history" >&2; exit 1; }
  for path in "/claims/$claim" "/claims/$claim/history" "/articles/1"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$path")
    echo "  GET $path: $code"
    [ "$code" = 200 ] || { echo "GET $path answered $code" >&2; exit 1; }
  done
  echo "  the desk opens, its audit chain verifies and its claims have their history"
fi
