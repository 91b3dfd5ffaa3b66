package org.factdesk.spotting.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.factdesk.spotting.CheckWorthinessScorer;
import org.factdesk.spotting.model.CheckWorthinessModel;
import org.junit.jupiter.api.Test;

/** The nested protocol's promise: nothing about a held-out debate reaches the choice of settings or the fit. */
class NestedEvaluationTest {

    private static final String[] CLAIMS = {
        "Unemployment fell to 4.2 percent last year, the lowest rate since 2001.",
        "We have cut the deficit by $40 billion in three years.",
        "Crime rose 12% in the city after the police budget was cut.",
        "Exports to China doubled between 2010 and 2016."};
    private static final String[] TALK = {
        "Thank you all for being here tonight.",
        "Let's move on to the next question.",
        "I think that is a wonderful thing.",
        "Good evening and welcome."};

    /** A small transcript: one claim every few lines, the rest talk; {@code seed} varies the order per debate. */
    static CheckWorthinessData.Debate debate(String name, int seed) {
        List<CheckWorthinessData.Line> lines = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            boolean claim = (i + seed) % 4 == 0;
            String[] pool = claim ? CLAIMS : TALK;
            lines.add(new CheckWorthinessData.Line(i + 1, pool[(i + seed) % pool.length], claim));
        }
        return new CheckWorthinessData.Debate(name, lines);
    }

    private static List<DebateTable> tables(TermDictionary dictionary, int count) {
        List<DebateTable> out = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            out.add(DebateTable.of(debate("debate-" + d, d), dictionary));
        }
        return out;
    }

    private static Set<String> names(List<DebateTable> tables) {
        return tables.stream().map(t -> t.name).collect(Collectors.toSet());
    }

    @Test
    void selectionAndFitOfEachOuterFoldAreGivenOnlyTheOtherDebates() {
        TermDictionary dictionary = new TermDictionary();
        List<DebateTable> tables = tables(dictionary, 5);
        ModelSelection selection = new ModelSelection(SearchSpace.quick(), dictionary, 1);
        Map<String, Set<String>> selectedOn = new ConcurrentHashMap<>();
        Map<String, Set<String>> fittedOn = new ConcurrentHashMap<>();
        Candidate fixed = SearchSpace.quick().candidates().get(0);
        List<NestedEvaluation.Outer> outer = NestedEvaluation.run(tables,
                inner -> {
                    selectedOn.put(missingFrom(tables, inner), names(inner));
                    return fixed;
                },
                (train, candidate) -> {
                    fittedOn.put(missingFrom(tables, train), names(train));
                    return selection.fit(train, candidate);
                }, 2);

        assertEquals(names(tables), outer.stream().map(NestedEvaluation.Outer::debate).collect(Collectors.toSet()));
        for (DebateTable held : tables) {
            Set<String> others = new HashSet<>(names(tables));
            others.remove(held.name);
            assertEquals(others, selectedOn.get(held.name), "selection for " + held.name);
            assertEquals(others, fittedOn.get(held.name), "fit for " + held.name);
            assertFalse(selectedOn.get(held.name).contains(held.name));
        }
    }

    @Test
    void relabellingTheHeldOutDebateChangesNeitherTheChoiceNorTheModelOfItsFold() {
        Map<String, String> original = foldOutcomes(false);
        Map<String, String> relabelled = foldOutcomes(true);
        assertEquals(original.get("debate-0"), relabelled.get("debate-0"));
        // The probe is sensitive: folds that train on the relabelled debate do change.
        assertNotEquals(original.get("debate-1"), relabelled.get("debate-1"));
    }

    /** Per held-out debate: the candidate chosen and the fitted model's score of a probe sentence. */
    private static Map<String, String> foldOutcomes(boolean flipFirst) {
        TermDictionary dictionary = new TermDictionary();
        List<DebateTable> tables = tables(dictionary, 4);
        if (flipFirst) {
            List<CheckWorthinessData.Line> flipped = new ArrayList<>();
            debate("debate-0", 0).lines().forEach(l -> flipped.add(new CheckWorthinessData.Line(l.number(), l.text(), !l.checkWorthy())));
            tables.set(0, DebateTable.of(new CheckWorthinessData.Debate("debate-0", flipped), dictionary));
        }
        ModelSelection selection = new ModelSelection(SearchSpace.quick(), dictionary, 1);
        Map<String, String> outcomes = new ConcurrentHashMap<>();
        NestedEvaluation.run(tables, inner -> selection.select(inner).candidate(), (train, candidate) -> {
            CheckWorthinessModel model = selection.fit(train, candidate);
            double probe = new CheckWorthinessScorer(model).rawScore("Unemployment fell to 4.2 percent last year.");
            outcomes.put(missingFrom(tables, train), candidate.describe() + " scores the probe " + probe);
            return model;
        }, 2);
        return outcomes;
    }

    private static String missingFrom(List<DebateTable> all, List<DebateTable> given) {
        Set<String> missing = new HashSet<>(names(all));
        missing.removeAll(names(given));
        assertEquals(1, missing.size(), "exactly one debate is held out: " + missing);
        return missing.iterator().next();
    }
}
