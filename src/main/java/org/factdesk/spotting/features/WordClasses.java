package org.factdesk.spotting.features;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The word lists of {@code spotting/word-classes.txt}: lists the hand cues read, and classes that are features of their own. */
public final class WordClasses {

    public static final String RESOURCE = "spotting/word-classes.txt";

    /** Membership is a bit per section in one long, so a token costs one map lookup however many lists it is on. */
    private static final int MAX_SECTIONS = Long.SIZE;

    private final List<String> sections;
    private final List<String> featureClasses;
    private final long featureMask;
    private final Map<String, Long> masks;

    private WordClasses(List<String> sections, List<String> featureClasses, long featureMask, Map<String, Long> masks) {
        this.sections = List.copyOf(sections);
        this.featureClasses = List.copyOf(featureClasses);
        this.featureMask = featureMask;
        this.masks = Map.copyOf(masks);
    }

    /** The shipped lists, read once. */
    public static WordClasses shipped() {
        return Shipped.INSTANCE;
    }

    /** Bit {@code 1L << section(name)} is set for each list the lower-case word is on. */
    public long mask(String word) {
        Long m = masks.get(word);
        return m == null ? 0L : m;
    }

    /** The bit position of a section; a missing section is a broken data file, so it fails loudly. */
    public int section(String name) {
        int i = sections.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException(RESOURCE + " has no section " + name);
        }
        return i;
    }

    /** The {@code [class ...]} sections in file order; each is the feature {@code c:NAME}. */
    public List<String> featureClasses() {
        return featureClasses;
    }

    /** The bits of the {@code [class ...]} sections. */
    long featureMask() {
        return featureMask;
    }

    /** Bit positions of the {@code [class ...]} sections, in the order of {@link #featureClasses()}. */
    int[] featureSections() {
        return featureClasses.stream().mapToInt(this::section).toArray();
    }

    static WordClasses read(InputStream in) throws IOException {
        List<String> sections = new ArrayList<>();
        List<String> featureClasses = new ArrayList<>();
        Map<String, Long> masks = new HashMap<>();
        long featureMask = 0;
        int current = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("[") && s.endsWith("]")) {
                    String[] head = s.substring(1, s.length() - 1).strip().split("\\s+");
                    if (head.length != 2 || !(head[0].equals("cue") || head[0].equals("class")) || sections.contains(head[1])) {
                        throw new IOException("bad or repeated section header: " + s);
                    }
                    current = sections.size();
                    if (current >= MAX_SECTIONS) {
                        throw new IOException("more than " + MAX_SECTIONS + " sections");
                    }
                    sections.add(head[1]);
                    if (head[0].equals("class")) {
                        featureClasses.add(head[1]);
                        featureMask |= 1L << current;
                    }
                    continue;
                }
                if (current < 0) {
                    throw new IOException("words before the first section: " + s);
                }
                long bit = 1L << current;
                for (String word : s.split("\\s+")) {
                    masks.merge(word, bit, (a, b) -> a | b);
                }
            }
        }
        return new WordClasses(sections, featureClasses, featureMask, masks);
    }

    /** Holder idiom: the file is read on first use, once, without locking afterwards. */
    private static final class Shipped {
        static final WordClasses INSTANCE = load();

        private static WordClasses load() {
            try (InputStream in = WordClasses.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing classpath resource " + RESOURCE);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
