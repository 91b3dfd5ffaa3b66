package org.factdesk.spotting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Bylines, picture credits and captions, copyright lines and page furniture, from the phrases in
 * {@code spotting/boilerplate.txt}: they carry dates and names but are never claims.
 */
final class Boilerplate {

    static final String RESOURCE = "spotting/boilerplate.txt";

    /** A caption paragraph is a line or two; a credit inside a long run (a transcript) condemns only itself. */
    private static final int MAX_CAPTION_SENTENCES = 3;
    private static final int MAX_BYLINE_WORDS = 16;

    /** Words that follow "By" at the start of a real sentence ("By March, prices had doubled"), never a name. */
    private static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "contrast", "comparison", "law");

    private static final Map<String, List<String>> PHRASES = load();

    private Boilerplate() {
    }

    /** Which of the sentences (in body order, with their paragraph starts) are boilerplate. */
    static boolean[] of(List<String> sentences, boolean[] runStarts) {
        int n = sentences.size();
        boolean[] out = new boolean[n];
        int runStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || (i > 0 && runStarts[i])) {
                markCaption(sentences, runStart, i, out);
                runStart = i;
            }
            if (i < n) {
                out[i] |= matches(sentences.get(i));
            }
        }
        return out;
    }

    private static void markCaption(List<String> sentences, int from, int to, boolean[] out) {
        if (to - from > MAX_CAPTION_SENTENCES) {
            return;
        }
        for (int i = from; i < to; i++) {
            if (containsAny(sentences.get(i).toLowerCase(Locale.ROOT), "credit")) {
                for (int j = from; j < to; j++) {
                    out[j] = true;
                }
                return;
            }
        }
    }

    /** Whether one sentence on its own is boilerplate. */
    static boolean matches(String sentence) {
        String whole = sentence.strip();
        int i = 0;
        while (i < whole.length() && !Character.isLetterOrDigit(whole.charAt(i)) && whole.charAt(i) != '©') {
            i++;
        }
        // Leading quotes, brackets and Markdown emphasis hide neither "(Photo: ...)" nor "*By ...*".
        String s = whole.substring(i);
        String lower = s.toLowerCase(Locale.ROOT);
        return startsWithAny(lower, "starts-with") || startsWithAny(whole.toLowerCase(Locale.ROOT), "starts-with")
                || startsWithAny(s, "starts-with-exact-case") || containsAny(lower, "contains")
                || endsWithAny(whole, "ends-with-exact-case") || isByline(s, lower);
    }

    private static boolean isByline(String s, String lower) {
        for (String p : PHRASES.get("byline")) {
            if (lower.startsWith(p + " ") && lower.length() > p.length() + 1) {
                String rest = s.substring(p.length() + 1);
                String next = rest.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
                return Character.isUpperCase(rest.charAt(0)) && !NOT_NAMES.contains(next) && !s.endsWith(".")
                        && s.split("\\s+").length <= MAX_BYLINE_WORDS;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String s, String section) {
        return PHRASES.get(section).stream().anyMatch(s::startsWith);
    }

    private static boolean containsAny(String s, String section) {
        return PHRASES.get(section).stream().anyMatch(s::contains);
    }

    private static boolean endsWithAny(String s, String section) {
        return PHRASES.get(section).stream().anyMatch(s::endsWith);
    }

    /** Reads the sections; phrases keep their spaces (a trailing one says "a word ends here"). */
    static Map<String, List<String>> read(InputStream in) throws IOException {
        Map<String, List<String>> sections = new HashMap<>();
        List<String> current = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.strip().endsWith("]")) {
                    current = sections.computeIfAbsent(line.strip().substring(1, line.strip().length() - 1), k -> new ArrayList<>());
                } else if (current == null) {
                    throw new IOException("phrase before the first section: " + line);
                } else {
                    current.add(line);
                }
            }
        }
        for (String needed : List.of("starts-with", "starts-with-exact-case", "contains", "credit", "ends-with-exact-case", "byline")) {
            if (!sections.containsKey(needed)) {
                throw new IOException(RESOURCE + " has no section " + needed);
            }
        }
        return sections;
    }

    private static Map<String, List<String>> load() {
        try (InputStream in = Boilerplate.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return Map.copyOf(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
