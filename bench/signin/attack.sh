#!/usr/bin/env bash
# Sign-in under attack (issue 12): starts FactDesk on a fresh H2 folder behind a pretend proxy (FACTDESK_PROXY=true, so
# each simulated client has its own address), creates one account, then runs bench/signin/attack.py: eight threads of
# wrong passwords for random names from one address, then from random addresses (a botnet), while a real person
# signs in five times from clean addresses (in the last scenario, from a network the person never signed in from).
# Prints the app's CPU use (core-seconds per second) and the person's sign-in times.
#   ATTACK_SECONDS (default 20 per scenario), PORT (default 18195), OUT (default /tmp/factdesk-signin-bench),
#   SKIP_BUILD=1 to reuse target/quarkus-app.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER="${ATTACK_SECONDS:-20}"  # not SECONDS: bash counts the seconds since the shell started in it
PORT="${PORT:-18195}"
OUT="${OUT:-/tmp/factdesk-signin-bench}"
export FACTDESK_ADMIN_PASSWORD="Bench-Signin-Lantern-2026"
rm -rf "$OUT" && mkdir -p "$OUT"
exec 9>"${LOCK:-/tmp/factdesk-mvn.lock}"
flock 9
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q --no-transfer-progress package -DskipTests
fi
FACTDESK_DATA_DIR="$OUT/data" FACTDESK_HOST=127.0.0.1 FACTDESK_PORT="$PORT" FACTDESK_PROXY=true \
  java -jar target/quarkus-app/quarkus-run.jar >"$OUT/app.log" 2>&1 9>&- &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health" && break; sleep 1; done
curl -fs -o /dev/null -u "admin:$FACTDESK_ADMIN_PASSWORD" -H 'Content-Type: application/json' \
  -d '{"username":"person","displayName":"Real Person","email":"person@example.org","roles":["reviewer"],
       "password":"Person-Harbour-Lantern-77"}' "http://127.0.0.1:$PORT/api/v1/accounts"
python3 bench/signin/attack.py "http://127.0.0.1:$PORT" "$APP" person Person-Harbour-Lantern-77 "$SECONDS_PER"
