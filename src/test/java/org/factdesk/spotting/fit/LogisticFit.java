package org.factdesk.spotting.fit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Fits the logistic part of the model: L2-regularised, full-batch Adam (deterministic), with its own penalty for
 * the dense features and for words and word pairs, which only enter when they occur in enough training sentences.
 */
final class LogisticFit {

    /**
     * The knobs of one fit. {@code words} adds words and word pairs occurring in at least {@code minCount}
     * training sentences; {@code context} adds the neighbours' features and the run flags.
     */
    record Settings(boolean words, boolean context, int minCount, double cueL2, double wordL2, int iterations,
            double learningRate, double minWordWeight) {

        static Settings of(boolean words, boolean context, int minCount, double wordL2) {
            return new Settings(words, context, minCount, 1e-3, wordL2, 400, 0.05, 0.02);
        }

        String describe() {
            return String.format(Locale.ROOT, "logistic[%s%s]", context ? "cues+context" : "cues",
                    words ? String.format(Locale.ROOT, "+words(min %d, l2 %.0e)", minCount, wordL2) : "");
        }
    }

    /** A fitted logistic part: weights by dense index and by term id in the shared dictionary. */
    record Fitted(double bias, double[] dense, double[] terms) {

        double logit(DebateTable t, int i) {
            double z = bias;
            double[] x = t.x[i];
            for (int j = 0; j < x.length; j++) {
                if (x[j] != 0) {
                    z += dense[j] * x[j];
                }
            }
            for (int id : t.terms[i]) {
                if (id < terms.length) {
                    z += terms[id];
                }
            }
            return z;
        }

        double[] logits(DebateTable t) {
            double[] z = new double[t.sentences()];
            for (int i = 0; i < z.length; i++) {
                z[i] = logit(t, i);
            }
            return z;
        }
    }

    private LogisticFit() {
    }

    static Fitted fit(List<DebateTable> train, Settings s, int dictionarySize) {
        int fullDense = train.get(0).x[0].length;
        int dense = s.context() ? fullDense : DebateTable.OWN;
        int[] column = termColumns(train, s, dictionarySize, dense);
        int columns = dense;
        for (int c : column) {
            columns = Math.max(columns, c + 1);
        }
        int rows = 0;
        int nonZeros = 0;
        for (DebateTable t : train) {
            rows += t.sentences();
            for (int i = 0; i < t.sentences(); i++) {
                for (int j = 0; j < dense; j++) {
                    nonZeros += t.x[i][j] != 0 ? 1 : 0;
                }
                for (int id : t.terms[i]) {
                    nonZeros += column[id] >= 0 ? 1 : 0;
                }
            }
        }
        int[] start = new int[rows + 1];
        int[] col = new int[nonZeros];
        double[] val = new double[nonZeros];
        double[] y = new double[rows];
        int r = 0;
        int k = 0;
        for (DebateTable t : train) {
            for (int i = 0; i < t.sentences(); i++) {
                start[r] = k;
                for (int j = 0; j < dense; j++) {
                    if (t.x[i][j] != 0) {
                        col[k] = j;
                        val[k++] = t.x[i][j];
                    }
                }
                for (int id : t.terms[i]) {
                    if (column[id] >= 0) {
                        col[k] = column[id];
                        val[k++] = 1;
                    }
                }
                y[r++] = t.labels[i] ? 1 : 0;
            }
        }
        start[rows] = k;
        double[] l2 = new double[columns];
        for (int j = 0; j < columns; j++) {
            l2[j] = j < dense ? s.cueL2() : s.wordL2();
        }
        double[] w = new double[columns + 1];
        adam(start, col, val, y, l2, w, s);
        double[] denseOut = new double[fullDense];
        System.arraycopy(w, 0, denseOut, 0, dense);
        double[] termsOut = new double[dictionarySize];
        for (int id = 0; id < dictionarySize; id++) {
            if (column[id] >= 0 && Math.abs(w[column[id]]) >= s.minWordWeight()) {
                termsOut[id] = w[column[id]];
            }
        }
        return new Fitted(w[columns], denseOut, termsOut);
    }

    /** Column of each term id, or -1 when the settings leave it out; counted over training sentences only. */
    private static int[] termColumns(List<DebateTable> train, Settings s, int dictionarySize, int firstColumn) {
        int[] column = new int[dictionarySize];
        Arrays.fill(column, -1);
        if (!s.words()) {
            return column;
        }
        int[] count = new int[dictionarySize];
        int[] lastSeen = new int[dictionarySize];
        Arrays.fill(lastSeen, -1);
        int row = 0;
        for (DebateTable t : train) {
            for (int i = 0; i < t.sentences(); i++, row++) {
                for (int id : t.terms[i]) {
                    if (lastSeen[id] != row) {
                        lastSeen[id] = row;
                        count[id]++;
                    }
                }
            }
        }
        int next = firstColumn;
        for (int id = 0; id < dictionarySize; id++) {
            if (count[id] >= s.minCount()) {
                column[id] = next++;
            }
        }
        return column;
    }

    /** Full-batch Adam on the mean log-loss plus the L2 penalty; the bias is the last weight and is not penalised. */
    private static void adam(int[] start, int[] col, double[] val, double[] y, double[] l2, double[] w, Settings s) {
        int rows = y.length;
        int columns = l2.length;
        int bias = columns;
        double[] g = new double[columns + 1];
        double[] m1 = new double[columns + 1];
        double[] m2 = new double[columns + 1];
        double b1 = 0.9;
        double b2 = 0.999;
        for (int it = 1; it <= s.iterations(); it++) {
            for (int j = 0; j < columns; j++) {
                g[j] = l2[j] * w[j];
            }
            g[bias] = 0;
            for (int i = 0; i < rows; i++) {
                double z = w[bias];
                for (int k = start[i]; k < start[i + 1]; k++) {
                    z += w[col[k]] * val[k];
                }
                double residual = (1.0 / (1.0 + Math.exp(-z)) - y[i]) / rows;
                for (int k = start[i]; k < start[i + 1]; k++) {
                    g[col[k]] += residual * val[k];
                }
                g[bias] += residual;
            }
            double lr = s.learningRate() * Math.sqrt(1 - Math.pow(b2, it)) / (1 - Math.pow(b1, it));
            for (int j = 0; j <= columns; j++) {
                m1[j] = b1 * m1[j] + (1 - b1) * g[j];
                m2[j] = b2 * m2[j] + (1 - b2) * g[j] * g[j];
                w[j] -= lr * m1[j] / (Math.sqrt(m2[j]) + 1e-8);
            }
        }
    }
}
