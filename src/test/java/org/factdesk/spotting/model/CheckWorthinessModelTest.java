package org.factdesk.spotting.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.factdesk.spotting.features.ContextFeatures;
import org.junit.jupiter.api.Test;

/** The model's arithmetic: both ways of reading a sentence in context agree, and smoothing stays inside a paragraph. */
class CheckWorthinessModelTest {

    private static final List<String> LAYOUT = ContextFeatures.names(List.of("f:a", "f:b"));

    private static CheckWorthinessModel model(TreeEnsemble trees, double treeWeight) {
        double[] dense = {0.7, -0.25, 0.125, 0.5, -0.375, 0.25, -1.0, 0.75};
        return new CheckWorthinessModel(LAYOUT, -3.0, dense, Map.of("w:jobs", 0.5), trees, treeWeight, 0.3, -3.5);
    }

    @Test
    void slidingWindowLogitEqualsTheCombinedVectorLogit() {
        TreeEnsemble stump = new TreeEnsemble(new int[] {0}, new int[] {3, -1, -1}, new double[] {0.5, 0, 0},
                new int[] {1, -1, -1}, new int[] {2, -1, -1}, new double[] {0, -0.2, 0.6});
        double[] own = {1, 0.4};
        double[] previous = {0, 1};
        double[] next = {0.3, 0};
        String[] words = {"w:jobs", "w:other"};
        for (CheckWorthinessModel m : List.of(model(TreeEnsemble.EMPTY, 0), model(stump, 0.5))) {
            for (double[][] neighbours : Arrays.asList(new double[][] {previous, next}, new double[][] {null, next},
                    new double[][] {previous, null}, new double[][] {null, null})) {
                double combined = m.logit(ContextFeatures.combine(own, neighbours[0], neighbours[1]), words);
                assertEquals(combined, m.logit(own, neighbours[0], neighbours[1], words), 1e-12);
            }
        }
    }

    @Test
    void smoothingMovesASentenceTowardsItsNeighboursWithinItsParagraphOnly() {
        double[] z = {-4, 0, -4, -4};
        boolean[] runStarts = {true, false, false, true};
        double[] s = CheckWorthinessModel.smooth(z, runStarts, 0.5, -4);
        assertEquals(-2, s[0], 1e-9);
        assertEquals(-2, s[2], 1e-9);
        assertEquals(-4, s[3], 1e-9, "a new paragraph reads nothing from the one before");
        assertEquals(0, s[1], 1e-9);
    }

    @Test
    void aPriorShiftMovesEveryLogitAndTheCentreAlike() {
        CheckWorthinessModel m = model(TreeEnsemble.EMPTY, 0);
        CheckWorthinessModel shifted = m.withPriorShift(2);
        double[] own = {1, 0};
        assertEquals(m.logit(own, null, null, new String[0]) + 2, shifted.logit(own, null, null, new String[0]), 1e-12);
        assertEquals(m.centre() + 2, shifted.centre(), 1e-12);
    }
}
