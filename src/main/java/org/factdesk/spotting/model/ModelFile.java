package org.factdesk.spotting.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.factdesk.spotting.features.ContextFeatures;
import org.factdesk.spotting.features.FeatureExtractor;

/**
 * Reads and writes the model as tab-separated text: {@code setting NAME VALUE}, {@code weight FEATURE VALUE},
 * then each tree as {@code tree}, followed by its nodes ({@code split FEATURE THRESHOLD LEFT RIGHT} or
 * {@code leaf VALUE}, numbered in file order from 0 across all trees). Lines starting with '#' are comments.
 */
public final class ModelFile {

    public static final String RESOURCE = "spotting/model.tsv";

    private ModelFile() {
    }

    /** The shipped model, read once over the shipped feature layout. */
    public static CheckWorthinessModel shipped() {
        return Shipped.INSTANCE;
    }

    /** The dense layout the shipped feature extractor produces. */
    public static List<String> shippedLayout() {
        return ContextFeatures.names(FeatureExtractor.shipped().names());
    }

    /**
     * Reads a model for the given dense layout. A dense feature the layout lacks means the file was fitted on
     * other features; it fails rather than score with half a model.
     */
    public static CheckWorthinessModel read(InputStream in, List<String> layout) throws IOException {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < layout.size(); i++) {
            index.put(layout.get(i), i);
        }
        Map<String, Double> settings = new HashMap<>();
        double[] dense = new double[layout.size()];
        Map<String, Double> terms = new HashMap<>();
        List<Integer> roots = new ArrayList<>();
        List<double[]> nodes = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNumber++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                try {
                    switch (f[0]) {
                        case "setting" -> settings.put(f[1], Double.parseDouble(f[2]));
                        case "weight" -> {
                            Integer i = index.get(f[1]);
                            if (i != null) {
                                dense[i] = Double.parseDouble(f[2]);
                            } else if (f[1].startsWith("w:") || f[1].startsWith("b:")) {
                                terms.put(f[1], Double.parseDouble(f[2]));
                            } else {
                                throw new IOException("feature " + f[1] + " is not in this extractor's layout");
                            }
                        }
                        case "tree" -> roots.add(nodes.size());
                        case "split" -> nodes.add(new double[] {feature(index, f[1]), Double.parseDouble(f[2]),
                            Integer.parseInt(f[3]), Integer.parseInt(f[4]), 0});
                        case "leaf" -> nodes.add(new double[] {-1, 0, -1, -1, Double.parseDouble(f[1])});
                        default -> throw new IOException("unknown line kind " + f[0]);
                    }
                } catch (RuntimeException e) {
                    throw new IOException("line " + lineNumber + ": " + line, e);
                }
            }
        }
        return new CheckWorthinessModel(layout, settings.getOrDefault("bias", 0.0), dense, terms, trees(roots, nodes),
                settings.getOrDefault("tree-weight", 0.0), settings.getOrDefault("smoothing", 0.0),
                settings.getOrDefault("centre", 0.0));
    }

    private static int feature(Map<String, Integer> index, String name) throws IOException {
        Integer i = index.get(name);
        if (i == null) {
            throw new IOException("tree feature " + name + " is not in this extractor's layout");
        }
        return i;
    }

    private static TreeEnsemble trees(List<Integer> roots, List<double[]> nodes) {
        int n = nodes.size();
        int[] feature = new int[n];
        double[] threshold = new double[n];
        int[] left = new int[n];
        int[] right = new int[n];
        double[] value = new double[n];
        for (int i = 0; i < n; i++) {
            double[] node = nodes.get(i);
            feature[i] = (int) node[0];
            threshold[i] = node[1];
            left[i] = (int) node[2];
            right[i] = (int) node[3];
            value[i] = node[4];
        }
        return new TreeEnsemble(roots.stream().mapToInt(Integer::intValue).toArray(), feature, threshold, left, right, value);
    }

    /** Writes {@code model} after the given comment lines; weights in name order so refits diff cleanly. */
    public static void write(CheckWorthinessModel model, List<String> comments, Writer out) throws IOException {
        for (String c : comments) {
            out.write("# " + c + "\n");
        }
        setting(out, "bias", model.bias());
        setting(out, "tree-weight", model.treeWeight());
        setting(out, "smoothing", model.smoothing());
        setting(out, "centre", model.centre());
        Map<String, Double> weights = new TreeMap<>(model.terms());
        List<String> layout = model.layout();
        for (int i = 0; i < layout.size(); i++) {
            if (model.weight(i) != 0) {
                weights.put(layout.get(i), model.weight(i));
            }
        }
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            out.write("weight\t" + e.getKey() + "\t" + number(e.getValue()) + "\n");
        }
        TreeEnsemble t = model.trees();
        for (int k = 0; k < t.trees(); k++) {
            int from = t.root(k);
            int to = k + 1 < t.trees() ? t.root(k + 1) : t.nodes();
            out.write("tree\n");
            for (int i = from; i < to; i++) {
                if (t.feature(i) < 0) {
                    out.write("leaf\t" + number(t.value(i)) + "\n");
                } else {
                    out.write("split\t" + layout.get(t.feature(i)) + "\t" + t.threshold(i) + "\t" + t.left(i) + "\t"
                            + t.right(i) + "\n");
                }
            }
        }
    }

    private static void setting(Writer out, String name, double value) throws IOException {
        out.write("setting\t" + name + "\t" + value + "\n");
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.5f", v);
    }

    /** Holder idiom: the file is read on first use, once. */
    private static final class Shipped {
        static final CheckWorthinessModel INSTANCE = load();

        private static CheckWorthinessModel load() {
            try (InputStream in = ModelFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing classpath resource " + RESOURCE);
                }
                return read(in, shippedLayout());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
