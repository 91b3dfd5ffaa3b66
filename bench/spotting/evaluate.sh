#!/usr/bin/env bash
# Leave-one-debate-out MAP and P@10 of the check-worthiness scorer, without Maven.
#   bench/spotting/evaluate.sh [DATA_DIR] [--grid]   evaluate (--grid: also sweep the penalties)
#   bench/spotting/evaluate.sh --fit [DATA_DIR]      refit src/main/resources/spotting/weights.tsv on all debates
# DATA_DIR defaults to ../shared/data/checkworthiness-dev relative to the project.
set -euo pipefail
cd "$(dirname "$0")/../.."
M2="${M2_REPO:-$HOME/.m2/repository}"
ICU="$M2/com/ibm/icu/icu4j/77.1/icu4j-77.1.jar"
CDI=$(ls "$M2"/jakarta/enterprise/jakarta.enterprise.cdi-api/*/jakarta.enterprise.cdi-api-*.jar | tail -n 1)
OUT="${OUT:-/tmp/factdesk-spotting-eval}"
rm -rf "$OUT" && mkdir -p "$OUT/classes"
javac -nowarn -d "$OUT/classes" -cp "$ICU:$CDI" \
  src/main/java/org/factdesk/spotting/*.java \
  src/test/java/org/factdesk/spotting/{CheckWorthinessData,LogisticFit,CheckWorthinessEvaluation,WeightFitter}.java
if [[ "${1:-}" == "--fit" ]]; then
  shift
  exec java -cp "$OUT/classes:$ICU" org.factdesk.spotting.WeightFitter "${1:-../shared/data/checkworthiness-dev}"
fi
exec java -cp "$OUT/classes:$ICU" org.factdesk.spotting.CheckWorthinessEvaluation "$@"
