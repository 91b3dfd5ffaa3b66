package org.factdesk.spotting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Splits article text into sentences with exact offsets: ICU's sentence rules for the text's language, corrected for
 * news copy. English (and text of unknown language) also gets this class's own rules for titles, abbreviations and
 * initials; another language gets ICU's list of that language's abbreviations instead, where ICU has one, and the
 * corrections that read no words: web addresses, copyright lines, hard-wrapped lines and quoted questions.
 */
public final class SentenceSplitter {

    /** Titles always precede a name, so a break after them is never a sentence end. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "mx", "dr", "prof", "gov", "sen", "rep", "gen", "col", "lt", "sgt",
            "capt", "cmdr", "adm", "maj", "rev", "hon", "messrs", "mme", "mlle", "supt", "insp", "pres");

    /**
     * Abbreviations that may end a sentence ("...moved to the U.S."), so a break after them stays
     * only when a typical sentence opener follows.
     */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "univ", "p", "pp", "fig", "figs", "no", "nos", "st", "ste", "inc", "ltd", "co", "corp", "plc",
            "vs", "etc", "approx", "est", "dept", "vol", "jr", "sr", "ave", "blvd", "rd", "mt", "ft",
            "cf", "al", "ed", "eds", "govt", "intl", "assn", "bros", "ca", "min", "max", "op", "cit",
            "ch", "sec", "art", "para", "tel", "ext", "dist", "mln", "bn", "mn", "yr", "yrs", "hr", "hrs");

    /** Capitalised words that usually open a sentence rather than continue a name or a date. */
    private static final Set<String> OPENERS = Set.of(
            "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their",
            "Our", "My", "Your", "This", "That", "These", "Those", "There", "Here", "But", "And", "Or",
            "So", "Yet", "If", "When", "While", "Where", "After", "Before", "Since", "Although", "Though",
            "As", "In", "On", "At", "For", "From", "With", "By", "To", "Of", "Then", "Now", "Still",
            "However", "Meanwhile", "Some", "Many", "Most", "All", "What", "Why", "How", "Who", "Which",
            "Last", "Next", "Both", "Each", "Every", "Such", "Despite", "According", "Under", "Over",
            "During", "Instead", "Also", "Yesterday", "Today", "Tomorrow", "Officials", "Critics");

    /** Wrapped lines are long; a short line without a stop is a headline, caption or list item. */
    private static final int MIN_WRAPPED_LINE = 40;

    // For English, ICU's FilteredBreakIteratorBuilder (ss=standard) is not used: it drops every break after a listed
    // abbreviation, so "talks resume in Jan. The talks..." would become one sentence, and it lacks
    // newsroom titles such as "Gov.". Here the word after the abbreviation settles the question.
    private final BreakIterator prototype;
    private final boolean english;

    /** Splits English text. */
    public SentenceSplitter() {
        this(BreakIterator.getSentenceInstance(ULocale.ENGLISH), true);
    }

    private SentenceSplitter(BreakIterator prototype, boolean english) {
        this.prototype = prototype;
        this.english = english;
    }

    /**
     * Splits text in the language of {@code tag} (such as {@code ar} or {@code pt-BR}) by that language's ICU rules,
     * with ICU's abbreviations for it ({@code ss=standard}); English or unknown gets {@link #SentenceSplitter()}.
     */
    public static SentenceSplitter forLanguage(String tag) {
        if (Languages.readAsEnglish(tag)) {
            return new SentenceSplitter();
        }
        ULocale locale = Languages.sentenceLocale(tag).setKeywordValue("ss", "standard");
        return new SentenceSplitter(BreakIterator.getSentenceInstance(locale), false);
    }

    /** Returns the sentences of {@code text} in order, each trimmed of surrounding whitespace. */
    public List<SentenceSpan> split(String text) {
        List<SentenceSpan> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        // BreakIterator keeps per-text state, so each call works on its own copy.
        BreakIterator it = (BreakIterator) prototype.clone();
        it.setText(text);
        UrlRanges urls = new UrlRanges(text);
        int segmentStart = 0;
        int n = text.length();
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            if (b < n && !keepBreak(text, b, urls)) {
                continue;
            }
            // ICU counts every quotation mark as closing, so in "吗？“是的" the opening quote would
            // trail the question; it belongs to the sentence it opens.
            while (b < n && b - 1 > segmentStart && isOpeningQuote(text.charAt(b - 1))
                    && !Character.isWhitespace(text.charAt(b)) && isTerminatorOrCloser(text.charAt(b - 2))) {
                b--;
            }
            addTrimmed(text, segmentStart, b, out);
            segmentStart = b;
        }
        if (segmentStart < n) {
            addTrimmed(text, segmentStart, n, out);
        }
        return out;
    }

    /**
     * Which sentences open a paragraph: the first, and each one after a blank line. A transcript with one
     * sentence per line, or a hard-wrapped paragraph, stays one run, so the scorer reads neighbours across it.
     */
    public static boolean[] paragraphStarts(String text, List<SentenceSpan> spans) {
        boolean[] starts = new boolean[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            starts[i] = i == 0 || newlines(text, spans.get(i - 1).end(), spans.get(i).start()) >= 2;
        }
        return starts;
    }

    private static int newlines(String text, int from, int to) {
        int count = 0;
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                count++;
            }
        }
        return count;
    }

    private boolean keepBreak(String text, int b, UrlRanges urls) {
        int q = b - 1;
        while (q >= 0 && isHorizontalSpace(text.charAt(q))) {
            q--;
        }
        if (q < 0) {
            return false;
        }
        if (text.charAt(q) == '\n') {
            return !continuesWrappedLine(text, q, english);
        }
        if (urls.covers(b) || inCopyrightLine(text, b)) {
            return false;
        }
        int t = q;
        while (t >= 0 && isCloser(text.charAt(t))) {
            t--;
        }
        if (t < 0) {
            return true;
        }
        char terminator = text.charAt(t);
        int next = skipSpacesAndOpeners(text, b);
        if (terminator == '?' || terminator == '!') {
            // "Is it true?" he asked. -- the reporting clause belongs to the quoted question.
            return next >= text.length() || !Character.isLowerCase(text.codePointAt(next));
        }
        if (!english || terminator != '.' || t == 0 || text.charAt(t - 1) == '.') {
            return true;
        }
        int wordStart = t;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        if (wordStart == t) {
            return true;
        }
        String word = text.substring(wordStart, t);
        String lower = word.toLowerCase(Locale.ROOT);
        if (TITLES.contains(lower) && t == q) {
            return false;
        }
        if (ABBREVIATIONS.contains(lower) || isInitialism(word)) {
            return next < text.length() && OPENERS.contains(wordAt(text, next));
        }
        return true;
    }

    /** A copyright footer is boilerplate; kept whole it cannot pass for a checkable sentence. */
    private static boolean inCopyrightLine(String text, int b) {
        int i = text.lastIndexOf('\n', b - 1) + 1;
        while (i < b && isHorizontalSpace(text.charAt(i))) {
            i++;
        }
        return text.startsWith("©", i) || text.regionMatches(true, i, "copyright", 0, 9) || text.regionMatches(true, i, "(c) ", 0, 4);
    }

    /** "U.S", "a.m", "Ph.D", or a lone initial as in "J. Okafor". */
    private static boolean isInitialism(String word) {
        if (word.length() == 1) {
            return true;
        }
        if (word.indexOf('.') < 0) {
            return false;
        }
        for (String part : word.split("\\.", -1)) {
            if (part.isEmpty() || part.length() > 2) {
                return false;
            }
        }
        return true;
    }

    /**
     * A hard-wrapped paragraph carries on in lower case on the next line; headlines, captions,
     * bylines and paragraphs (one per line) do not, so their line break stays a sentence end.
     * Outside English, a letter of a script without case (Arabic, Hebrew) carries on as lower case does.
     */
    private static boolean continuesWrappedLine(String text, int newline, boolean english) {
        int lineEnd = newline;
        while (lineEnd > 0 && Character.isWhitespace(text.charAt(lineEnd - 1)) && text.charAt(lineEnd - 1) != '\n') {
            lineEnd--;
        }
        int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
        if (lineEnd - lineStart < MIN_WRAPPED_LINE) {
            return false;
        }
        char last = text.charAt(lineEnd - 1);
        if (!(Character.isLetterOrDigit(last) || last == ',' || last == '-')) {
            return false;
        }
        int next = newline + 1;
        while (next < text.length() && isHorizontalSpace(text.charAt(next))) {
            next++;
        }
        if (next >= text.length()) {
            return false;
        }
        int c = text.codePointAt(next);
        return Character.isLowerCase(c) || (!english && Character.isLetter(c) && !Character.isUpperCase(c)
                && !Character.isTitleCase(c));
    }

    private static int skipSpacesAndOpeners(String text, int i) {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!(Character.isWhitespace(c) || c == '\u00A0' || c == '"' || c == '\'' || c == '“'
                    || c == '‘' || c == '(' || c == '[' || c == '«')) {
                break;
            }
            i++;
        }
        return i;
    }

    private static String wordAt(String text, int i) {
        int e = i;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(i, e);
    }

    private static boolean isOpeningQuote(char c) {
        return c == '“' || c == '‘' || c == '«' || c == '「' || c == '『';
    }

    private static boolean isTerminatorOrCloser(char c) {
        return c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？' || c == '”' || c == '」' || c == '』';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»'
                || c == '」' || c == '』' || c == '）';
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || c == '\u3000' || c == '\uFEFF' || (c != '\n' && Character.isWhitespace(c));
    }

    private static boolean isTrimmable(char c) {
        return c == '\n' || isHorizontalSpace(c) || c == '\u200B';
    }

    private static void addTrimmed(String text, int start, int end, List<SentenceSpan> out) {
        while (start < end && isTrimmable(text.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmable(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(new SentenceSpan(start, end));
        }
    }

    /** Character ranges of web addresses, whose dots and question marks never end a sentence. */
    private static final class UrlRanges {

        private final int[] ranges;
        private final int count;

        UrlRanges(String text) {
            int[] found = new int[8];
            int size = 0;
            int from = 0;
            while (true) {
                int scheme = text.indexOf("://", from);
                int www = text.indexOf("www.", from);
                int hit = scheme < 0 ? www : (www < 0 ? scheme : Math.min(scheme, www));
                if (hit < 0) {
                    break;
                }
                int s = hit;
                if (hit == scheme) {
                    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
                        s--;
                    }
                }
                int e = hit;
                while (e < text.length() && !Character.isWhitespace(text.charAt(e)) && "\"“”<>".indexOf(text.charAt(e)) < 0) {
                    e++;
                }
                // A sentence's own stop or closing bracket is not part of the address.
                while (e > s && ".,;:!?)]'’".indexOf(text.charAt(e - 1)) >= 0) {
                    e--;
                }
                if (size + 2 > found.length) {
                    found = Arrays.copyOf(found, found.length * 2);
                }
                found[size++] = s;
                found[size++] = e;
                from = Math.max(e, hit + 3);
            }
            ranges = found;
            count = size;
        }

        boolean covers(int b) {
            int lo = 0;
            int hi = count / 2 - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (ranges[2 * mid + 1] <= b) {
                    lo = mid + 1;
                } else if (ranges[2 * mid] >= b) {
                    hi = mid - 1;
                } else {
                    return true;
                }
            }
            return false;
        }
    }
}
