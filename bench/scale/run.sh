#!/usr/bin/env bash
# Measures FactDesk on a desk seeded by bench/scale/seed.sh (issue 11), in one run, with wrk: builds (unless
# SKIP_BUILD=1), starts the app on DATA_DIR, signs in through the login form (CSRF token, session cookie), waits
# until search and similar claims answer and every claim's list of similar claims is stored, warms up, then runs
# wrk at 8 and at 32 connections for each page: GET /login (the trivial page, signed out), the claims list (first
# page, a middle page, each filter and sort), search through the page and the API (one word, two words, a
# "phrase", a prefix*, a word with a status filter; terms drawn from the seeded statements), the claim page, the
# article page, the dashboard, the similar-claims API and the reports page.
# Each wrk request takes a path at random from a list prepared for that page (bench/scale/paths.lua). Then it takes
# the live heap (jcmd GC.class_histogram) and the RSS, restarts the app and times how long search and similar claims
# take to answer after the process starts. It prints req/s, p50, p99 and the ratio to /login at the same connection
# count, with non-2xx answers and socket errors (a run with any says so loudly), and writes the table into
# docs/PERFORMANCE.md between the scale-results marker comments.
#
#   usage: bench/scale/run.sh DATA_DIR
#   e.g.   FACTDESK_ADMIN_PASSWORD=Bench-Harbour-Lantern-2026 bench/scale/run.sh /tmp/factdesk-scale-100k
#
#   FACTDESK_ADMIN_PASSWORD (required): the password the desk was seeded with.
#   DB=postgresql with DB_NAME (default factdesk_scale), PGHOST/PGPORT/PGUSER/PGPASSWORD: the seeded PostgreSQL
#     database (DATA_DIR still holds its words file and description); the build is then for PostgreSQL.
#   WARMUP_SECONDS (default 120: on 2 cores the JIT is still compiling these pages after 40 s), DURATION_SECONDS
#     (default 10 per page and connection count), LISTS_WAIT_SECONDS (default 1800: at most this long, before the
#     warm-up, for the app to compute every claim's list of similar claims after its index was built), CONNECTIONS
#     (default "8 32"), THREADS (wrk threads, default 2), SETTLE_SECONDS (at most this long between runs for the
#     app to finish what the last run left in flight, default 30), RESTART_LIMIT (seconds, default 900).
#   ROWS: only these pages, by key (login, list-first, search-word, claim, … see OUT/paths/rows.tsv), e.g.
#     ROWS="login search-word similar"; /login is always measured, for the ratios.
#   SIGN_IN_AS (default: the desk's first editor, who also reviews), PORT (default 18100), APP_OPTS (JVM options
#     for the app; default those ./factdesk starts it with, `./factdesk --jvm-options`), OUT (default /tmp/factdesk-scale-run), SKIP_BUILD=1,
#     DOC (default docs/PERFORMANCE.md; DOC=- prints only), WRK (default /usr/bin/wrk).
# The Maven lock (/tmp/factdesk-mvn.lock, LOCK) is held for the build and the whole measurement, so other builds
# and test runs on this machine wait instead of distorting the figures.
set -euo pipefail
usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -eq 1 ] && [ -d "$1" ] || usage
DATA="$(cd "$1" && pwd)"
# The command as given, with the settings that differ from the defaults, for the table's record.
cmd="bench/scale/run.sh $1"
for v in ROWS APP_OPTS CONNECTIONS DURATION_SECONDS WARMUP_SECONDS LISTS_WAIT_SECONDS DB_NAME DB; do
  if [ -n "${!v:-}" ]; then cmd="$v=\"${!v}\" $cmd"; fi
done
cmd="$(printf '%s' "$cmd" | sed 's/\\/\\\\/g')"   # properties files read backslashes as escapes
cd "$(dirname "$0")/../.."
MANIFEST="$DATA/scale-seed.properties"
[ -f "$MANIFEST" ] && [ -f "$DATA/scale-words.txt" ] || {
  echo "$DATA was not seeded by bench/scale/seed.sh (no scale-seed.properties / scale-words.txt)" >&2; exit 1; }
