package org.factdesk.scale;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * What run.sh searches for, taken from the statements as they were seeded: how many statements each word is in,
 * and a sample of statements to draw two-word pairs and three-word phrases from. Written as
 * {@code kind<TAB>text} lines: {@code word} (in many statements), {@code rare} (in a few), {@code pair},
 * {@code phrase} and {@code prefix} (the first letters of a frequent word).
 */
final class CorpusSample {

    static final String FILE = "scale-words.txt";

    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
        "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then",
        "there", "these", "they", "this", "to", "was", "will", "with", "had", "has", "have", "its", "we", "than",
        "said", "per", "more", "since", "over", "last", "year", "after", "which", "while", "every", "now", "who");

    private final Map<String, int[]> documentFrequency = new HashMap<>();
    private final List<String> sampled = new ArrayList<>();
    private final Random random = new Random(5);
    private long seen;

    /** Counts the statement's words and keeps about one statement in 50 (at most 20,000). */
    void add(String statement) {
        seen++;
        Set<String> words = new LinkedHashSet<>(tokens(statement));
        for (String w : words) {
            // Words only: figures such as "634m" are too rare or too odd to search for.
            if (w.length() > 2 && !STOP.contains(w) && w.chars().noneMatch(Character::isDigit)) {
                documentFrequency.computeIfAbsent(w, k -> new int[1])[0]++;
            }
        }
        if (sampled.size() < 20_000) {
            if (random.nextInt(50) == 0 || seen < 200) {
                sampled.add(statement);
            }
        } else if (random.nextInt(200) == 0) {
            sampled.set(random.nextInt(sampled.size()), statement);
        }
    }

    /** Lower-case words of letters and digits; apostrophes and hyphens split words, as most analyzers do. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(Character.toLowerCase(cp));
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    void write(Writer out) throws IOException {
        List<Map.Entry<String, int[]>> byFrequency = new ArrayList<>(documentFrequency.entrySet());
        byFrequency.sort((a, b) -> b.getValue()[0] != a.getValue()[0] ? Integer.compare(b.getValue()[0],
                a.getValue()[0]) : a.getKey().compareTo(b.getKey()));
        out.write("# Search terms from the seeded statements (kind<TAB>text), read by bench/scale/run.sh.\n");
        out.write("# " + seen + " statements; " + documentFrequency.size() + " distinct words.\n");
        List<String> frequent = new ArrayList<>();
        for (Map.Entry<String, int[]> e : byFrequency) {
            if (frequent.size() == 300) {
                break;
            }
            frequent.add(e.getKey());
        }
        for (String w : frequent) {
            out.write("word\t" + w + "\n");
        }
        // Rare: in at least 2 statements (so a search finds something) and at most 1 in 5,000 of them.
        long rareLimit = Math.max(3, seen / 5000);
        List<String> rare = new ArrayList<>();
        for (Map.Entry<String, int[]> e : byFrequency) {
            int df = e.getValue()[0];
            if (df >= 2 && df <= rareLimit) {
                rare.add(e.getKey());
            }
        }
        Collections.shuffle(rare, random);
        for (String w : rare.subList(0, Math.min(300, rare.size()))) {
            out.write("rare\t" + w + "\n");
        }
        Set<String> pairs = new LinkedHashSet<>();
        Set<String> phrases = new LinkedHashSet<>();
        List<String> statements = new ArrayList<>(sampled);
        Collections.shuffle(statements, random);
        for (String s : statements) {
            // Phrases never cross punctuation, so they are words a reader sees side by side.
            for (String segment : s.split("[,.;:“”\"()!?]")) {
                List<String> t = tokens(segment);
                if (t.size() >= 3 && phrases.size() < 300) {
                    int i = random.nextInt(t.size() - 2);
                    phrases.add(t.get(i) + " " + t.get(i + 1) + " " + t.get(i + 2));
                }
                List<String> content = t.stream().filter(w -> w.length() > 2 && !STOP.contains(w)
                        && w.chars().noneMatch(Character::isDigit)).toList();
                if (content.size() >= 2 && pairs.size() < 300) {
                    int i = random.nextInt(content.size() - 1);
                    pairs.add(content.get(i) + " " + content.get(i + 1 + random.nextInt(content.size() - i - 1)));
                }
            }
            if (pairs.size() >= 300 && phrases.size() >= 300) {
                break;
            }
        }
        for (String p : pairs) {
            out.write("pair\t" + p + "\n");
        }
        for (String p : phrases) {
            out.write("phrase\t" + p + "\n");
        }
        Set<String> prefixes = new LinkedHashSet<>();
        for (String w : frequent) {
            if (w.length() >= 6 && prefixes.size() < 100) {
                prefixes.add(w.substring(0, 4 + w.length() % 2).toLowerCase(Locale.ROOT));
            }
        }
        for (String p : prefixes) {
            out.write("prefix\t" + p + "\n");
        }
    }
}
