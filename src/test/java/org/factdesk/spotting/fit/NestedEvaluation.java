package org.factdesk.spotting.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.factdesk.spotting.CheckWorthinessScorer;
import org.factdesk.spotting.ClaimSpotter;
import org.factdesk.spotting.SpottedSentence;
import org.factdesk.spotting.model.CheckWorthinessModel;

/**
 * Nested leave-one-debate-out: for each debate, the settings are chosen on the other debates alone, the model is
 * fitted on them, and the held-out debate is ranked the way the desk ranks an imported article.
 */
final class NestedEvaluation {

    /** Chooses a candidate from the debates it is handed; it must not see any other. */
    interface Selector {
        Candidate select(List<DebateTable> inner);
    }

    /** Fits a candidate on the debates it is handed. */
    interface Trainer {
        CheckWorthinessModel fit(List<DebateTable> train, Candidate candidate);
    }

    /** Ranking quality on one held-out debate, and what was chosen without it. */
    record Outer(String debate, int lines, int positives, double averagePrecision, double precisionAt10, Candidate chosen) {
    }

    private NestedEvaluation() {
    }

    /** Runs every outer fold; {@code threads} folds at a time, results in debate order. */
    static List<Outer> run(List<DebateTable> debates, Selector selector, Trainer trainer, int threads) {
        List<Callable<Outer>> folds = new ArrayList<>();
        for (int held = 0; held < debates.size(); held++) {
            int h = held;
            folds.add(() -> {
                List<DebateTable> inner = new ArrayList<>(debates);
                DebateTable test = inner.remove(h);
                Candidate chosen = selector.select(List.copyOf(inner));
                return rank(test, trainer.fit(List.copyOf(inner), chosen), chosen);
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Outer>> futures = pool.invokeAll(folds);
            List<Outer> out = new ArrayList<>();
            for (Future<Outer> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Ranks the held-out debate through {@link ClaimSpotter#spot}, exactly as the article page and API would. */
    static Outer rank(DebateTable test, CheckWorthinessModel model, Candidate chosen) {
        List<SpottedSentence> spotted = new ClaimSpotter(new CheckWorthinessScorer(model)).spot(test.text);
        double[] lineScores = new double[test.lines()];
        Arrays.fill(lineScores, Double.NEGATIVE_INFINITY);
        for (SpottedSentence s : spotted) {
            for (int l = test.lineAt(s.start()); l <= test.lineAt(s.end() - 1); l++) {
                lineScores[l] = Math.max(lineScores[l], s.score());
            }
        }
        return new Outer(test.name, test.lines(), test.positives(), Ranking.averagePrecision(lineScores, test.lineLabels),
                Ranking.precisionAt(10, lineScores, test.lineLabels), chosen);
    }

    static double meanAveragePrecision(List<Outer> folds) {
        return folds.stream().mapToDouble(Outer::averagePrecision).average().orElse(0);
    }

    static double meanPrecisionAt10(List<Outer> folds) {
        return folds.stream().mapToDouble(Outer::precisionAt10).average().orElse(0);
    }
}
