#!/usr/bin/env bash
# Latency of a claim history with 1,000 revisions, against the packaged app on a fresh H2 file database.
# The revisions are made the way people make them: the claim's creation and 999 statement edits through
# PATCH /api/v1/claims/{id} with the version, each its own transaction and audit revision (no rows are inserted
# behind the app's back). Then, after a warm-up, the history page (first page), the history API (all entries),
# /login and /q/health are requested one at a time, round robin; median and p95 of each are printed.
#   WARMUP_SECONDS (default 40), MEASURE_SECONDS (default 30), REVISIONS (default 1000), PORT (default 18091),
#   OUT (default /tmp/factdesk-history-bench), SKIP_BUILD=1 to reuse target/quarkus-app as it is.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT="${OUT:-/tmp/factdesk-history-bench}"
PORT="${PORT:-18091}"
ADMIN_PASSWORD="Bench-Harbour-Lantern-2026"
rm -rf "$OUT" && mkdir -p "$OUT/classes" "$OUT/data"
# The machine's Maven lock is held for the build and the whole measurement, so other builds and test runs on
# this 2-core machine wait instead of distorting the figures.
exec 9>"${LOCK:-/tmp/factdesk-mvn.lock}"
flock 9
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -q package -DskipTests
fi
javac -nowarn -d "$OUT/classes" src/test/java/org/factdesk/BenchHttp.java \
  src/test/java/org/factdesk/history/HistoryBenchmark.java

FACTDESK_DATA_DIR="$OUT/data" FACTDESK_ADMIN_PASSWORD="$ADMIN_PASSWORD" FACTDESK_HOST=127.0.0.1 \
  FACTDESK_PORT="$PORT" java -Xmx1g -jar target/quarkus-app/quarkus-run.jar >"$OUT/app.log" 2>&1 9>&- &
APP=$!
stop() {
  kill "$APP" 2>/dev/null || true
  wait "$APP" 2>/dev/null || true
}
trap stop EXIT

if ! FACTDESK_ADMIN_PASSWORD="$ADMIN_PASSWORD" java -Xmx256m -XX:+UseSerialGC -Drevisions="${REVISIONS:-1000}" \
    -Dwarmup="${WARMUP_SECONDS:-40}" -Dmeasure="${MEASURE_SECONDS:-30}" \
    -cp "$OUT/classes" org.factdesk.history.HistoryBenchmark "http://127.0.0.1:$PORT"; then
  echo "benchmark failed; the app's log is $OUT/app.log:" >&2
  tail -n 40 "$OUT/app.log" >&2
  exit 1
fi