: "${FACTDESK_ADMIN_PASSWORD:?set FACTDESK_ADMIN_PASSWORD to the password the desk was seeded with}"
DB="${DB:-h2}"
PORT="${PORT:-18100}"
WARMUP="${WARMUP_SECONDS:-120}"
DURATION="${DURATION_SECONDS:-10}"
CONNECTIONS="${CONNECTIONS:-8 32}"
THREADS="${THREADS:-2}"
OUT="${OUT:-/tmp/factdesk-scale-run}"
DOC="${DOC:-docs/PERFORMANCE.md}"
WRK="${WRK:-/usr/bin/wrk}"
BASE="http://127.0.0.1:$PORT"
prop() { sed -n "s/^$1=//p" "$MANIFEST"; }
CLAIMS="$(prop claims)"
SIGN_IN_AS="${SIGN_IN_AS:-$(prop editors | cut -d, -f1)}"
case "$DB" in
  h2) APP_DB=() ;;
  postgresql)
    DB_NAME="${DB_NAME:-factdesk_scale}"
    APP_DB=(FACTDESK_DB_URL="jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/$DB_NAME"
      FACTDESK_DB_USER="${PGUSER:-postgres}" FACTDESK_DB_PASSWORD="${PGPASSWORD:-}") ;;
  *) echo "DB must be h2 or postgresql" >&2; exit 2 ;;
esac

rm -rf "$OUT" && mkdir -p "$OUT/classes" "$OUT/wrk"
APP=
APP_STARTED=0
LOGS=0
start_app() {
  LOGS=$((LOGS + 1))
  APP_STARTED=$(date +%s%N)
  # shellcheck disable=SC2086
  env "${APP_DB[@]}" FACTDESK_DATA_DIR="$DATA" FACTDESK_HOST=127.0.0.1 FACTDESK_PORT="$PORT" \
    java ${APP_OPTS:-$(./factdesk --jvm-options)} -jar target/quarkus-app/quarkus-run.jar >"$OUT/app-$LOGS.log" 2>&1 9>&- &
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
since_start_ms() { echo $(( ($(date +%s%N) - APP_STARTED) / 1000000 )); }
fail() {
  echo "$1; the app's log is $OUT/app-$LOGS.log:" >&2
  tail -n 30 "$OUT/app-$LOGS.log" >&2
  exit 1
}
# Polls CHECK (a function) every 0.1 s until it succeeds; prints the milliseconds since the app's process started.
wait_for() {
  local limit=$(( $(date +%s) + ${RESTART_LIMIT:-900} ))
  until "$1"; do
    kill -0 "$APP" 2>/dev/null || fail "the app stopped"
    [ "$(date +%s)" -lt "$limit" ] || fail "$1 did not succeed within ${RESTART_LIMIT:-900} s"
    sleep 0.1
  done
  since_start_ms
}
COOKIE=
WORD=
healthy() { curl -fs -o /dev/null "$BASE/q/health"; }
search_ready() {
  curl -fs -H "Cookie: $COOKIE" -H 'Accept: application/json' "$BASE/api/v1/claims?q=$WORD" 2>/dev/null \
    | grep -q '"items":\[{'
}
similar_ready() {
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" -H 'Accept: application/json' \
    "$BASE/api/v1/claims/$(( (CLAIMS + 1) / 2 ))/similar")" = 200 ]
}
# How many claims' lists of similar claims are still to be computed (SimilarLists), from the app's metrics.
lists_due() {
  curl -fs -H "Cookie: $COOKIE" "$BASE/q/metrics" | awk '/^factdesk_similar_lists_due/ { print int($2) }'
}
# Waits until the app has finished what the last wrk run left in flight: two quick health checks in a row (the
# health check asks the connection pool too). SETTLED says whether that happened within SECONDS (default
# SETTLE_SECONDS).
SETTLED=1
settle() {
  local quick=0 until=$(( $(date +%s) + ${1:-${SETTLE_SECONDS:-30}} ))
  while [ "$quick" -lt 2 ] && [ "$(date +%s)" -lt "$until" ]; do
    if awk -v t="$(curl -s -o /dev/null -w '%{time_total}' "$BASE/q/health")" 'BEGIN { exit !(t < 0.05) }'; then
      quick=$((quick + 1))
    else
      quick=0
      sleep 0.5
    fi
  done
  SETTLED=$([ "$quick" -ge 2 ] && echo 1 || echo 0)
}

