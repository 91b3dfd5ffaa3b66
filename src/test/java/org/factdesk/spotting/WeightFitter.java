package org.factdesk.spotting;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Fits the shipped weight table on all development debates into src/main/resources/spotting/weights.tsv; the data stay outside. */
public final class WeightFitter {

    /**
     * Fact-checkers picked about one debate sentence in 37; news copy is far denser in checkable
     * statements, so the shipped bias assumes odds eight times higher. Ranking is unchanged.
     */
    static final double PRIOR_SHIFT = Math.log(8);

    private WeightFitter() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : CheckWorthinessData.defaultDirectory();
        Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/spotting/weights.tsv");
        List<CheckWorthinessData.Debate> debates = CheckWorthinessData.load(dir);
        List<Map<String, Double>> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (CheckWorthinessData.Debate d : debates) {
            for (CheckWorthinessData.Line l : d.lines()) {
                x.add(FeatureExtractor.extract(l.text()));
                y.add(l.checkWorthy());
            }
        }
        LogisticFit.Settings settings = LogisticFit.Settings.defaults();
        Map<String, Double> weights = new TreeMap<>(LogisticFit.fit(x, y, settings));
        weights.merge(CheckWorthinessScorer.BIAS, PRIOR_SHIFT, Double::sum);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# Check-worthiness weights: feature<TAB>weight; score = sigmoid(sum of weight * value).\n");
            w.write("# Fitted by org.factdesk.spotting.WeightFitter on " + debates.size() + " CLEF 2019 CheckThat! training debates ("
                    + x.size() + " sentences).\n");
            w.write("# " + settings + "; bias shifted by ln 8 for news copy\n");
            for (Map.Entry<String, Double> e : weights.entrySet()) {
                w.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.5f", e.getValue()) + "\n");
            }
        }
        System.out.printf(Locale.ROOT, "wrote %d weights to %s (%d bytes)%n", weights.size(), out, Files.size(out));
    }
}
