#!/usr/bin/env bash
# Verdict report export: 100,000 claims as CSV at >= 100,000 rows/s with the heap growing by <= 64 MB (issue 6).
# Builds the jar, starts it once on a fresh H2 file database so Flyway creates the schema and the admin, stops it,
# seeds CLAIMS claims by JDBC (ExportBenchmark seed), starts it again and runs ExportBenchmark measure against it:
# a warm-up of WARMUP_SECONDS, RUNS timed CSV and JSON exports between health checks, then the app's live heap
# (jcmd GC.class_histogram) before, during reads at full speed and at 16 and 4 MB/s, and after.
#   CLAIMS (default 100000), WARMUP_SECONDS (default 40), RUNS (default 5), PORT (default 18092),
#   OUT (default /tmp/factdesk-export-bench), SKIP_BUILD=1 to reuse target/quarkus-app as it is,
#   APP_OPTS: JVM options for the app (default none: the JVM's defaults, as ./factdesk runs it),
#   REUSE=1 to measure again on the database an earlier run seeded in OUT.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT="${OUT:-/tmp/factdesk-export-bench}"
PORT="${PORT:-18092}"
M2="${M2_REPO:-$HOME/.m2/repository}"
H2_JAR="$M2/com/h2database/h2/2.4.240/h2-2.4.240.jar"
export FACTDESK_ADMIN_PASSWORD="Bench-Harbour-Lantern-2026"
if [ "${REUSE:-0}" = 1 ] && [ -f "$OUT/data/factdesk.mv.db" ]; then
  seeded=true
else
  seeded=false
  rm -rf "$OUT"
fi
mkdir -p "$OUT/classes" "$OUT/data"
# The machine's Maven lock is held for the build and the whole measurement, so other builds and test runs on
# this 2-core machine wait instead of distorting the figures.
exec 9>"${LOCK:-/tmp/factdesk-mvn.lock}"
flock 9
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -q package -DskipTests
fi
javac -nowarn -d "$OUT/classes" src/test/java/org/factdesk/BenchHttp.java \
  src/test/java/org/factdesk/report/ExportBenchmark.java

APP=
start_app() {
  # shellcheck disable=SC2086
  FACTDESK_DATA_DIR="$OUT/data" FACTDESK_HOST=127.0.0.1 FACTDESK_PORT="$PORT" \
    java ${APP_OPTS:-} -jar target/quarkus-app/quarkus-run.jar >>"$OUT/app.log" 2>&1 9>&- &
  APP=$!
}
stop_app() {
  if [ -n "$APP" ]; then
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
    APP=
  fi
}
trap stop_app EXIT
wait_healthy() {
  for _ in $(seq 1 180); do
    if curl -fs "http://127.0.0.1:$PORT/q/health" >/dev/null; then return 0; fi
    sleep 1
  done
  echo "FactDesk did not start; its log is $OUT/app.log" >&2
  tail -n 40 "$OUT/app.log" >&2
  exit 1
}

if ! $seeded; then
  start_app
  wait_healthy
  stop_app
  java -Xmx1g -Dclaims="${CLAIMS:-100000}" -cp "$OUT/classes:$H2_JAR" org.factdesk.report.ExportBenchmark seed \
    "jdbc:h2:file:$OUT/data/factdesk;WRITE_DELAY=0" factdesk factdesk
fi
start_app
if ! java -Xmx256m -XX:+UseSerialGC -Dclaims="${CLAIMS:-100000}" -Dwarmup="${WARMUP_SECONDS:-40}" \
    -Druns="${RUNS:-5}" -cp "$OUT/classes" org.factdesk.report.ExportBenchmark measure \
    "http://127.0.0.1:$PORT" "$APP"; then
  echo "benchmark failed; the app's log is $OUT/app.log:" >&2
  tail -n 40 "$OUT/app.log" >&2
  exit 1
fi
