package org.factdesk.spotting.features;

import java.util.ArrayList;
import java.util.List;

/** A sentence read into lower-cased word tokens plus the character-level facts the cues need; hand-written for speed. */
final class Tokens {

    /** Titles keep their stop ("dr.") so they are told apart from sentence ends. */
    private static final List<String> TITLES_WITH_STOP = List.of("dr.", "mr.", "mrs.", "ms.", "prof.", "gov.", "sen.", "rep.");

    final List<String> words = new ArrayList<>();
    final List<Boolean> capitalised = new ArrayList<>();
    final List<Boolean> upperCase = new ArrayList<>();
    int numbers;
    int years;
    int decimals;
    boolean percentSign;
    boolean currencySign;
    boolean quote;
    boolean question;
    boolean exclamation;
    /** Starts in lower case or with an ellipsis or dash: the tail of a sentence that began elsewhere. */
    boolean continuation;
    /** Ends on a dash or ellipsis: the speaker was cut off or trailed away. */
    boolean interrupted;
    /** Wholly inside brackets, like "(APPLAUSE)": a stage direction, not speech. */
    boolean bracketed;
    // The facts below are read only for text in languages other than English, so English features stay as fitted.
    /** Four-digit years 1900–2099 in other digits than ASCII, such as Arabic-Indic ٢٠٢٤. */
    int otherDigitYears;
    /** Any percent sign: %, the Arabic ٪, or the full-width and small forms. */
    boolean anyPercentSign;
    /** Any currency symbol in Unicode, such as ₹, ₺ or ₪ besides $, €, £ and ¥. */
    boolean anyCurrencySign;
    /** A comparison written with a sign: &lt;, &gt;, ≤, ≥, ≈, ≠, ±, or + before a digit. */
    boolean comparisonSign;
    /** Ends on a question mark of any script: ? and ？ as {@link #question}, or the Arabic ؟. */
    boolean anyQuestion;

    private Tokens() {
    }

    static Tokens of(String s) {
        Tokens t = new Tokens();
        int n = s.length();
        int i = 0;
        StringBuilder sb = new StringBuilder(24);
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                i = t.word(s, i, sb);
            } else if (Character.isDigit(c)) {
                i = t.number(s, i);
            } else {
                switch (c) {
                    case '%' -> t.percentSign = true;
                    case '$', '€', '£', '¥' -> t.currencySign = true;
                    case '"', '“', '”', '«', '»' -> t.quote = true;
                    default -> {
                    }
                }
                t.sign(s, i, c);
                i++;
            }
        }
        t.readEnds(s);
        return t;
    }

    private void sign(String s, int i, char c) {
        anyPercentSign |= c == '%' || c == '٪' || c == '％' || c == '﹪';
        anyCurrencySign |= Character.getType(c) == Character.CURRENCY_SYMBOL;
        comparisonSign |= "<>≤≥≈≠±".indexOf(c) >= 0 || (c == '+' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)));
    }

    private int word(String s, int i, StringBuilder sb) {
        int n = s.length();
        sb.setLength(0);
        boolean cap = Character.isUpperCase(s.charAt(i));
        boolean allUpper = true;
        int letters = 0;
        int start = i;
        while (i < n) {
            char d = s.charAt(i);
            if (Character.isLetterOrDigit(d)) {
                allUpper &= !Character.isLowerCase(d);
                letters++;
                sb.append(Character.toLowerCase(d));
                i++;
            } else if ((d == '\'' || d == '’' || d == '-' || d == '.') && i + 1 < n && Character.isLetter(s.charAt(i + 1))) {
                sb.append(d == '’' ? '\'' : d);
                i++;
            } else {
                break;
            }
        }
        if (i < n && s.charAt(i) == '.' && i - start <= 4 && cap && TITLES_WITH_STOP.contains(sb + ".")) {
            sb.append('.');
        }
        words.add(sb.toString());
        capitalised.add(cap);
        upperCase.add(allUpper && letters >= 2);
        return i;
    }

    private int number(String s, int i) {
        int n = s.length();
        int start = i;
        int digits = 0;
        boolean decimal = false;
        while (i < n) {
            char d = s.charAt(i);
            if (Character.isDigit(d)) {
                digits++;
                i++;
            } else if ((d == '.' || d == ',') && i + 1 < n && Character.isDigit(s.charAt(i + 1))) {
                decimal |= d == '.';
                i++;
            } else {
                break;
            }
        }
        numbers++;
        if (decimal) {
            decimals++;
        }
        if (digits == 4 && i - start == 4) {
            char a = s.charAt(start);
            char b = s.charAt(start + 1);
            if ((a == '1' && b == '9') || (a == '2' && b == '0')) {
                years++;
            } else if (a > '9' && isCentury(Character.digit(a, 10), Character.digit(b, 10))) {
                otherDigitYears++;
            }
        }
        words.add("<num>");
        capitalised.add(false);
        upperCase.add(false);
        return i;
    }

    private static boolean isCentury(int a, int b) {
        return (a == 1 && b == 9) || (a == 2 && b == 0);
    }

    private void readEnds(String s) {
        int first = 0;
        while (first < s.length() && Character.isWhitespace(s.charAt(first))) {
            first++;
        }
        int last = s.length() - 1;
        while (last >= 0 && Character.isWhitespace(s.charAt(last))) {
            last--;
        }
        if (first > last) {
            return;
        }
        char open = s.charAt(first);
        char close = s.charAt(last);
        bracketed = (open == '(' && close == ')') || (open == '[' && close == ']');
        continuation = Character.isLowerCase(open) || open == '…' || open == '—' || s.startsWith("..", first) || s.startsWith("--", first);
        interrupted = close == '…' || close == '—' || (last > first && (s.startsWith("..", last - 1) || s.startsWith("--", last - 1)));
        int end = last;
        while (end >= first && "\"”’')".indexOf(s.charAt(end)) >= 0) {
            end--;
        }
        question = end >= first && (s.charAt(end) == '?' || s.charAt(end) == '？');
        anyQuestion = question || (end >= first && s.charAt(end) == '؟');
        exclamation = end >= first && (s.charAt(end) == '!' || s.charAt(end) == '！');
    }
}
