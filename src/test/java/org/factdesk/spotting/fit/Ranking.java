package org.factdesk.spotting.fit;

import java.util.Arrays;
import java.util.Comparator;

/** The CLEF CheckThat! ranking measures: average precision and precision at k, ties kept in transcript order. */
final class Ranking {

    private Ranking() {
    }

    /** Ties keep transcript order, so a constant scorer gets no accidental credit. */
    static Integer[] order(double[] scores) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
        return order;
    }

    static double averagePrecision(double[] scores, boolean[] relevant) {
        Integer[] order = order(scores);
        int hits = 0;
        double sum = 0;
        for (int k = 0; k < order.length; k++) {
            if (relevant[order[k]]) {
                hits++;
                sum += (double) hits / (k + 1);
            }
        }
        return hits == 0 ? 0 : sum / hits;
    }

    static double precisionAt(int cutoff, double[] scores, boolean[] relevant) {
        Integer[] order = order(scores);
        int hits = 0;
        for (int k = 0; k < Math.min(cutoff, order.length); k++) {
            if (relevant[order[k]]) {
                hits++;
            }
        }
        return (double) hits / cutoff;
    }
}
