#!/usr/bin/env bash
# Split-and-score throughput of the claim spotter on one core, without Maven (which would compete
# for the same cores). Compiles against the jars already in ~/.m2 into a scratch directory.
#   WARMUP_SECONDS (default 40), MEASURE_SECONDS (default 20), OUT (default /tmp/factdesk-spotting-bench)
set -euo pipefail
cd "$(dirname "$0")/../.."
M2="${M2_REPO:-$HOME/.m2/repository}"
ICU="$M2/com/ibm/icu/icu4j/77.1/icu4j-77.1.jar"
CDI=$(ls "$M2"/jakarta/enterprise/jakarta.enterprise.cdi-api/*/jakarta.enterprise.cdi-api-*.jar | tail -n 1)
OUT="${OUT:-/tmp/factdesk-spotting-bench}"
rm -rf "$OUT" && mkdir -p "$OUT/classes"
javac -nowarn -d "$OUT/classes" -cp "$ICU:$CDI" \
  $(find src/main/java/org/factdesk/spotting -name '*.java') \
  src/test/java/org/factdesk/spotting/SpottingBenchmark.java
cp -r src/main/resources/spotting "$OUT/classes/"
# taskset pins the run to one core when available, so the figure is a single-core figure.
PIN=""
if command -v taskset >/dev/null; then PIN="taskset -c 0"; fi
exec $PIN java -Xmx1g -XX:+UseParallelGC -XX:ParallelGCThreads=1 -XX:CICompilerCount=2 \
  -Dwarmup="${WARMUP_SECONDS:-40}" -Dmeasure="${MEASURE_SECONDS:-20}" \
  -cp "$OUT/classes:$ICU" org.factdesk.spotting.SpottingBenchmark src/main/resources/demo src/test/resources/spotting
