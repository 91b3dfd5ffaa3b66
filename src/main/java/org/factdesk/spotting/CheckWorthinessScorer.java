package org.factdesk.spotting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.factdesk.spotting.features.CueSet;
import org.factdesk.spotting.features.FeatureExtractor;
import org.factdesk.spotting.features.SentenceFeatures;
import org.factdesk.spotting.model.CheckWorthinessModel;
import org.factdesk.spotting.model.ModelFile;

/** Scores check-worthiness with the model fitted offline and shipped as a resource, each sentence read beside its neighbours. */
public final class CheckWorthinessScorer {

    /** Boilerplate never scores above this, whatever the model says. */
    static final double BOILERPLATE_CAP = 0.05;

    private final FeatureExtractor extractor;
    private final CheckWorthinessModel model;

    /** Uses the shipped model. */
    public CheckWorthinessScorer() {
        this(ModelFile.shipped());
    }

    /** A purely logistic model from a table of feature name to weight ({@code bias} included). */
    public CheckWorthinessScorer(Map<String, Double> weights) {
        this(CheckWorthinessModel.logistic(weights, ModelFile.shippedLayout()));
    }

    /** Uses the given model, which must be laid out over the shipped extractor's features; the fitter builds scorers this way. */
    public CheckWorthinessScorer(CheckWorthinessModel model) {
        if (!model.layout().equals(ModelFile.shippedLayout())) {
            throw new IllegalArgumentException("the model was fitted on other features than this extractor gives");
        }
        this.extractor = FeatureExtractor.shipped();
        this.model = model;
    }

    /** Scores one English sentence on its own, as for a claim's quote. */
    public CheckWorthiness score(String sentence) {
        return score(sentence, CueSet.ALL);
    }

    /** Scores one sentence on its own, reading only the features {@code cues} allows. */
    public CheckWorthiness score(String sentence, CueSet cues) {
        return scoreAll(List.of(sentence), new boolean[] {true}, cues).get(0);
    }

    /**
     * Scores English sentences in body order; {@code runStarts[i]} is true where sentence i opens a paragraph (or
     * other run of lines), so neighbours are only read within a paragraph.
     */
    public List<CheckWorthiness> scoreAll(List<String> sentences, boolean[] runStarts) {
        return scoreAll(sentences, runStarts, CueSet.ALL);
    }

    /**
     * {@link #scoreAll(List, boolean[])} reading only the features {@code cues} allows, in the sentence and its
     * neighbours alike; the reasons then name only those cues.
     */
    public List<CheckWorthiness> scoreAll(List<String> sentences, boolean[] runStarts, CueSet cues) {
        int n = sentences.size();
        double[] z = new double[n];
        List<List<String>> reasons = new ArrayList<>(n);
        // A window of three sentences slides over the text: a 5 MB article keeps no feature arrays per sentence.
        SentenceFeatures previous = null;
        SentenceFeatures current = n > 0 ? extractor.extract(sentences.get(0), cues) : null;
        for (int i = 0; i < n; i++) {
            SentenceFeatures next = i + 1 < n ? extractor.extract(sentences.get(i + 1), cues) : null;
            boolean hasPrevious = i > 0 && !runStarts[i];
            boolean hasNext = i + 1 < n && !runStarts[i + 1];
            z[i] = model.logit(current.dense(), hasPrevious ? previous.dense() : null, hasNext ? next.dense() : null,
                    current.terms());
            reasons.add(Reasons.of(model, current.dense()));
            previous = current;
            current = next;
        }
        double[] smoothed = model.smooth(z, runStarts);
        boolean[] boilerplate = Boilerplate.of(sentences, runStarts);
        List<CheckWorthiness> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double p = sigmoid(smoothed[i]);
            out.add(boilerplate[i] ? new CheckWorthiness(Math.min(BOILERPLATE_CAP, p), List.of("boilerplate"))
                    : new CheckWorthiness(p, reasons.get(i)));
        }
        return out;
    }

    /** The model's probability for a sentence on its own, without the boilerplate rule or reasons. */
    public double rawScore(String sentence) {
        SentenceFeatures f = extractor.extract(sentence);
        return sigmoid(model.logit(f.dense(), null, null, f.terms()));
    }

    private static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
