package org.factdesk.spotting.fit;

import java.util.List;
import java.util.Locale;

/**
 * One complete choice of settings: the logistic fits whose weights are averaged (none, one, or several), trees (or
 * none), how much the trees count beside the logistic part, and how much a sentence borrows from its neighbours.
 */
record Candidate(List<LogisticFit.Settings> logistic, TreeFit.Settings trees, double treeWeight, double smoothing) {

    Candidate {
        logistic = List.copyOf(logistic);
        if (logistic.isEmpty() && trees == null) {
            throw new IllegalArgumentException("a candidate needs a logistic part, trees, or both");
        }
    }

    String describe() {
        String linear = logistic.size() == 1 ? logistic.get(0).describe() : "mean of " + logistic.size() + " logistic fits";
        String parts = logistic.isEmpty() ? trees.describe()
                : trees == null ? linear
                : String.format(Locale.ROOT, "%s + %.2f x %s", linear, treeWeight, trees.describe());
        return String.format(Locale.ROOT, "%s, smoothing %.2f", parts, smoothing);
    }
}
