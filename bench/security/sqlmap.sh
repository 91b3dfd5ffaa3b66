#!/usr/bin/env bash
# SQL injection check (issue 12): starts FactDesk on a fresh H2 folder, gives it an article with claims, then runs
# sqlmap (apt-get install sqlmap) in batch mode against every query parameter of the list, search, filter and export
# routes: the API's with HTTP Basic as the admin, the pages' with a session cookie. Prints, per route, whether sqlmap
# found an injectable parameter, and a last line "injectable: N of M routes".
#   LEVEL (default 1), RISK (default 1), TECHNIQUE (default BEUS: boolean, error, union, stacked; add T for
#   time-based, slow), PORT (default 18196), OUT (default /tmp/factdesk-sqlmap), SKIP_BUILD=1 to reuse target/.
# The Maven lock (/tmp/factdesk-mvn.lock, LOCK) is held throughout, so builds and tests wait instead of running beside.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v sqlmap >/dev/null || { echo "sqlmap is not installed (apt-get install sqlmap)" >&2; exit 2; }
PORT="${PORT:-18196}"
OUT="${OUT:-/tmp/factdesk-sqlmap}"
BASE="http://127.0.0.1:$PORT"
export FACTDESK_ADMIN_PASSWORD="Bench-Sqlmap-Lantern-2026"
rm -rf "$OUT" && mkdir -p "$OUT/classes"
exec 9>"${LOCK:-/tmp/factdesk-mvn.lock}"
flock 9
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q --no-transfer-progress package -DskipTests 9>&-
fi
FACTDESK_DATA_DIR="$OUT/data" FACTDESK_HOST=127.0.0.1 FACTDESK_PORT="$PORT" \
  java -jar target/quarkus-app/quarkus-run.jar >"$OUT/app.log" 2>&1 9>&- &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs -o /dev/null "$BASE/q/health" && break; sleep 1; done
# One account with every role, so every route below answers rather than refusing.
curl -sS --fail-with-body -o "$OUT/account.json" -u "admin:$FACTDESK_ADMIN_PASSWORD" -H 'Content-Type: application/json' \
  -d '{"username":"probe","displayName":"Probe Everything","email":"probe@example.org",
       "roles":["editor","reviewer","admin","auditor"],"password":"Probe-Harbour-Lantern-2026"}' "$BASE/api/v1/accounts"
AUTH="probe:Probe-Harbour-Lantern-2026"
curl -sS --fail-with-body -o "$OUT/article.json" -u "$AUTH" -H 'Content-Type: application/json' \
  -d '{"title":"Harbour report","outlet":"Coast Daily","format":"text","text":"The minister said ferry fares rose by 40% in 2025. The council disagreed. Unemployment fell to 4.2% last year, the agency said."}' \
  "$BASE/api/v1/articles"
# A session cookie for the pages, signed in through the form with its CSRF token (as a browser does).
CP="target/classes:$(find target/quarkus-app/lib/main -name '*.jar' ! -name '*slf4j-jboss*' | sort | tr '\n' ':')"
javac -encoding UTF-8 -nowarn -d "$OUT/classes" -cp "$CP" src/test/java/org/factdesk/BenchHttp.java \
  src/test/java/org/factdesk/scale/ScaleRun.java $(find src/test/java/org/factdesk/scale -name '*.java' ! -name '*Test.java' ! -name ScaleRun.java)
COOKIE="$(java -Dslf4j.internal.verbosity=ERROR -cp "$OUT/classes:$CP" org.factdesk.scale.ScaleRun signin "$BASE" probe Probe-Harbour-Lantern-2026)"
API=(
  "/api/v1/claims?status=NEW&assignee=none&rating=false&q=minister&dueAfter=2026-01-01&dueBefore=2026-12-31&sort=due&page=0&size=20"
  "/api/v1/articles?outlet=Coast&q=harbour&page=0&size=20"
  "/api/v1/audit?from=2026-01-01&to=2030-12-31&user=admin&entity=claim&format=json"
  "/api/v1/reports/verdicts?format=json&article=1&from=2020-01-01&to=2030-12-31&status=PUBLISHED&rating=false&lang=es"
  "/api/v1/accounts?page=0&size=20"
  "/api/v1/notifications?unread=true&page=0&size=20"
)
PAGES=(
  "/claims?status=NEW&assignee=none&rating=false&q=minister&dueAfter=2026-01-01&dueBefore=2026-12-31&sort=due&page=1"
  "/articles?q=harbour&page=1"
  "/audit?from=2026-01-01&to=2030-12-31&user=admin&entity=claim"
  "/reports?article=1&from=2020-01-01&to=2030-12-31&status=PUBLISHED&rating=false"
  "/factchecks?lang=es&page=1"
)
found=0; total=0
run() {  # $1 path, rest: sqlmap options
  local path="$1"; shift
  local log="$OUT/sqlmap-$total.log"
  total=$((total + 1))
  sqlmap -u "$BASE$path" --batch --level="${LEVEL:-1}" --risk="${RISK:-1}" --technique="${TECHNIQUE:-BEUS}" \
    --timeout=15 --retries=0 --disable-coloring --output-dir="$OUT/sqlmap" --flush-session "$@" >"$log" 2>&1 || true
  if grep -qiE "is vulnerable|identified the following injection point|sqlmap identified" "$log"; then
    found=$((found + 1)); echo "INJECTABLE  $path (see $log)"
  elif grep -q "all tested parameters do not appear to be injectable" "$log"; then
    echo "not injectable  $path"
  else
    echo "inconclusive  $path (see $log): $(grep -E 'CRITICAL|ERROR' "$log" | tail -1)"
  fi
}
for p in "${API[@]}"; do run "$p" --auth-type=Basic --auth-cred="$AUTH" -H "Accept: application/json"; done
for p in "${PAGES[@]}"; do run "$p" --cookie="$COOKIE" -H "Accept: text/html"; done
grep -q "Exception\|ERROR" "$OUT/app.log" && echo "the app logged errors: $(grep -c 'ERROR' "$OUT/app.log") (see $OUT/app.log)"
echo "injectable: $found of $total routes (sqlmap $(sqlmap --version 2>/dev/null | grep -v WARNING | tail -1), level ${LEVEL:-1}, risk ${RISK:-1}, techniques ${TECHNIQUE:-BEUS})"