exec 9>"${LOCK:-/tmp/factdesk-mvn.lock}"
flock 9
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  # As ./factdesk builds it (with its class archive), so the run measures what people run.
  QUARKUS_DATASOURCE_DB_KIND="$DB" ./factdesk --rebuild --build-only 9>&-
fi
[ "$(cat target/quarkus-app/db-kind 2>/dev/null || echo h2)" = "$DB" ] \
  || { echo "target/ is built for another database than $DB; run without SKIP_BUILD=1" >&2; exit 1; }
CP="target/classes:$(find target/quarkus-app/lib/main -name '*.jar' ! -name '*slf4j-jboss*' | sort | tr '\n' ':')"
mapfile -t SOURCES < <(find src/test/java/org/factdesk/scale -name '*.java' ! -name '*Test.java' | sort)
javac -encoding UTF-8 -nowarn -d "$OUT/classes" -cp "$CP" src/test/java/org/factdesk/BenchHttp.java "${SOURCES[@]}"
scale() { java -Dslf4j.internal.verbosity=ERROR -cp "$OUT/classes:$CP" org.factdesk.scale.ScaleRun "$@"; }
scale paths "$DATA" "$OUT/paths"
WORD="$(cat "$OUT/paths/search-word.txt")"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

echo "starting FactDesk on $CLAIMS claims ($DB, $DATA), port $PORT"
start_app
first_healthy=$(wait_for healthy)
COOKIE="$(scale signin "$BASE" "$SIGN_IN_AS" "$FACTDESK_ADMIN_PASSWORD")"
first_search=$(wait_for search_ready)
first_similar=$(wait_for similar_ready)
echo "first start: healthy after ${first_healthy} ms, search after ${first_search} ms, similar claims after ${first_similar} ms"
# After the index is built from scratch every claim's list of similar claims is computed in the background; the run
# measures the desk as it is once that is done (claims without a list are answered by a query meanwhile).
lists_limit=$(( $(date +%s) + ${LISTS_WAIT_SECONDS:-1800} ))
due="$(lists_due)"
while [ "${due:-1}" != 0 ] && [ "$(date +%s)" -lt "$lists_limit" ]; do
  kill -0 "$APP" 2>/dev/null || fail "the app stopped"
  sleep 5
  due="$(lists_due)"
done
lists_at=$(since_start_ms)
if [ "$due" = 0 ]; then
  lists_note="every claim's list of similar claims stored ${lists_at} ms after the start"
else
  lists_note="${due} claims' lists of similar claims still due ${lists_at} ms after the start (LISTS_WAIT_SECONDS); those claims were answered by a query"
fi
echo "$lists_note"

echo "warming up for ${WARMUP} s over every page"
"$WRK" -t"$THREADS" -c8 -d"${WARMUP}s" --timeout 30s -s bench/scale/paths.lua "$BASE" -- \
  "$OUT/paths/warmup.paths" "$COOKIE" >"$OUT/wrk/warmup.txt"

