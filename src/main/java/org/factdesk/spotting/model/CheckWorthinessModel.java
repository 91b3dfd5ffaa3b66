package org.factdesk.spotting.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.factdesk.spotting.features.ContextFeatures;

/**
 * The fitted check-worthiness model: a logistic part over the dense vector and the words, optionally plus
 * boosted trees, then a smoothing step that lets a sentence borrow from its neighbours' scores.
 */
public final class CheckWorthinessModel {

    private final List<String> layout;
    private final double bias;
    private final double[] dense;
    private final Map<String, Double> terms;
    private final TreeEnsemble trees;
    private final double treeWeight;
    private final double smoothing;
    private final double centre;

    /**
     * @param layout     names of the dense vector the model reads (own features, neighbours', run flags)
     * @param dense      one weight per layout entry
     * @param terms      weights of words and word pairs; absent ones weigh nothing
     * @param treeWeight how much of the trees' margin is added to the logistic part
     * @param smoothing  how much of its neighbours' distance from {@code centre} a sentence takes on
     * @param centre     a typical logit, so a neighbour that is neither likely nor unlikely moves nothing
     */
    public CheckWorthinessModel(List<String> layout, double bias, double[] dense, Map<String, Double> terms,
            TreeEnsemble trees, double treeWeight, double smoothing, double centre) {
        if (dense.length != layout.size()) {
            throw new IllegalArgumentException(dense.length + " dense weights for " + layout.size() + " features");
        }
        this.layout = List.copyOf(layout);
        this.bias = bias;
        this.dense = dense.clone();
        this.terms = Map.copyOf(terms);
        this.trees = trees;
        this.treeWeight = treeWeight;
        this.smoothing = smoothing;
        this.centre = centre;
    }

    /** A purely logistic model from a table of feature name to weight ({@code bias} included), as older fits wrote. */
    public static CheckWorthinessModel logistic(Map<String, Double> weights, List<String> layout) {
        double[] dense = new double[layout.size()];
        Map<String, Double> terms = new HashMap<>();
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            int i = layout.indexOf(e.getKey());
            if (i >= 0) {
                dense[i] = e.getValue();
            } else if (!e.getKey().equals("bias")) {
                terms.put(e.getKey(), e.getValue());
            }
        }
        return new CheckWorthinessModel(layout, weights.getOrDefault("bias", 0.0), dense, terms, TreeEnsemble.EMPTY, 0, 0, 0);
    }

    /**
     * The logit of one sentence before smoothing, from its own features and its neighbours' (null when it has
     * none in its run) without building the combined vector, so scoring a long text keeps no per-sentence arrays;
     * it equals {@link #logit(double[], String[])} of {@code ContextFeatures.combine(own, previous, next)}.
     */
    public double logit(double[] own, double[] previous, double[] next, String[] words) {
        if (treeWeight != 0) {
            return logit(ContextFeatures.combine(own, previous, next), words);
        }
        int d = own.length;
        double z = bias + dot(own, 0) + (previous == null ? dense[3 * d] : dot(previous, d))
                + (next == null ? dense[3 * d + 1] : dot(next, 2 * d));
        for (String t : words) {
            Double w = terms.get(t);
            if (w != null) {
                z += w;
            }
        }
        return z;
    }

    private double dot(double[] x, int offset) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] != 0) {
                sum += dense[offset + i] * x[i];
            }
        }
        return sum;
    }

    /** The logit of one sentence before smoothing, from its combined vector (own, neighbours', run flags). */
    public double logit(double[] x, String[] words) {
        double z = bias;
        for (int i = 0; i < x.length; i++) {
            if (x[i] != 0) {
                z += dense[i] * x[i];
            }
        }
        for (String t : words) {
            Double w = terms.get(t);
            if (w != null) {
                z += w;
            }
        }
        if (treeWeight != 0) {
            z += treeWeight * trees.margin(x);
        }
        return z;
    }

    /**
     * Smooths logits over each run of lines: each sentence adds {@code smoothing} times the mean distance of its
     * neighbours (in the same run) from the centre. Claims come in stretches of an argument, so a sentence
     * between two likely ones is likelier itself.
     */
    public double[] smooth(double[] z, boolean[] runStarts) {
        return smooth(z, runStarts, smoothing, centre);
    }

    /** {@link #smooth(double[], boolean[])} with any strength; model selection tries several on the same logits. */
    public static double[] smooth(double[] z, boolean[] runStarts, double smoothing, double centre) {
        int n = z.length;
        double[] out = z.clone();
        if (smoothing == 0) {
            return out;
        }
        for (int i = 0; i < n; i++) {
            double sum = 0;
            int count = 0;
            if (i > 0 && !runStarts[i]) {
                sum += z[i - 1] - centre;
                count++;
            }
            if (i + 1 < n && !runStarts[i + 1]) {
                sum += z[i + 1] - centre;
                count++;
            }
            if (count > 0) {
                out[i] += smoothing * sum / count;
            }
        }
        return out;
    }

    /** The weight of dense feature {@code i}, which the reasons compare against. */
    public double weight(int i) {
        return dense[i];
    }

    public List<String> layout() {
        return layout;
    }

    public double bias() {
        return bias;
    }

    public Map<String, Double> terms() {
        return terms;
    }

    public TreeEnsemble trees() {
        return trees;
    }

    public double treeWeight() {
        return treeWeight;
    }

    public double smoothing() {
        return smoothing;
    }

    public double centre() {
        return centre;
    }

    /** The same model with its bias and centre moved by {@code shift}: the ranking is unchanged, the probabilities are not. */
    public CheckWorthinessModel withPriorShift(double shift) {
        return new CheckWorthinessModel(layout, bias + shift, dense, terms, trees, treeWeight, smoothing, centre + shift);
    }
}
