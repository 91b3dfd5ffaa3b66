#!/usr/bin/env bash
# Check-worthiness ranking quality on the development debates, without Maven.
#   bench/spotting/evaluate.sh [DATA_DIR] [--quick | --with-trees]
#                                                     nested leave-one-debate-out (headline) and the plain figure;
#                                                     --quick: the test suite's smaller search, --with-trees: trees in the search too
#   bench/spotting/evaluate.sh [DATA_DIR] --sweep     every candidate's plain leave-one-debate-out MAP (optimistic, for comparison)
#   bench/spotting/evaluate.sh --fit [DATA_DIR]       choose settings on all debates, refit src/main/resources/spotting/model.tsv
# DATA_DIR defaults to ../shared/data/checkworthiness-dev relative to the project. THREADS (default 1) runs that
# many outer folds (or, with --fit, inner folds) at once; FOLDS overrides the number of inner folds (default 6).
# Run it with nice on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
M2="${M2_REPO:-$HOME/.m2/repository}"
ICU="$M2/com/ibm/icu/icu4j/77.1/icu4j-77.1.jar"
CDI=$(ls "$M2"/jakarta/enterprise/jakarta.enterprise.cdi-api/*/jakarta.enterprise.cdi-api-*.jar | tail -n 1)
OUT="${OUT:-/tmp/factdesk-spotting-eval}"
rm -rf "$OUT" && mkdir -p "$OUT/classes"
javac -nowarn -d "$OUT/classes" -cp "$ICU:$CDI" \
  $(find src/main/java/org/factdesk/spotting -name '*.java') \
  $(find src/test/java/org/factdesk/spotting/fit -name '*.java' ! -name '*Test.java')
cp -r src/main/resources/spotting "$OUT/classes/"
JAVA=(java -Xmx3g -Dthreads="${THREADS:-1}" ${FOLDS:+-Dfolds="$FOLDS"} -cp "$OUT/classes:$ICU")
if [[ "${1:-}" == "--fit" ]]; then
  shift
  exec "${JAVA[@]}" org.factdesk.spotting.fit.ModelFitter "${1:-../shared/data/checkworthiness-dev}"
fi
exec "${JAVA[@]}" org.factdesk.spotting.fit.CheckWorthinessEvaluation "$@"
