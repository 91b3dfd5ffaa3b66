package org.factdesk.spotting;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Leave-one-debate-out evaluation: fit on 18 debates, rank the 19th; prints AP per debate, MAP and P@10 (bench/spotting/evaluate.sh). */
public final class CheckWorthinessEvaluation {

    /** Ranking quality on one held-out debate. */
    record DebateResult(String name, int sentences, int positives, double averagePrecision, double precisionAt10) {
    }

    /** Ranking quality over all held-out debates. */
    record Result(List<DebateResult> debates) {

        double meanAveragePrecision() {
            return debates.stream().mapToDouble(DebateResult::averagePrecision).average().orElse(0);
        }

        double meanPrecisionAt10() {
            return debates.stream().mapToDouble(DebateResult::precisionAt10).average().orElse(0);
        }
    }

    private CheckWorthinessEvaluation() {
    }

    static Result evaluate(List<CheckWorthinessData.Debate> debates, LogisticFit.Settings settings) {
        List<List<Map<String, Double>>> features = new ArrayList<>();
        for (CheckWorthinessData.Debate d : debates) {
            features.add(d.lines().stream().map(l -> FeatureExtractor.extract(l.text())).toList());
        }
        List<DebateResult> results = new ArrayList<>();
        for (int held = 0; held < debates.size(); held++) {
            List<Map<String, Double>> x = new ArrayList<>();
            List<Boolean> y = new ArrayList<>();
            for (int d = 0; d < debates.size(); d++) {
                if (d == held) {
                    continue;
                }
                x.addAll(features.get(d));
                debates.get(d).lines().forEach(l -> y.add(l.checkWorthy()));
            }
            CheckWorthinessScorer scorer = new CheckWorthinessScorer(LogisticFit.fit(x, y, settings));
            CheckWorthinessData.Debate test = debates.get(held);
            double[] scores = test.lines().stream().mapToDouble(l -> scorer.rawScore(l.text())).toArray();
            boolean[] relevant = new boolean[scores.length];
            for (int i = 0; i < relevant.length; i++) {
                relevant[i] = test.lines().get(i).checkWorthy();
            }
            results.add(new DebateResult(test.name(), scores.length, test.positives(),
                    averagePrecision(scores, relevant), precisionAt(10, scores, relevant)));
        }
        return new Result(results);
    }

    /** Ties keep transcript order, so a constant scorer gets no accidental credit. */
    static Integer[] ranking(double[] scores) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
        return order;
    }

    static double averagePrecision(double[] scores, boolean[] relevant) {
        Integer[] order = ranking(scores);
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
        Integer[] order = ranking(scores);
        int hits = 0;
        for (int k = 0; k < Math.min(cutoff, order.length); k++) {
            if (relevant[order[k]]) {
                hits++;
            }
        }
        return (double) hits / cutoff;
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 && !args[0].startsWith("--") ? Path.of(args[0]) : CheckWorthinessData.defaultDirectory();
        List<CheckWorthinessData.Debate> debates = CheckWorthinessData.load(dir);
        if (List.of(args).contains("--grid")) {
            grid(debates);
            return;
        }
        LogisticFit.Settings settings = LogisticFit.Settings.defaults();
        Result r = evaluate(debates, settings);
        System.out.println("settings: " + settings);
        System.out.printf(Locale.ROOT, "%-28s %9s %9s %8s %6s%n", "debate", "sentences", "positives", "AP", "P@10");
        for (DebateResult d : r.debates()) {
            System.out.printf(Locale.ROOT, "%-28s %9d %9d %8.4f %6.2f%n", d.name(), d.sentences(), d.positives(), d.averagePrecision(), d.precisionAt10());
        }
        System.out.printf(Locale.ROOT, "MAP %.4f  mean P@10 %.4f  (leave-one-debate-out, %d debates)%n",
                r.meanAveragePrecision(), r.meanPrecisionAt10(), r.debates().size());
    }

    /** A small sweep over the penalties; the defaults in {@link LogisticFit.Settings} come from it. */
    private static void grid(List<CheckWorthinessData.Debate> debates) {
        LogisticFit.Settings base = LogisticFit.Settings.defaults();
        LogisticFit.Settings cuesOnly = new LogisticFit.Settings(base.cueL2(), base.wordL2(), Integer.MAX_VALUE,
                base.positiveWeight(), base.iterations(), base.learningRate(), base.minWordWeight());
        report("cues only", cuesOnly, debates);
        for (double wordL2 : new double[] {1e-3, 3e-3, 1e-2}) {
            for (int minCount : new int[] {2, 3}) {
                for (double pw : new double[] {1, 8}) {
                    for (double minWeight : new double[] {0.001, 0.02}) {
                        report("", new LogisticFit.Settings(base.cueL2(), wordL2, minCount, pw, base.iterations(),
                                base.learningRate(), minWeight), debates);
                    }
                }
            }
        }
    }

    private static void report(String label, LogisticFit.Settings s, List<CheckWorthinessData.Debate> debates) {
        Result r = evaluate(debates, s);
        System.out.printf(Locale.ROOT, "%s %s MAP %.4f P@10 %.4f%n", label, s, r.meanAveragePrecision(), r.meanPrecisionAt10());
    }
}
