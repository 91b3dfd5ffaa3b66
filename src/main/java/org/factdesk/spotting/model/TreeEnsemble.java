package org.factdesk.spotting.model;

/** Gradient-boosted regression trees over the dense feature vector, kept as flat arrays so scoring allocates nothing. */
public final class TreeEnsemble {

    /** No trees: the model is its linear part alone. */
    public static final TreeEnsemble EMPTY = new TreeEnsemble(new int[0], new int[0], new double[0], new int[0], new int[0], new double[0]);

    private final int[] roots;
    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private final double[] value;

    /**
     * Node {@code i} splits on {@code feature[i]} (go to {@code left[i]} when the value is at most
     * {@code threshold[i]}, else {@code right[i]}), or is a leaf worth {@code value[i]} when {@code feature[i] < 0}.
     */
    public TreeEnsemble(int[] roots, int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
        int n = feature.length;
        if (threshold.length != n || left.length != n || right.length != n || value.length != n) {
            throw new IllegalArgumentException("node arrays differ in length");
        }
        for (int i = 0; i < n; i++) {
            if (feature[i] >= 0 && (left[i] <= i || right[i] <= i || left[i] >= n || right[i] >= n)) {
                throw new IllegalArgumentException("node " + i + " must point forward to nodes inside the ensemble");
            }
        }
        for (int r : roots) {
            if (r < 0 || r >= n) {
                throw new IllegalArgumentException("root " + r + " outside the ensemble");
            }
        }
        this.roots = roots.clone();
        this.feature = feature.clone();
        this.threshold = threshold.clone();
        this.left = left.clone();
        this.right = right.clone();
        this.value = value.clone();
    }

    /** The sum of the trees' leaf values for {@code x}. */
    public double margin(double[] x) {
        double sum = 0;
        for (int root : roots) {
            int i = root;
            while (feature[i] >= 0) {
                i = x[feature[i]] <= threshold[i] ? left[i] : right[i];
            }
            sum += value[i];
        }
        return sum;
    }

    public int trees() {
        return roots.length;
    }

    public int nodes() {
        return feature.length;
    }

    public int root(int tree) {
        return roots[tree];
    }

    /** The feature index a node splits on, or -1 for a leaf. */
    public int feature(int node) {
        return feature[node];
    }

    public double threshold(int node) {
        return threshold[node];
    }

    public int left(int node) {
        return left[node];
    }

    public int right(int node) {
        return right[node];
    }

    public double value(int node) {
        return value[node];
    }
}
