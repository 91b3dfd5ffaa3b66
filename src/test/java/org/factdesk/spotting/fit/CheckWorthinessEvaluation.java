package org.factdesk.spotting.fit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the nested leave-one-debate-out figures (the headline) and, beside them, the plain leave-one-debate-out
 * figure of the settings chosen on all debates; run by bench/spotting/evaluate.sh.
 */
public final class CheckWorthinessEvaluation {

    private CheckWorthinessEvaluation() {
    }

    /** Imports each debate as an article and turns it into features, sharing one term dictionary. */
    static List<DebateTable> tables(List<CheckWorthinessData.Debate> debates, TermDictionary dictionary) {
        List<DebateTable> out = new ArrayList<>();
        for (CheckWorthinessData.Debate d : debates) {
            out.add(DebateTable.of(d, dictionary));
        }
        return out;
    }

    /** Nested leave-one-debate-out over {@code space}: every choice made on the other debates only. */
    static List<NestedEvaluation.Outer> nested(List<DebateTable> tables, TermDictionary dictionary, SearchSpace space, int threads) {
        ModelSelection selection = new ModelSelection(space, dictionary, 1);
        return NestedEvaluation.run(tables, inner -> selection.select(inner).candidate(), selection::fit, threads);
    }

    /**
     * Plain leave-one-debate-out of one fixed candidate: weights refitted without the held-out debate, but the
     * candidate itself may have been chosen with it, so this figure is optimistic.
     */
    static List<NestedEvaluation.Outer> plain(List<DebateTable> tables, TermDictionary dictionary, Candidate candidate, int threads) {
        ModelSelection selection = new ModelSelection(SearchSpace.full(), dictionary, 1);
        return NestedEvaluation.run(tables, inner -> candidate, selection::fit, threads);
    }

    /**
     * Every candidate's plain leave-one-debate-out MAP, to see the landscape the selection walks; it says how the
     * settings compare, never how well the chosen one will do on new debates (that is the nested figure).
     */
    private static void sweep(List<DebateTable> tables, TermDictionary dictionary, SearchSpace space, int threads) {
        List<ModelSelection.Choice> all = new ModelSelection(space, dictionary, threads).crossValidate(tables);
        for (ModelSelection.Choice c : all) {
            System.out.printf(Locale.ROOT, "MAP %.4f  %s%n", c.innerMap(), c.candidate().describe());
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = CheckWorthinessData.directory(args);
        List<String> options = List.of(args);
        SearchSpace space = options.contains("--quick") ? SearchSpace.quick()
                : options.contains("--with-trees") ? SearchSpace.withTrees() : SearchSpace.full();
        int folds = options.contains("--sweep") ? Integer.MAX_VALUE : Integer.parseInt(System.getProperty("folds", "" + space.folds()));
        space = new SearchSpace(space.logistic(), space.trees(), space.treeWeights(), space.smoothings(), folds);
        int threads = Integer.parseInt(System.getProperty("threads", "1"));
        long started = System.nanoTime();
        TermDictionary dictionary = new TermDictionary();
        List<DebateTable> tables = tables(CheckWorthinessData.load(dir), dictionary);
        System.out.printf(Locale.ROOT, "%d debates, %d lines, %d check-worthy; search: %d candidates, %d inner folds, %d thread(s)%n",
                tables.size(), tables.stream().mapToInt(DebateTable::lines).sum(),
                tables.stream().mapToInt(DebateTable::positives).sum(), space.candidates().size(), space.folds(), threads);

        if (options.contains("--sweep")) {
            sweep(tables, dictionary, space, threads);
            return;
        }
        List<NestedEvaluation.Outer> nested = nested(tables, dictionary, space, threads);
        System.out.printf(Locale.ROOT, "%n%-26s %6s %4s %7s %5s  %s%n", "held-out debate", "lines", "pos", "AP", "P@10",
                "chosen on the other debates");
        for (NestedEvaluation.Outer o : nested) {
            System.out.printf(Locale.ROOT, "%-26s %6d %4d %7.4f %5.2f  %s%n", o.debate(), o.lines(), o.positives(),
                    o.averagePrecision(), o.precisionAt10(), o.chosen().describe());
        }
        System.out.printf(Locale.ROOT, "NESTED MAP %.4f  mean P@10 %.4f  (nested leave-one-debate-out, %d debates)%n",
                NestedEvaluation.meanAveragePrecision(nested), NestedEvaluation.meanPrecisionAt10(nested), nested.size());

        ModelSelection.Choice all = new ModelSelection(space, dictionary, threads).select(tables);
        List<NestedEvaluation.Outer> plain = plain(tables, dictionary, all.candidate(), threads);
        System.out.printf(Locale.ROOT, "plain MAP %.4f  mean P@10 %.4f  (leave-one-debate-out of the settings chosen on all %d debates"
                + " [%s], optimistic)%n", NestedEvaluation.meanAveragePrecision(plain), NestedEvaluation.meanPrecisionAt10(plain),
                tables.size(), all.candidate().describe());
        System.out.printf(Locale.ROOT, "%.0f s%n", (System.nanoTime() - started) / 1e9);
    }
}
