package org.factdesk.spotting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Suggests who made a claim from the sentence's attribution ("..., Hale said", "According to the ministry"). */
public final class ClaimantGuesser {

    private static final Set<String> VERBS = Set.of(
            "said", "says", "told", "added", "stated", "claimed", "claims", "argued", "argues", "insisted",
            "warned", "noted", "estimated", "estimates", "reported", "reports", "announced", "wrote",
            "tweeted", "testified", "declared", "explained", "acknowledged", "admitted", "asserted",
            "alleged", "predicted", "forecast", "forecasts", "maintained", "contended", "suggested");

    /** Words that name a role rather than the person, dropped from the front of a name. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "mx", "dr", "prof", "professor", "president", "premier", "minister",
            "senator", "sen", "rep", "representative", "gov", "governor", "secretary", "chancellor",
            "mayor", "general", "gen", "judge", "justice", "chairman", "chairwoman", "chair", "speaker",
            "ambassador", "envoy", "spokesperson", "spokesman", "spokeswoman", "director", "commissioner",
            "king", "queen", "prince", "princess", "sir", "dame", "lord", "lady", "captain", "capt",
            "colonel", "col", "lieutenant", "sergeant", "detective", "officer", "rev", "reverend",
            "father", "pope", "congressman", "congresswoman", "chief", "deputy", "vice", "ceo",
            "sheriff", "attorney", "inspector", "superintendent", "commander", "admiral");

    private static final Set<String> CONNECTIVES = Set.of(
            "but", "and", "so", "yet", "then", "also", "however", "meanwhile", "the", "still", "now");

    private static final Set<String> PRONOUNS = Set.of(
            "he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "this", "officials");

    /** Words that may separate a subject from its verb ("Vasquez also said"). */
    private static final Set<String> ADVERBS = Set.of(
            "also", "later", "then", "previously", "has", "had", "have", "repeatedly", "once", "reportedly",
            "recently", "again", "earlier", "often", "publicly", "privately");

    /** "X met Y and said": the subject lies before the conjunction, out of this simple reach. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "nor");

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their");

    /** Lower-case words that may sit inside a name ("Ludwig van Beethoven"). */
    private static final Set<String> PARTICLES = Set.of("de", "del", "della", "van", "von", "da", "di", "la", "le", "bin", "al", "of");

    private record Token(String text, int start, boolean word) {

        boolean capitalised() {
            return word && Character.isUpperCase(text.codePointAt(0));
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean is(String s) {
            return text.equals(s);
        }
    }

