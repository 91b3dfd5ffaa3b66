package org.factdesk.spotting.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.factdesk.spotting.model.TreeEnsemble;

/**
 * Fits gradient-boosted regression trees on the log-loss over the dense features (cues, word classes and, with
 * {@code context}, the neighbours'), each feature cut at up to 31 quantiles of its training values.
 */
final class TreeFit {

    private static final int MAX_CUTS = 31;

    /** The knobs of one fit; {@code l2} shrinks leaf values, {@code minHessian} keeps leaves from resting on a few sentences. */
    record Settings(int trees, int depth, double shrinkage, double minHessian, double l2, boolean context) {

        String describe() {
            return String.format(Locale.ROOT, "trees[%d x depth %d, rate %.2f%s]", trees, depth, shrinkage, context ? ", context" : "");
        }
    }

    private final Settings s;
    private final int features;
    private final int rows;
    private final byte[] bins;
    private final double[][] cuts;
    private final double[] y;
    private final double[] f;
    private final double[] g;
    private final double[] h;
    private final List<Integer> nodeFeature = new ArrayList<>();
    private final List<Double> nodeThreshold = new ArrayList<>();
    private final List<Integer> nodeLeft = new ArrayList<>();
    private final List<Integer> nodeRight = new ArrayList<>();
    private final List<Double> nodeValue = new ArrayList<>();

    private TreeFit(List<DebateTable> train, Settings s) {
        this.s = s;
        this.features = s.context() ? train.get(0).x[0].length : DebateTable.OWN;
        this.rows = train.stream().mapToInt(DebateTable::sentences).sum();
        double[][] x = new double[rows][];
        y = new double[rows];
        int r = 0;
        for (DebateTable t : train) {
            for (int i = 0; i < t.sentences(); i++, r++) {
                x[r] = t.x[i];
                y[r] = t.labels[i] ? 1 : 0;
            }
        }
        cuts = new double[features][];
        bins = new byte[rows * features];
        for (int j = 0; j < features; j++) {
            double[] column = new double[rows];
            for (int i = 0; i < rows; i++) {
                column[i] = x[i][j];
            }
            cuts[j] = cuts(column);
            for (int i = 0; i < rows; i++) {
                int b = Arrays.binarySearch(cuts[j], x[i][j]);
                bins[i * features + j] = (byte) (b >= 0 ? b : -b - 1);
            }
        }
        f = new double[rows];
        g = new double[rows];
        h = new double[rows];
    }

    /** Cut points at training quantiles, never at the largest value (a split there sends nothing right). */
    private static double[] cuts(double[] column) {
        double[] sorted = column.clone();
        Arrays.sort(sorted);
        double max = sorted[sorted.length - 1];
        double[] out = new double[MAX_CUTS];
        int n = 0;
        for (int q = 1; q <= MAX_CUTS; q++) {
            double v = sorted[(int) ((long) q * (sorted.length - 1) / (MAX_CUTS + 1))];
            if (v < max && (n == 0 || v > out[n - 1])) {
                out[n++] = v;
            }
        }
        if (n == 0 && sorted[0] < max) {
            out[n++] = sorted[0];
        }
        return Arrays.copyOf(out, n);
    }

    static TreeEnsemble fit(List<DebateTable> train, Settings s) {
        return new TreeFit(train, s).boost();
    }

    private TreeEnsemble boost() {
        int positives = 0;
        for (double v : y) {
            positives += (int) v;
        }
        double base = Math.log((positives + 1.0) / (rows - positives + 1.0));
        Arrays.fill(f, base);
        int[] roots = new int[s.trees()];
        int[] all = new int[rows];
        for (int i = 0; i < rows; i++) {
            all[i] = i;
        }
        for (int t = 0; t < s.trees(); t++) {
            for (int i = 0; i < rows; i++) {
                double p = 1.0 / (1.0 + Math.exp(-f[i]));
                g[i] = p - y[i];
                h[i] = p * (1 - p);
            }
            roots[t] = nodeFeature.size();
            grow(all, 0);
        }
        int n = nodeFeature.size();
        int[] feature = new int[n];
        double[] threshold = new double[n];
        int[] left = new int[n];
        int[] right = new int[n];
        double[] value = new double[n];
        for (int i = 0; i < n; i++) {
            feature[i] = nodeFeature.get(i);
            threshold[i] = nodeThreshold.get(i);
            left[i] = nodeLeft.get(i);
            right[i] = nodeRight.get(i);
            value[i] = nodeValue.get(i);
        }
        return new TreeEnsemble(roots, feature, threshold, left, right, value);
    }

    /** Grows the subtree over {@code members} in pre-order, so children always follow their parent in the arrays. */
    private void grow(int[] members, int depth) {
        int node = nodeFeature.size();
        nodeFeature.add(-1);
        nodeThreshold.add(0.0);
        nodeLeft.add(-1);
        nodeRight.add(-1);
        nodeValue.add(0.0);
        double gSum = 0;
        double hSum = 0;
        for (int i : members) {
            gSum += g[i];
            hSum += h[i];
        }
        int[] split = depth < s.depth() ? bestSplit(members, gSum, hSum) : null;
        if (split == null) {
            double v = -gSum / (hSum + s.l2()) * s.shrinkage();
            nodeValue.set(node, v);
            for (int i : members) {
                f[i] += v;
            }
            return;
        }
        int feature = split[0];
        int bin = split[1];
        int[] left = Arrays.stream(members).filter(i -> bins[i * features + feature] <= bin).toArray();
        int[] right = Arrays.stream(members).filter(i -> bins[i * features + feature] > bin).toArray();
        nodeFeature.set(node, feature);
        nodeThreshold.set(node, cuts[feature][bin]);
        nodeLeft.set(node, nodeFeature.size());
        grow(left, depth + 1);
        nodeRight.set(node, nodeFeature.size());
        grow(right, depth + 1);
    }

    /** The feature and bin of the best split by second-order gain, or null when none helps or leaves would be too light. */
    private int[] bestSplit(int[] members, double gSum, double hSum) {
        int width = MAX_CUTS + 1;
        double[] gh = new double[features * width];
        double[] hh = new double[features * width];
        for (int i : members) {
            int base = i * features;
            double gi = g[i];
            double hi = h[i];
            for (int j = 0; j < features; j++) {
                int b = j * width + bins[base + j];
                gh[b] += gi;
                hh[b] += hi;
            }
        }
        double parent = gSum * gSum / (hSum + s.l2());
        double best = 1e-9;
        int[] out = null;
        for (int j = 0; j < features; j++) {
            double gl = 0;
            double hl = 0;
            for (int b = 0; b < cuts[j].length; b++) {
                gl += gh[j * width + b];
                hl += hh[j * width + b];
                double hr = hSum - hl;
                if (hl < s.minHessian() || hr < s.minHessian()) {
                    continue;
                }
                double gr = gSum - gl;
                double gain = gl * gl / (hl + s.l2()) + gr * gr / (hr + s.l2()) - parent;
                if (gain > best) {
                    best = gain;
                    out = new int[] {j, b};
                }
            }
        }
        return out;
    }
}
