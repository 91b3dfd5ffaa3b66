package org.factdesk.history;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.web.HtmlEscape;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import io.quarkus.qute.RawString;

/**
 * A word-level diff of two texts as HTML: the unchanged words as they are, removed runs in {@code <del>}, added
 * runs in {@code <ins>}, every piece escaped. Texts are split into words and the white space between them, so a
 * changed word is shown as a word, not as a changed line or a scatter of letters.
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\s+|\\S+");

    /**
     * Past this many differing tokens on both sides the edit is a rewrite: showing it as one removal and one
     * addition is both clearer and bounded in time (Myers' diff grows with the product of the differences).
     */
    static final int MAX_DIFF_TOKENS = 5_000;

    private WordDiff() {
    }

    /** The diff of {@code before} and {@code after} (either may be null, read as empty) as safe HTML. */
    public static RawString html(String before, String after) {
        StringBuilder sb = new StringBuilder();
        for (Run run : runs(before, after)) {
            switch (run.kind()) {
                case SAME -> HtmlEscape.escape(sb, run.text());
                case REMOVED -> HtmlEscape.escape(sb.append("<del>"), run.text()).append("</del>");
                case ADDED -> HtmlEscape.escape(sb.append("<ins>"), run.text()).append("</ins>");
            }
        }
        return new RawString(sb.toString());
    }

    /** What a run of text is in the diff. */
    enum Kind {
        SAME, REMOVED, ADDED
    }

    /** A run of tokens that are all kept, all removed or all added. */
    record Run(Kind kind, String text) {
    }

    /**
     * The diff as runs in reading order: at each change the removed text comes before the added text. Two changes
     * separated only by white space become one, so "the rate fell" → "the figure rose" reads as one replaced
     * phrase, not word by word.
     */
    static List<Run> runs(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> oldMiddle = a.subList(prefix, a.size() - suffix);
        List<String> newMiddle = b.subList(prefix, b.size() - suffix);
        List<Segment> segments = new ArrayList<>();
        segments.add(Segment.same(a.subList(0, prefix)));
        if (oldMiddle.size() > MAX_DIFF_TOKENS && newMiddle.size() > MAX_DIFF_TOKENS) {
            segments.add(new Segment(oldMiddle, newMiddle));
        } else {
            int position = 0;
            for (AbstractDelta<String> delta : DiffUtils.diff(oldMiddle, newMiddle).getDeltas()) {
                int start = delta.getSource().getPosition();
                segments.add(Segment.same(oldMiddle.subList(position, start)));
                segments.add(new Segment(delta.getSource().getLines(), delta.getTarget().getLines()));
                position = start + delta.getSource().size();
            }
            segments.add(Segment.same(oldMiddle.subList(position, oldMiddle.size())));
        }
        segments.add(Segment.same(a.subList(a.size() - suffix, a.size())));
        return toRuns(merge(segments));
    }

    /** Splits into alternating runs of white space and of other characters; joined, they give the text back. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Kept tokens (removed == added) or a change (removed tokens replaced by added tokens). */
    private record Segment(List<String> removed, List<String> added, boolean same) {
        Segment(List<String> removed, List<String> added) {
            this(removed, added, false);
        }

        static Segment same(List<String> tokens) {
            return new Segment(tokens, tokens, true);
        }

        boolean empty() {
            return removed.isEmpty() && added.isEmpty();
        }

        boolean blank() {
            return removed.stream().allMatch(String::isBlank);
        }
    }

    /** Drops empty segments and folds white space kept between two changes into one change. */
    private static List<Segment> merge(List<Segment> segments) {
        List<Segment> kept = segments.stream().filter(s -> !s.empty()).toList();
        List<Segment> merged = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Segment s = kept.get(i);
            Segment last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            boolean bridge = s.same() && s.blank() && last != null && !last.same() && i + 1 < kept.size()
                    && !kept.get(i + 1).same();
            if (bridge) {
                Segment next = kept.get(++i);
                merged.set(merged.size() - 1, new Segment(concat(last.removed(), s.removed(), next.removed()),
                        concat(last.added(), s.added(), next.added())));
            } else if (!s.same() && last != null && !last.same()) {
                merged.set(merged.size() - 1, new Segment(concat(last.removed(), s.removed(), List.of()),
                        concat(last.added(), s.added(), List.of())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    private static List<Run> toRuns(List<Segment> segments) {
        List<Run> runs = new ArrayList<>();
        for (Segment s : segments) {
            if (s.same()) {
                runs.add(new Run(Kind.SAME, String.join("", s.removed())));
                continue;
            }
            if (!s.removed().isEmpty()) {
                runs.add(new Run(Kind.REMOVED, String.join("", s.removed())));
            }
            if (!s.added().isEmpty()) {
                runs.add(new Run(Kind.ADDED, String.join("", s.added())));
            }
        }
        return runs;
    }

    private static List<String> concat(List<String> first, List<String> second, List<String> third) {
        List<String> all = new ArrayList<>(first.size() + second.size() + third.size());
        all.addAll(first);
        all.addAll(second);
        all.addAll(third);
        return all;
    }
}
