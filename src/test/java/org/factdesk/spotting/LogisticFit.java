package org.factdesk.spotting;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fits the scorer's logistic weight table with class weighting and separate L2 strengths for cues and words. */
final class LogisticFit {

    /**
     * The knobs of one fit. Words and word pairs get a much stronger penalty than the hand cues so
     * that only vocabulary that recurs across debates earns a weight.
     */
    record Settings(double cueL2, double wordL2, int minCount, double positiveWeight, int iterations, double learningRate,
            double minWordWeight) {

        static Settings defaults() {
            return new Settings(1e-3, 3e-3, 3, 1.0, 400, 0.05, 0.02);
        }
    }

    private LogisticFit() {
    }

    /** Returns feature name to weight (including {@code bias}) fitted on the given examples. */
    static Map<String, Double> fit(List<Map<String, Double>> examples, List<Boolean> labels, Settings s) {
        Map<String, Integer> counts = new HashMap<>();
        for (Map<String, Double> ex : examples) {
            for (String name : ex.keySet()) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        index.put(CheckWorthinessScorer.BIAS, 0);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getKey().startsWith("f:") || e.getValue() >= s.minCount()) {
                index.put(e.getKey(), index.size());
            }
        }
        int dims = index.size();
        String[] names = new String[dims];
        double[] l2 = new double[dims];
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            names[e.getValue()] = e.getKey();
            l2[e.getValue()] = e.getKey().equals(CheckWorthinessScorer.BIAS) ? 0 : e.getKey().startsWith("f:") ? s.cueL2() : s.wordL2();
        }
        int m = examples.size();
        int[][] idx = new int[m][];
        double[][] val = new double[m][];
        double[] y = new double[m];
        double[] c = new double[m];
        double total = 0;
        for (int i = 0; i < m; i++) {
            Map<String, Double> ex = examples.get(i);
            int[] ii = new int[ex.size() + 1];
            double[] vv = new double[ex.size() + 1];
            int k = 0;
            ii[k] = 0;
            vv[k++] = 1.0;
            for (Map.Entry<String, Double> e : ex.entrySet()) {
                Integer j = index.get(e.getKey());
                if (j != null) {
                    ii[k] = j;
                    vv[k++] = e.getValue();
                }
            }
            idx[i] = Arrays.copyOf(ii, k);
            val[i] = Arrays.copyOf(vv, k);
            y[i] = labels.get(i) ? 1 : 0;
            c[i] = labels.get(i) ? s.positiveWeight() : 1.0;
            total += c[i];
        }
        // Full-batch Adam: deterministic, and the exact L2 penalty needs no lazy-update tricks.
        double[] w = new double[dims];
        double[] g = new double[dims];
        double[] m1 = new double[dims];
        double[] m2 = new double[dims];
        double b1 = 0.9;
        double b2 = 0.999;
        for (int it = 1; it <= s.iterations(); it++) {
            for (int j = 0; j < dims; j++) {
                g[j] = l2[j] * w[j];
            }
            for (int i = 0; i < m; i++) {
                double z = 0;
                int[] ii = idx[i];
                double[] vv = val[i];
                for (int k = 0; k < ii.length; k++) {
                    z += w[ii[k]] * vv[k];
                }
                double p = 1.0 / (1.0 + Math.exp(-z));
                double r = c[i] * (p - y[i]) / total;
                for (int k = 0; k < ii.length; k++) {
                    g[ii[k]] += r * vv[k];
                }
            }
            double lr = s.learningRate() * Math.sqrt(1 - Math.pow(b2, it)) / (1 - Math.pow(b1, it));
            for (int j = 0; j < dims; j++) {
                m1[j] = b1 * m1[j] + (1 - b1) * g[j];
                m2[j] = b2 * m2[j] + (1 - b2) * g[j] * g[j];
                w[j] -= lr * m1[j] / (Math.sqrt(m2[j]) + 1e-8);
            }
        }
        Map<String, Double> out = new HashMap<>();
        for (int j = 0; j < dims; j++) {
            if (j == 0 || names[j].startsWith("f:") || Math.abs(w[j]) >= s.minWordWeight()) {
                out.put(names[j], w[j]);
            }
        }
        return out;
    }
}
