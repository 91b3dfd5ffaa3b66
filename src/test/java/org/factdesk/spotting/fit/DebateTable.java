package org.factdesk.spotting.fit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.factdesk.spotting.SentenceSpan;
import org.factdesk.spotting.SentenceSplitter;
import org.factdesk.spotting.features.ContextFeatures;
import org.factdesk.spotting.features.FeatureExtractor;
import org.factdesk.spotting.features.SentenceFeatures;

/**
 * One debate as the desk sees it: imported as an article with one transcript line per line and no speaker
 * column, split by the desk's splitter, each sentence turned into features once and labelled from its lines.
 */
final class DebateTable {

    /** How many dense features a sentence has of its own; the rest of its vector describes its neighbours. */
    static final int OWN = FeatureExtractor.shipped().names().size();

    final String name;
    final String text;
    final boolean[] lineLabels;
    final int[] lineStarts;
    final List<SentenceSpan> spans;
    final int[] firstLine;
    final int[] lastLine;
    final boolean[] labels;
    final boolean[] runStarts;
    final double[][] x;
    final int[][] terms;

    private DebateTable(String name, String text, boolean[] lineLabels, int[] lineStarts, List<SentenceSpan> spans,
            TermDictionary dictionary) {
        this.name = name;
        this.text = text;
        this.lineLabels = lineLabels;
        this.lineStarts = lineStarts;
        this.spans = List.copyOf(spans);
        int n = spans.size();
        firstLine = new int[n];
        lastLine = new int[n];
        labels = new boolean[n];
        terms = new int[n][];
        List<SentenceFeatures> features = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SentenceSpan s = spans.get(i);
            firstLine[i] = lineAt(s.start());
            lastLine[i] = lineAt(s.end() - 1);
            for (int l = firstLine[i]; l <= lastLine[i]; l++) {
                labels[i] |= lineLabels[l];
            }
            SentenceFeatures f = FeatureExtractor.shipped().extract(s.text(text));
            features.add(f);
            terms[i] = Arrays.stream(f.terms()).mapToInt(dictionary::id).toArray();
        }
        runStarts = SentenceSplitter.paragraphStarts(text, spans);
        x = ContextFeatures.of(features, runStarts);
    }

    /** Imports the debate the way a pasted article is stored: NFC, no trailing spaces, lines joined by line breaks. */
    static DebateTable of(CheckWorthinessData.Debate debate, TermDictionary dictionary) {
        List<CheckWorthinessData.Line> lines = debate.lines();
        StringBuilder sb = new StringBuilder();
        int[] starts = new int[lines.size()];
        boolean[] labels = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            starts[i] = sb.length();
            sb.append(Normalizer.normalize(lines.get(i).text(), Normalizer.Form.NFC).stripTrailing());
            labels[i] = lines.get(i).checkWorthy();
        }
        String text = sb.toString();
        return new DebateTable(debate.name(), text, labels, starts, new SentenceSplitter().split(text), dictionary);
    }

    int sentences() {
        return spans.size();
    }

    int lines() {
        return lineLabels.length;
    }

    int positives() {
        int p = 0;
        for (boolean b : lineLabels) {
            p += b ? 1 : 0;
        }
        return p;
    }

    /** The transcript line holding character {@code offset}. */
    int lineAt(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * Line scores from sentence scores given in the order of {@link #spans}: a line scores as its best sentence,
     * as a fact-checker reading the ranked list meets it; a line with no sentence ranks last.
     */
    double[] lineScores(double[] sentenceScores) {
        double[] out = new double[lines()];
        Arrays.fill(out, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < sentenceScores.length; i++) {
            for (int l = firstLine[i]; l <= lastLine[i]; l++) {
                out[l] = Math.max(out[l], sentenceScores[i]);
            }
        }
        return out;
    }
}
