package org.factdesk.spotting.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Ranking quality on the development debates by nested leave-one-debate-out with the smaller search of
 * {@link SearchSpace#quick()}, so the suite stays quick (about 1.5 minutes on two cores); bench/spotting/evaluate.sh
 * runs the full search, whose nested figure is the headline in docs/SPOTTING.md.
 */
class CheckWorthinessEvaluationTest {

    /**
     * Measured 0.2238 MAP and 0.2842 P@10 with the quick search (the full search: 0.2139 and 0.2895). The quick
     * search's few candidates were picked after seeing how all candidates fare, so it reads a little high; the margin
     * absorbs drift, not regressions.
     */
    private static final double MIN_MAP = 0.21;
    private static final double MIN_P_AT_10 = 0.27;

    @Test
    void averagePrecisionFollowsTheRanking() {
        double[] scores = {0.9, 0.8, 0.7, 0.6};
        boolean[] relevant = {true, false, true, false};
        assertEquals((1.0 + 2.0 / 3) / 2, Ranking.averagePrecision(scores, relevant), 1e-9);
        assertEquals(0.2, Ranking.precisionAt(10, scores, relevant), 1e-9);
    }

    @Test
    void tiesKeepTranscriptOrderSoAConstantScorerEarnsNothingExtra() {
        double[] flat = {0.5, 0.5, 0.5, 0.5};
        assertEquals(0.25, Ranking.averagePrecision(flat, new boolean[] {false, false, false, true}), 1e-9);
    }

    @Test
    void nestedLeaveOneDebateOutRankingHoldsOnUnseenDebates() throws Exception {
        Path dir = CheckWorthinessData.defaultDirectory();
        if (!Files.isDirectory(dir)) {
            String where = dir.toAbsolutePath().normalize().toString();
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but the check-worthiness development set is missing at " + where
                        + "; CI must measure the ranking, not skip it");
            }
            Assumptions.abort("skipped: the check-worthiness development set is not at " + where + " (with CI=true this fails)");
        }
        TermDictionary dictionary = new TermDictionary();
        List<DebateTable> tables = CheckWorthinessEvaluation.tables(CheckWorthinessData.load(dir), dictionary);
        List<NestedEvaluation.Outer> nested = CheckWorthinessEvaluation.nested(tables, dictionary, SearchSpace.quick(),
                Math.min(2, Runtime.getRuntime().availableProcessors()));
        assertEquals(19, nested.size());
        double map = NestedEvaluation.meanAveragePrecision(nested);
        double p10 = NestedEvaluation.meanPrecisionAt10(nested);
        assertTrue(map > MIN_MAP, "nested MAP " + map);
        assertTrue(p10 > MIN_P_AT_10, "nested P@10 " + p10);
    }
}