    /**
     * The claimant named by the sentence's attribution, or empty when there is none; the editor
     * confirms the suggestion, so saying nothing beats guessing from a pronoun.
     */
    public Optional<String> guess(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return Optional.empty();
        }
        List<Token> tokens = tokenize(sentence);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).lower().equals("according") && tokens.get(i + 1).lower().equals("to")) {
                Optional<String> np = phraseAfter(tokens, i + 2, 8);
                if (np.isPresent()) {
                    return np;
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.word() || !VERBS.contains(t.lower())) {
                continue;
            }
            Optional<String> before = subjectBefore(tokens, i);
            if (before.isPresent()) {
                return before;
            }
            boolean inverted = i == 0 || !tokens.get(i - 1).word();
            if (inverted) {
                Optional<String> after = phraseAfter(tokens, i + 1, 6);
                if (after.isPresent()) {
                    return after;
                }
            }
        }
        return Optional.empty();
    }

    /** "Hale said", "the agency said", "Dr. Ines Barros, said" (after an appositive). */
    private static Optional<String> subjectBefore(List<Token> tokens, int verb) {
        int end = verb;
        while (end > 0 && ADVERBS.contains(tokens.get(end - 1).lower())) {
            end--;
        }
        int beforeVerb = end;
        if (end > 0 && tokens.get(end - 1).is(",")) {
            // "The League's secretary-general, Dr. Ines Barros, said": the name sits between the commas.
            end--;
        }
        int start = end;
        while (start > 0 && isNamePart(tokens, start - 1)) {
            start--;
        }
        while (start < end && !tokens.get(start).capitalised()) {
            start++;
        }
        if (start < end) {
            return name(tokens, start, end);
        }
        if (end == beforeVerb) {
            int k = end - 1;
            int words = 0;
            while (k >= 0 && tokens.get(k).word() && words < 4
                    && (!tokens.get(k).capitalised() || DETERMINERS.contains(tokens.get(k).lower()))) {
                if (DETERMINERS.contains(tokens.get(k).lower()) && words > 0) {
                    return Optional.of(join(tokens, k, end));
                }
                if (PRONOUNS.contains(tokens.get(k).lower()) || CONJUNCTIONS.contains(tokens.get(k).lower())) {
                    return Optional.empty();
                }
                k--;
                words++;
            }
        }
        return Optional.empty();
    }

    /** "said Dr. Maria Lopez", "According to the ministry,". */
    private static Optional<String> phraseAfter(List<Token> tokens, int from, int maxWords) {
        if (from >= tokens.size()) {
            return Optional.empty();
        }
        Token first = tokens.get(from);
        if (first.capitalised()) {
            int end = from;
            while (end < tokens.size() && isNamePart(tokens, end)) {
                end++;
            }
            while (end > from && !tokens.get(end - 1).capitalised()) {
                end--;
            }
            return name(tokens, from, end);
        }
        if (first.word() && DETERMINERS.contains(first.lower())) {
            int end = from + 1;
            while (end < tokens.size() && tokens.get(end).word() && end - from < maxWords
                    && !VERBS.contains(tokens.get(end).lower()) && !tokens.get(end).lower().equals("that")) {
                end++;
            }
            if (end > from + 1) {
                return Optional.of(join(tokens, from, end));
            }
        }
        return Optional.empty();
    }

    private static boolean isNamePart(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.capitalised()) {
            return true;
        }
        if (t.is(".")) {
            // The stop of "Dr." or of an initial belongs to the name.
            return i > 0 && tokens.get(i - 1).capitalised() && tokens.get(i - 1).text().length() <= 4;
        }
        return t.word() && PARTICLES.contains(t.text()) && i > 0 && tokens.get(i - 1).capitalised()
                && i + 1 < tokens.size() && tokens.get(i + 1).capitalised();
    }

    /** Drops leading connectives and titles ("But Ms. Marsh" becomes "Marsh"). */
    private static Optional<String> name(List<Token> tokens, int start, int end) {
        int s = start;
        while (s < end && (CONNECTIVES.contains(tokens.get(s).lower()) || tokens.get(s).is("."))) {
            s++;
        }
        int lastTitle = -1;
        for (int k = s; k < end; k++) {
            if (tokens.get(k).word() && TITLES.contains(tokens.get(k).lower())) {
                lastTitle = k;
            }
        }
        if (lastTitle >= 0 && hasWordAfter(tokens, lastTitle, end)) {
            s = lastTitle + 1;
        }
        while (s < end && tokens.get(s).is(".")) {
            s++;
        }
        if (s >= end || (end - s == 1 && PRONOUNS.contains(tokens.get(s).lower()))) {
            return Optional.empty();
        }
        return Optional.of(join(tokens, s, end));
    }

    private static boolean hasWordAfter(List<Token> tokens, int k, int end) {
        for (int j = k + 1; j < end; j++) {
            if (tokens.get(j).word()) {
                return true;
            }
        }
        return false;
    }

    private static String join(List<Token> tokens, int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (int k = start; k < end; k++) {
            Token t = tokens.get(k);
            if (sb.length() > 0 && t.word()) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }

    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                int start = i;
                while (i < n) {
                    int c = s.codePointAt(i);
                    if (Character.isLetterOrDigit(c)) {
                        i += Character.charCount(c);
                    } else if ((c == '\'' || c == '’' || c == '-') && i + 1 < n && Character.isLetter(s.codePointAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                out.add(new Token(s.substring(start, i), start, true));
            } else if (Character.isWhitespace(cp)) {
                i += Character.charCount(cp);
            } else {
                out.add(new Token(new String(Character.toChars(cp)), i, false));
                i += Character.charCount(cp);
            }
        }
        return out;
    }
}
