package org.factdesk.spotting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Ranking quality on the shared development set, when it is present. */
class CheckWorthinessEvaluationTest {

    /** Measured 0.2223 MAP and 0.3105 P@10; the margin absorbs floating-point drift, not regressions. */
    private static final double MIN_MAP = 0.21;
    private static final double MIN_P_AT_10 = 0.28;

    @Test
    void averagePrecisionFollowsTheRanking() {
        double[] scores = {0.9, 0.8, 0.7, 0.6};
        boolean[] relevant = {true, false, true, false};
        assertEquals((1.0 + 2.0 / 3) / 2, CheckWorthinessEvaluation.averagePrecision(scores, relevant), 1e-9);
        assertEquals(0.2, CheckWorthinessEvaluation.precisionAt(10, scores, relevant), 1e-9);
    }

    @Test
    void leaveOneDebateOutRankingBeatsThePublishedBest() throws Exception {
        Path dir = CheckWorthinessData.defaultDirectory();
        Assumptions.assumeTrue(Files.isDirectory(dir),
                "skipped: the check-worthiness development set is not at " + dir.toAbsolutePath().normalize());
        List<CheckWorthinessData.Debate> debates = CheckWorthinessData.load(dir);
        CheckWorthinessEvaluation.Result r = CheckWorthinessEvaluation.evaluate(debates, LogisticFit.Settings.defaults());
        assertEquals(19, r.debates().size());
        assertTrue(r.meanAveragePrecision() > MIN_MAP, "MAP " + r.meanAveragePrecision());
        assertTrue(r.meanPrecisionAt10() > MIN_P_AT_10, "P@10 " + r.meanPrecisionAt10());
    }
}
