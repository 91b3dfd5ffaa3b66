#!/usr/bin/env bash
# Audit chain verification throughput (target: >= 100,000 revisions/s). Builds a fresh database with REVISIONS
# revisions (one claim_aud and one verdict_aud row each), seals them, warms up for WARMUP_SECONDS, then times RUNS
# verifications. Without Maven (which would compete for the same cores): compiles against the jars in ~/.m2.
#   DB=h2 (default: a file database under OUT) or DB=postgresql (127.0.0.1:5432, database factdesk_audit_bench,
#   dropped and created; PGUSER default postgres, PGPASSWORD default empty)
#   H2_OPTIONS: appended to the H2 URL; default ";CACHE_SIZE=131072", the 128 MB page cache FactDesk's default URL
#   sets (application.properties); H2_OPTIONS= (empty) measures H2's own 16 MB default
#   REVISIONS (default 100000), WARMUP_SECONDS (default 40), RUNS (default 5), OUT (default /tmp/factdesk-audit-bench)
#   JAVA_OPTS (default -Xmx1g; the collector is the JVM's default, as when FactDesk runs)
set -euo pipefail
cd "$(dirname "$0")/../.."
M2="${M2_REPO:-$HOME/.m2/repository}"
OUT="${OUT:-/tmp/factdesk-audit-bench}"
JARS="$M2/com/h2database/h2/2.4.240/h2-2.4.240.jar"
JARS="$JARS:$M2/org/postgresql/postgresql/42.7.10/postgresql-42.7.10.jar"
JARS="$JARS:$M2/org/flywaydb/flyway-core/12.0.0/flyway-core-12.0.0.jar"
JARS="$JARS:$M2/org/flywaydb/flyway-database-postgresql/12.0.0/flyway-database-postgresql-12.0.0.jar"
JARS="$JARS:$M2/com/fasterxml/jackson/core/jackson-databind/2.21.2/jackson-databind-2.21.2.jar"
JARS="$JARS:$M2/com/fasterxml/jackson/core/jackson-core/2.21.2/jackson-core-2.21.2.jar"
JARS="$JARS:$M2/com/fasterxml/jackson/core/jackson-annotations/2.21/jackson-annotations-2.21.jar"
rm -rf "$OUT/classes" && mkdir -p "$OUT/classes"
javac -nowarn -d "$OUT/classes" -cp "$JARS" \
  src/main/java/org/factdesk/audit/AuditChain.java src/main/java/org/factdesk/audit/CanonicalText.java \
  src/main/java/org/factdesk/audit/RevisionStream.java src/main/java/org/factdesk/audit/TableCursor.java \
  src/test/java/org/factdesk/audit/AuditVerifyBenchmark.java
case "${DB:-h2}" in
  h2) URL="jdbc:h2:file:$OUT/h2/audit;WRITE_DELAY=0${H2_OPTIONS-;CACHE_SIZE=131072}"; DBUSER=factdesk; DBPASS=factdesk ;;
  postgresql) URL="jdbc:postgresql://127.0.0.1:5432/factdesk_audit_bench"; DBUSER="${PGUSER:-postgres}"; DBPASS="${PGPASSWORD:-}" ;;
  *) echo "DB must be h2 or postgresql" >&2; exit 2 ;;
esac
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:--Xmx1g} \
  -Durl="$URL" -Duser="$DBUSER" -Dpassword="$DBPASS" \
  -Drevisions="${REVISIONS:-100000}" -Dwarmup="${WARMUP_SECONDS:-40}" -Druns="${RUNS:-5}" \
  -Dmigrations=src/main/resources/db/migration \
  -cp "$OUT/classes:$JARS" org.factdesk.audit.AuditVerifyBenchmark
