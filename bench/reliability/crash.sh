#!/usr/bin/env bash
# Crash proof (issue 12): no acknowledged write is lost to kill -9, and the audit chain stays valid. Builds FactDesk
# for H2 (unless SKIP_BUILD=1), then runs bench/reliability/crash.py on a fresh data folder: writers create and edit
# claims through the JSON API while the server is killed with SIGKILL at random moments (ROUNDS times), restarted,
# and finally every write that got a 2xx answer is looked for. Prints `lost L of N`; exits 1 on any loss or a
# broken audit chain.
#   ROUNDS (default 12 kills), WRITERS (default 4 threads), KILL_AFTER (default "0.2 3": the kill comes this many
#   seconds after the round's first acknowledged write, uniformly at random), SEED (to repeat a run), PORT (default 18230),
#   OUT (default /tmp/factdesk-crash), SKIP_BUILD=1 to reuse target/quarkus-app (it must be an H2 build).
#   FACTDESK_DB_URL is passed to the app: e.g. the default URL without WRITE_DELAY=0 shows what the setting buys.
# The Maven lock (/tmp/factdesk-mvn.lock, LOCK; LOCK=none when the caller holds it) is held for the whole run.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT="${OUT:-/tmp/factdesk-crash}"
rm -rf "$OUT" && mkdir -p "$OUT"
if [ "${LOCK:-}" != none ]; then
  exec 9>"${LOCK:-/tmp/factdesk-mvn.lock}"
  flock 9
fi
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  QUARKUS_DATASOURCE_DB_KIND=h2 ./mvnw -o -B -q --no-transfer-progress package -DskipTests
  echo h2 > target/quarkus-app/db-kind
fi
exec python3 bench/reliability/crash.py "$OUT"
