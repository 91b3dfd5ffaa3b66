package org.factdesk.spotting.fit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.factdesk.spotting.model.CheckWorthinessModel;
import org.factdesk.spotting.model.ModelFile;
import org.factdesk.spotting.model.TreeEnsemble;

/**
 * Chooses every setting (features, penalties, vocabulary size, learner, blend, smoothing) by grouped
 * cross-validation over the debates it is given, and only those, then fits the chosen candidate.
 */
final class ModelSelection {

    /** The best candidate and its mean average precision over the debates it was chosen on. */
    record Choice(Candidate candidate, double innerMap) {
    }

    private final SearchSpace space;
    private final TermDictionary dictionary;
    private final int threads;

    ModelSelection(SearchSpace space, TermDictionary dictionary, int threads) {
        this.space = space;
        this.dictionary = dictionary;
        this.threads = threads;
    }

    /** The candidate with the best cross-validated MAP over {@code debates}; an earlier, simpler one wins ties. */
    Choice select(List<DebateTable> debates) {
        Choice best = null;
        for (Choice c : crossValidate(debates)) {
            if (best == null || c.innerMap() > best.innerMap()) {
                best = c;
            }
        }
        return best;
    }

    /** Cross-validates every candidate over {@code debates} (each debate scored once, by a fit that never saw it). */
    List<Choice> crossValidate(List<DebateTable> debates) {
        int k = Math.min(space.folds(), debates.size());
        int size = debates.size();
        List<LogisticFit.Settings> logistic = space.logistic();
        List<TreeFit.Settings> trees = space.trees();
        double[][][] zl = new double[logistic.size()][size][];
        double[][] cl = new double[logistic.size()][size];
        double[][][] zt = new double[trees.size()][size][];
        double[][] ct = new double[trees.size()][size];
        List<Runnable> folds = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            int f = fold;
            folds.add(() -> {
                List<DebateTable> train = new ArrayList<>();
                List<Integer> held = new ArrayList<>();
                for (int d = 0; d < size; d++) {
                    if (d % k == f) {
                        held.add(d);
                    } else {
                        train.add(debates.get(d));
                    }
                }
                for (int l = 0; l < logistic.size(); l++) {
                    LogisticFit.Fitted fitted = LogisticFit.fit(train, logistic.get(l), dictionary.size());
                    double centre = centre(train, t -> fitted.logits(t));
                    for (int d : held) {
                        zl[l][d] = fitted.logits(debates.get(d));
                        cl[l][d] = centre;
                    }
                }
                for (int j = 0; j < trees.size(); j++) {
                    TreeEnsemble ensemble = TreeFit.fit(train, trees.get(j));
                    double centre = centre(train, t -> margins(ensemble, t));
                    for (int d : held) {
                        zt[j][d] = margins(ensemble, debates.get(d));
                        ct[j][d] = centre;
                    }
                }
            });
        }
        run(folds);
        List<Choice> out = new ArrayList<>();
        for (Candidate c : space.candidates()) {
            int[] ls = c.logistic().stream().mapToInt(logistic::indexOf).toArray();
            int j = c.trees() == null ? -1 : trees.indexOf(c.trees());
            double sum = 0;
            for (int d = 0; d < size; d++) {
                DebateTable t = debates.get(d);
                double[] z = new double[t.sentences()];
                double centre = 0;
                for (int l : ls) {
                    add(z, zl[l][d], 1.0 / ls.length);
                    centre += cl[l][d] / ls.length;
                }
                if (j >= 0) {
                    add(z, zt[j][d], c.treeWeight());
                    centre += c.treeWeight() * ct[j][d];
                }
                double[] smoothed = CheckWorthinessModel.smooth(z, t.runStarts, c.smoothing(), centre);
                sum += Ranking.averagePrecision(t.lineScores(smoothed), t.lineLabels);
            }
            out.add(new Choice(c, sum / size));
        }
        return out;
    }

    /**
     * Fits the candidate on {@code train}; the model is laid out over the shipped features. Several logistic fits
     * are averaged weight by weight, which gives the same logits as averaging their logits.
     */
    CheckWorthinessModel fit(List<DebateTable> train, Candidate c) {
        List<String> layout = ModelFile.shippedLayout();
        double bias = 0;
        double[] dense = new double[layout.size()];
        double[] termWeights = new double[dictionary.size()];
        for (LogisticFit.Settings settings : c.logistic()) {
            LogisticFit.Fitted fitted = LogisticFit.fit(train, settings, dictionary.size());
            double share = 1.0 / c.logistic().size();
            bias += share * fitted.bias();
            add(dense, fitted.dense(), share);
            add(termWeights, fitted.terms(), share);
        }
        LogisticFit.Fitted linear = new LogisticFit.Fitted(bias, dense, termWeights);
        TreeEnsemble ensemble = c.trees() == null ? TreeEnsemble.EMPTY : TreeFit.fit(train, c.trees());
        double weight = c.trees() == null ? 0 : c.treeWeight();
        double centre = centre(train, t -> {
            double[] z = linear.logits(t);
            add(z, margins(ensemble, t), weight);
            return z;
        });
        Map<String, Double> terms = new HashMap<>();
        for (int id = 0; id < termWeights.length; id++) {
            if (termWeights[id] != 0) {
                terms.put(dictionary.name(id), termWeights[id]);
            }
        }
        return new CheckWorthinessModel(layout, bias, dense, terms, ensemble, weight, c.smoothing(), centre);
    }

    private static double[] margins(TreeEnsemble ensemble, DebateTable t) {
        double[] m = new double[t.sentences()];
        for (int i = 0; i < m.length; i++) {
            m[i] = ensemble.margin(t.x[i]);
        }
        return m;
    }

    /** The mean logit over the training sentences: what "neither likely nor unlikely" means for smoothing. */
    private static double centre(List<DebateTable> train, Function<DebateTable, double[]> logits) {
        double sum = 0;
        int n = 0;
        for (DebateTable t : train) {
            for (double z : logits.apply(t)) {
                sum += z;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    private static void add(double[] into, double[] values, double weight) {
        if (weight == 0) {
            return;
        }
        for (int i = 0; i < into.length; i++) {
            into[i] += weight * values[i];
        }
    }

    private void run(List<Runnable> tasks) {
        if (threads <= 1) {
            tasks.forEach(Runnable::run);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            tasks.forEach(t -> futures.add(pool.submit(t)));
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
