package org.factdesk.spotting.features;

import java.util.ArrayList;
import java.util.List;

/**
 * Places each sentence beside its neighbours in the same run of lines (a paragraph, or a transcript): the vector
 * the model reads is the sentence's own features, the previous sentence's ({@code p:}), the next one's
 * ({@code n:}) and whether it opens or closes its run ({@code x:}).
 */
public final class ContextFeatures {

    public static final String PREVIOUS = "p:";
    public static final String NEXT = "n:";
    public static final String RUN_FIRST = "x:run-first";
    public static final String RUN_LAST = "x:run-last";

    private ContextFeatures() {
    }

    /** The names of the combined vector for the given own feature names. */
    public static List<String> names(List<String> own) {
        List<String> out = new ArrayList<>(own);
        own.forEach(n -> out.add(PREVIOUS + n));
        own.forEach(n -> out.add(NEXT + n));
        out.add(RUN_FIRST);
        out.add(RUN_LAST);
        return List.copyOf(out);
    }

    /**
     * The combined vectors of sentences in body order; {@code runStarts[i]} says sentence i begins a new run,
     * so a paragraph's first sentence has no previous neighbour even when another paragraph precedes it.
     */
    public static double[][] of(List<SentenceFeatures> sentences, boolean[] runStarts) {
        int n = sentences.size();
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            boolean hasPrevious = i > 0 && !runStarts[i];
            boolean hasNext = i + 1 < n && !runStarts[i + 1];
            out[i] = combine(sentences.get(i).dense(), hasPrevious ? sentences.get(i - 1).dense() : null,
                    hasNext ? sentences.get(i + 1).dense() : null);
        }
        return out;
    }

    /** One sentence's vector; a missing neighbour is all zeros and sets the run flag. */
    public static double[] combine(double[] own, double[] previous, double[] next) {
        int d = own.length;
        double[] v = new double[3 * d + 2];
        System.arraycopy(own, 0, v, 0, d);
        if (previous != null) {
            System.arraycopy(previous, 0, v, d, d);
        }
        if (next != null) {
            System.arraycopy(next, 0, v, 2 * d, d);
        }
        v[3 * d] = previous == null ? 1 : 0;
        v[3 * d + 1] = next == null ? 1 : 0;
        return v;
    }
}
