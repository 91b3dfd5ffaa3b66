#!/usr/bin/env bash
# Start-up and idle memory of FactDesk against a bare Quarkus REST hello-world built and started in the same run
# (issue 11: start to first request within 2x the hello-world's, RSS <= 250 MB at idle on an empty desk).
#   bench/startup/run.sh
# Builds both (SKIP_BUILD=1 reuses FactDesk's target/quarkus-app as ./factdesk built it), then RUNS times each,
# alternating: launches the app and polls until the first request answers (FactDesk: GET /login; hello-world:
# GET /hello), once on a fresh data folder (FactDesk's first start: schema, admin) and once more on that same folder
# (an ordinary restart), then waits IDLE_SECONDS and reads the process's RSS. FactDesk runs as ./factdesk runs it
# (its JVM options and AppCDS archive). Prints each run and the medians.
#   RUNS (default 5), IDLE_SECONDS (default 10), PORT (default 18190), OUT (default /tmp/factdesk-startup)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${RUNS:-5}"
IDLE_SECONDS="${IDLE_SECONDS:-10}"
PORT="${PORT:-18190}"
OUT="${OUT:-/tmp/factdesk-startup}"
HELLO="$OUT/hello"
mkdir -p "$OUT"

# The machine's Maven lock is held for the builds and the measurements, so other builds on this 2-core machine wait
# instead of distorting the figures.
exec 9>"${LOCK:-/tmp/factdesk-mvn.lock}"
flock 9

quarkus_version=$(sed -n 's:.*<quarkus.version>\(.*\)</quarkus.version>.*:\1:p' pom.xml)
mkdir -p "$HELLO/src/main/java/hello"
cat >"$HELLO/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>hello</artifactId><version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencyManagement><dependencies><dependency>
    <groupId>io.quarkus</groupId><artifactId>quarkus-bom</artifactId><version>$quarkus_version</version>
    <type>pom</type><scope>import</scope>
  </dependency></dependencies></dependencyManagement>
  <dependencies><dependency><groupId>io.quarkus</groupId><artifactId>quarkus-rest</artifactId></dependency></dependencies>
  <build><plugins>
    <plugin><groupId>io.quarkus</groupId><artifactId>quarkus-maven-plugin</artifactId><version>$quarkus_version</version>
      <extensions>true</extensions><executions><execution><goals><goal>build</goal></goals></execution></executions></plugin>
    <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.1</version></plugin>
    <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
    <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
    <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.4</version></plugin>
  </plugins></build>
</project>
POM
cat >"$HELLO/src/main/java/hello/Hello.java" <<'JAVA'
package hello;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/hello")
public class Hello {
    @GET
    public String hello() {
        return "hello";
    }
}
JAVA
echo "Building the hello-world (Quarkus $quarkus_version, quarkus-rest only)..."
./mvnw -B -q --no-transfer-progress -f "$HELLO/pom.xml" package -DskipTests
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "Building FactDesk as ./factdesk does..."
  ./factdesk --build-only 9>&-
fi

# Launches "$@" in the background (its process id in $pid) and waits for $url; sets $ms to the milliseconds from
# launch to the first answer. Not run in a command substitution, so $pid stays with the caller.
pid=
ms=
time_to_first_request() {
  local url=$1; shift
  local started now
  started=$(date +%s%N)
  "$@" >>"$OUT/app.log" 2>&1 9>&- &
  pid=$!
  for _ in $(seq 1 6000); do
    if curl -fs -o /dev/null "$url"; then
      now=$(date +%s%N)
      ms=$(((now - started) / 1000000))
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "the app exited; see $OUT/app.log" >&2; return 1; fi
    sleep 0.01
  done
  echo "no answer from $url within 60 s" >&2
  return 1
}
rss_mb() {
  sleep "$IDLE_SECONDS"
  echo $(($(ps -o rss= -p "$pid") / 1024))
}
stop() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; fi
}
trap stop EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

: >"$OUT/hello.ms"; : >"$OUT/hello.rss"; : >"$OUT/first.ms"; : >"$OUT/restart.ms"; : >"$OUT/factdesk.rss"
export FACTDESK_ADMIN_PASSWORD="Bench-Startup-Lantern-2026" FACTDESK_HOST=127.0.0.1 FACTDESK_PORT="$PORT"
for run in $(seq 1 "$RUNS"); do
  time_to_first_request "http://127.0.0.1:$PORT/hello" \
    java -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar "$HELLO/target/quarkus-app/quarkus-run.jar"
  echo "$ms" >>"$OUT/hello.ms"
  rss=$(rss_mb); echo "$rss" >>"$OUT/hello.rss"; stop
  echo "run $run: hello-world ${ms} ms, ${rss} MB"

  rm -rf "$OUT/data"
  FACTDESK_DATA_DIR="$OUT/data" time_to_first_request "http://127.0.0.1:$PORT/login" ./factdesk
  echo "$ms" >>"$OUT/first.ms"; stop
  FACTDESK_DATA_DIR="$OUT/data" time_to_first_request "http://127.0.0.1:$PORT/login" ./factdesk
  echo "$ms" >>"$OUT/restart.ms"
  rss=$(rss_mb); echo "$rss" >>"$OUT/factdesk.rss"; stop
  echo "run $run: FactDesk first start $(tail -n 1 "$OUT/first.ms") ms, restart ${ms} ms, ${rss} MB"
done

hello=$(median <"$OUT/hello.ms")
first=$(median <"$OUT/first.ms")
restart=$(median <"$OUT/restart.ms")
echo
echo "median start to first request: hello-world ${hello} ms; FactDesk restart ${restart} ms" \
  "($(awk -v a="$restart" -v b="$hello" 'BEGIN {printf "%.2f", a / b}')x), first start ${first} ms" \
  "($(awk -v a="$first" -v b="$hello" 'BEGIN {printf "%.2f", a / b}')x)"
echo "median RSS after ${IDLE_SECONDS} s idle: hello-world $(median <"$OUT/hello.rss") MB;" \
  "FactDesk on an empty desk $(median <"$OUT/factdesk.rss") MB"