RESULTS="$OUT/results.tsv"
: >"$RESULTS"
failed=0
while IFS=$'\t' read -r key label file signed accept; do
  if [ -n "${ROWS:-}" ] && [ "$key" != login ] && [[ " $ROWS " != *" $key "* ]]; then continue; fi
  for c in $CONNECTIONS; do
    settle
    cookie=""
    [ "$signed" = 1 ] && cookie="$COOKIE"
    "$WRK" -t"$THREADS" -c"$c" -d"${DURATION}s" --timeout 30s --latency -s bench/scale/paths.lua "$BASE" -- \
      "$file" "$cookie" "$accept" >"$OUT/wrk/$key-c$c.txt" 2>&1 || true
    line="$(grep '^RESULT' "$OUT/wrk/$key-c$c.txt" | head -n1 | cut -f2-)"
    [ -n "$line" ] || fail "wrk gave no result for $key at $c connections (see $OUT/wrk/$key-c$c.txt)"
    printf '%s\t%s\t%s\t%s\n' "$key" "$label" "$c" "$line" >>"$RESULTS"
    awk -F'\t' -v k="$key" -v c="$c" '{ printf "  %-18s c=%-3s %9.1f req/s  p50 %9.1f ms  p99 %9.1f ms  errors %d%s%s\n",
      k, c, $1 / $2, $3, $4, $5 + $6 + $7 + $8 + $9, ($5 + $6 + $7 + $8 + $9 > 0 ? "  <<< ERRORS " $10 : ""),
      ($1 == 0 ? "  <<< NO REQUEST COMPLETED" : "") }' <<<"$line"
    errors=$(awk -F'\t' '{ print $5 + $6 + $7 + $8 + $9 }' <<<"$line")
    failed=$((failed + errors))
  done
done <"$OUT/paths/rows.tsv"

settle 120
heap_note="."
[ "$SETTLED" = 1 ] || heap_note=", taken while the app was still busy with requests the last runs left in flight (it did not settle within 120 s)."
heap_bytes=$(jcmd "$APP" GC.class_histogram | awk '/^Total/ { print $3 }')
rss_kb=$(ps -o rss= -p "$APP" | tr -d ' ')
hwm_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$APP/status")
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "after the run: live heap $((heap_bytes / 1048576)) MB, RSS $((rss_kb / 1024)) MB (peak $((hwm_kb / 1024)) MB)"

echo "restarting to time how soon search and similar claims answer"
stop_app
start_app
re_healthy=$(wait_for healthy)
re_search=$(wait_for search_ready)
re_similar=$(wait_for similar_ready)
stop_app
echo "restart: healthy after ${re_healthy} ms, search after ${re_search} ms, similar claims after ${re_similar} ms"

sealing="sealing $(prop seal-seconds) s"
[ "$(prop sealed-by)" = app ] && sealing="sealing left to the app's sealer on its first start"
machine="$(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1)), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -n1 | tr -d '"'), wrk on the same machine, load average $LOAD_BEFORE before and $LOAD_AFTER after"
database="$([ "$DB" = h2 ] && echo "H2 file" || echo "PostgreSQL $DB_NAME"), $(prop articles) articles, $(prop revisions) audit revisions"
changes="$(git diff --quiet HEAD -- src/main pom.xml || echo ' with local changes')"
jvm="${APP_OPTS:-$(./factdesk --jvm-options) (as ./factdesk runs it)}"
{
  echo "date=$(date -u '+%-d %B %Y %H:%M UTC')"
  echo "machine=$machine"
  echo "claims=$CLAIMS"
  echo "database=$database"
  echo "how=signed in as an editor ($SIGN_IN_AS), ${WARMUP} s warm-up, ${DURATION} s per page and connection count, $THREADS wrk threads, app at commit $(git rev-parse --short HEAD)$changes"
  echo "command=$cmd"
  echo "restart=Restart (process start to answer): healthy after ${re_healthy} ms, search (\`/api/v1/claims?q=$WORD\` with items) after ${re_search} ms, similar claims (\`/api/v1/claims/{id}/similar\` 200) after ${re_similar} ms. First start on the seeded desk: ${first_healthy} / ${first_search} / ${first_similar} ms; then ${lists_note}."
  echo "heap=Live heap after the run (jcmd GC.class_histogram): $((heap_bytes / 1048576)) MB$heap_note"
  echo "rss=RSS after the run: $((rss_kb / 1024)) MB (peak $((hwm_kb / 1024)) MB); JVM options: $jvm."
  echo "seeding=Seeded by bench/scale/seed.sh in $(prop total-seconds) s (writing $(prop write-seconds) s, $sealing)."
} >"$OUT/meta.properties"
scale report "$RESULTS" "$OUT/meta.properties" "$DOC"
if [ "$failed" -gt 0 ]; then
  echo "!!! $failed requests failed in this run: the table marks them; do not trust those rows !!!" >&2
  exit 3
fi
