package org.factdesk.spotting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scores check-worthiness with a logistic model whose weight table is fitted offline and shipped as a resource. */
public final class CheckWorthinessScorer {

    public static final String WEIGHTS_RESOURCE = "spotting/weights.tsv";
    static final String BIAS = "bias";

    /** Contributions smaller than this are noise and would clutter the reasons list. */
    private static final double MIN_REASON_CONTRIBUTION = 0.05;

    private final Map<String, Double> weights;
    private final double bias;

    /** Loads the shipped weight table. */
    public CheckWorthinessScorer() {
        this(loadWeights());
    }

    /** Uses the given weight table; the fitter and the evaluation build scorers this way. */
    public CheckWorthinessScorer(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
        this.bias = weights.getOrDefault(BIAS, 0.0);
    }

    /**
     * Bylines, credits and copyright lines carry dates and names but are never claims; the debate
     * transcripts the weights were fitted on contain none, so this rule is written by hand.
     */
    static final double BOILERPLATE_CAP = 0.05;

    /** Scores one sentence. */
    public CheckWorthiness score(String sentence) {
        if (isBoilerplate(sentence)) {
            return new CheckWorthiness(Math.min(BOILERPLATE_CAP, rawScore(sentence)), List.of("boilerplate"));
        }
        Map<String, Double> features = FeatureExtractor.extract(sentence);
        double z = bias;
        List<Map.Entry<String, Double>> cues = new ArrayList<>();
        for (Map.Entry<String, Double> e : features.entrySet()) {
            Double w = weights.get(e.getKey());
            if (w == null) {
                continue;
            }
            double contribution = w * e.getValue();
            z += contribution;
            String name = e.getKey();
            if (FeatureExtractor.REASONS.containsKey(name)) {
                boolean negative = FeatureExtractor.NEGATIVE_CUES.contains(name);
                if (negative ? contribution < -MIN_REASON_CONTRIBUTION : contribution > MIN_REASON_CONTRIBUTION) {
                    cues.add(Map.entry(name, contribution));
                }
            }
        }
        cues.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -Math.abs(e.getValue())));
        Set<String> reasons = new LinkedHashSet<>();
        for (Map.Entry<String, Double> cue : cues) {
            reasons.add(FeatureExtractor.REASONS.get(cue.getKey()));
        }
        return new CheckWorthiness(1.0 / (1.0 + Math.exp(-z)), new ArrayList<>(reasons));
    }

    static boolean isBoilerplate(String sentence) {
        int i = 0;
        while (i < sentence.length() && !Character.isLetterOrDigit(sentence.charAt(i)) && sentence.charAt(i) != '©') {
            i++;
        }
        return sentence.startsWith("©", i)
                || sentence.regionMatches(true, i, "copyright ", 0, 10)
                || sentence.regionMatches(i, "All rights reserved", 0, 19)
                || sentence.regionMatches(true, i, "photo:", 0, 6)
                || sentence.regionMatches(i, "PHOTO ", 0, 6)
                || endsWithPictureCredit(sentence)
                || (sentence.regionMatches(i, "By ", 0, 3) && i + 3 < sentence.length()
                        && Character.isUpperCase(sentence.charAt(i + 3)) && sentence.indexOf(',', i) < 0
                        && !sentence.endsWith("."));
    }

    /** "J. OKAFOR/Meridian Wire via Northlight Images": a credit line never ends with a stop. */
    private static boolean endsWithPictureCredit(String sentence) {
        for (String agency : PICTURE_AGENCIES) {
            if (sentence.endsWith(agency)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> PICTURE_AGENCIES = List.of(" Images", " Photo", " Photos", " Getty", " Shutterstock", " AFP", " Reuters");

    /** The model's probability alone, without the boilerplate rule or reasons; the evaluation ranks by it. */
    public double rawScore(String sentence) {
        double z = bias;
        for (Map.Entry<String, Double> e : FeatureExtractor.extract(sentence).entrySet()) {
            Double w = weights.get(e.getKey());
            if (w != null) {
                z += w * e.getValue();
            }
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** Reads the tab-separated table of feature name and weight; '#' lines are comments. */
    static Map<String, Double> readWeights(InputStream in) throws IOException {
        Map<String, Double> table = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                table.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
            }
        }
        return table;
    }

    private static Map<String, Double> loadWeights() {
        ClassLoader loader = CheckWorthinessScorer.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(WEIGHTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + WEIGHTS_RESOURCE);
            }
            return readWeights(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + WEIGHTS_RESOURCE, e);
        }
    }
}
