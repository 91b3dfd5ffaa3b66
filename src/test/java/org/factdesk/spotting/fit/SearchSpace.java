package org.factdesk.spotting.fit;

import java.util.ArrayList;
import java.util.List;

/**
 * The settings model selection may choose among, and how many inner folds it uses. Candidates are listed simplest
 * first, and a later one is only chosen when it does strictly better.
 */
record SearchSpace(List<LogisticFit.Settings> logistic, List<TreeFit.Settings> trees, double[] treeWeights,
        double[] smoothings, int folds) {

    /** The search bench/spotting/evaluate.sh and the fitter run: logistic fits only, since trees did not help (see {@link #withTrees()}). */
    static SearchSpace full() {
        return new SearchSpace(
                List.of(LogisticFit.Settings.of(false, false, 3, 3e-3),
                        LogisticFit.Settings.of(false, true, 3, 3e-3),
                        LogisticFit.Settings.of(true, false, 3, 3e-3),
                        LogisticFit.Settings.of(true, true, 3, 3e-3),
                        LogisticFit.Settings.of(true, true, 3, 1e-2),
                        LogisticFit.Settings.of(true, true, 5, 3e-3),
                        LogisticFit.Settings.of(true, true, 5, 1e-2)),
                List.of(), new double[0],
                new double[] {0, 0.2, 0.4, 0.6, 0.8, 1.0},
                6);
    }

    /**
     * {@link #full()} plus boosted trees, alone and blended in; kept so the comparison can be rerun
     * (bench/spotting/evaluate.sh --with-trees): the trees lowered the nested figure, so the shipped model has none.
     */
    static SearchSpace withTrees() {
        SearchSpace full = full();
        return new SearchSpace(full.logistic(), List.of(new TreeFit.Settings(150, 3, 0.1, 1.0, 1.0, true)),
                new double[] {0.5, 1, 2}, full.smoothings(), full.folds());
    }

    /** A smaller search for the test suite: fewer candidates and folds, the same protocol. */
    static SearchSpace quick() {
        return new SearchSpace(
                List.of(LogisticFit.Settings.of(true, false, 3, 3e-3),
                        LogisticFit.Settings.of(true, true, 3, 3e-3)),
                List.of(), new double[0],
                new double[] {0, 0.2, 0.4, 0.6},
                3);
    }

    /**
     * Each logistic setting alone, then the mean of all of them, each also with the trees blended in at every
     * weight, and the trees alone; all at every smoothing strength.
     */
    List<Candidate> candidates() {
        List<List<LogisticFit.Settings>> linear = new ArrayList<>();
        logistic.forEach(l -> linear.add(List.of(l)));
        if (logistic.size() > 1) {
            linear.add(logistic);
        }
        List<Candidate> out = new ArrayList<>();
        for (double smoothing : smoothings) {
            for (List<LogisticFit.Settings> l : linear) {
                out.add(new Candidate(l, null, 0, smoothing));
            }
            for (TreeFit.Settings t : trees) {
                out.add(new Candidate(List.of(), t, 1, smoothing));
                for (List<LogisticFit.Settings> l : linear) {
                    for (double w : treeWeights) {
                        out.add(new Candidate(l, t, w, smoothing));
                    }
                }
            }
        }
        return out;
    }
}
