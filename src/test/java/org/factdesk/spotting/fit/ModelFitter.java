package org.factdesk.spotting.fit;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.factdesk.spotting.model.CheckWorthinessModel;
import org.factdesk.spotting.model.ModelFile;

/**
 * Chooses the settings by the same cross-validation the nested evaluation uses, now over all development debates,
 * fits them on all debates and writes src/main/resources/spotting/model.tsv; the data stay outside the project.
 */
public final class ModelFitter {

    /**
     * Fact-checkers picked about one debate sentence in 37; news copy is far denser in checkable statements, so the
     * shipped bias assumes odds eight times higher. Ranking is unchanged.
     */
    static final double PRIOR_SHIFT = Math.log(8);

    private ModelFitter() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = CheckWorthinessData.directory(args);
        Path out = Path.of(System.getProperty("out", "src/main/resources/spotting/model.tsv"));
        int threads = Integer.parseInt(System.getProperty("threads", "1"));
        TermDictionary dictionary = new TermDictionary();
        List<DebateTable> tables = CheckWorthinessEvaluation.tables(CheckWorthinessData.load(dir), dictionary);
        ModelSelection selection = new ModelSelection(SearchSpace.full(), dictionary, threads);
        ModelSelection.Choice choice = selection.select(tables);
        CheckWorthinessModel model = selection.fit(tables, choice.candidate()).withPriorShift(PRIOR_SHIFT);
        int sentences = tables.stream().mapToInt(DebateTable::sentences).sum();
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            ModelFile.write(model, List.of(
                    "Check-worthiness model read by org.factdesk.spotting.model.ModelFile; written by org.factdesk.spotting.fit.ModelFitter.",
                    "Fitted on " + tables.size() + " CLEF 2019 CheckThat! training debates (" + sentences + " sentences, imported as articles).",
                    String.format(Locale.ROOT, "Chosen by %d-fold cross-validation over the same debates (MAP %.4f): %s", SearchSpace.full().folds(),
                            choice.innerMap(), choice.candidate().describe()),
                    "Bias and centre shifted by ln 8 for news copy; the ranking is unchanged."), w);
        }
        System.out.printf(Locale.ROOT, "chose %s (cross-validated MAP %.4f)%nwrote %s (%d bytes)%n", choice.candidate().describe(),
                choice.innerMap(), out, Files.size(out));
    }
}
