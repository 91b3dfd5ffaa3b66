package org.factdesk.claim.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.factdesk.claim.ClaimMessages;
import org.factdesk.web.Localization;

/**
 * What a person typed into Search, as a query over the claims' words. Plain words are optional and rank a claim
 * higher the more of them it holds; {@code "a phrase"} must appear as written; {@code word*} matches words that begin
 * so; {@code -word} leaves out claims with that word. Everything else is text: Lucene's own syntax characters mean
 * nothing here, so no input can make the query fail. Words too common to search for (the, of...) are dropped.
 */
public final class SearchText {

    /** Longer searches are cut here, with a message. */
    public static final int MAX_CHARS = 500;
    /** More words than this are left out, with a message. */
    public static final int MAX_PARTS = 32;
    /** A prefix needs this many letters, so {@code a*} cannot ask for every word in the desk. */
    static final int MIN_PREFIX = 2;

    private static final Analyzer ANALYZER = ClaimDocuments.analyzer();
    private static final float TIE_BREAKER = 0.1f;

    private final String text;
    private final Query query;
    private final List<String> problems;
    private final List<String> notes;

    private SearchText(String text, Query query, List<String> problems, List<String> notes) {
        this.text = text;
        this.query = query;
        this.problems = problems;
        this.notes = notes;
    }

    /** Reads {@code input}; null or blank input is no search at all. */
    public static SearchText parse(String input) {
        List<String> notes = new ArrayList<>();
        if (input == null || input.isBlank()) {
            return new SearchText(null, null, List.of(), notes);
        }
        String text = input.strip();
        if (text.length() > MAX_CHARS) {
            int cut = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
            text = text.substring(0, cut);
            notes.add(messages().searchTooLong(MAX_CHARS));
        }
        List<Part> parts = split(text);
        if (parts.size() > MAX_PARTS) {
            parts = parts.subList(0, MAX_PARTS);
            notes.add(messages().searchTooManyWords(MAX_PARTS));
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean positive = false;
        boolean excluded = false;
        for (Part part : parts) {
            Query q = part.prefix ? prefix(part.text) : words(part.text, part.phrase);
            if (q == null) {
                continue; // only words too common to search for
            }
            if (part.exclude) {
                query.add(q, Occur.MUST_NOT);
                excluded = true;
            } else {
                query.add(q, part.phrase ? Occur.MUST : Occur.SHOULD);
                positive = true;
            }
        }
        if (!positive) {
            String problem = excluded ? messages().searchOnlyExclusions() : messages().searchTooCommon(shorten(text));
            return new SearchText(text, null, List.of(problem), notes);
        }
        return new SearchText(text, query.build(), List.of(), notes);
    }

    /** The text searched (cut to {@link #MAX_CHARS}), or null. */
    public String text() {
        return text;
    }

    /** The query, or null when there is nothing to look for (no search, or only common words). */
    public Query query() {
        return query;
    }

    /** Whether there is a search at all, even one with nothing to look for. */
    public boolean present() {
        return text != null;
    }

    /** Why nothing can be searched for (only common words, only exclusions); empty when the search can run. */
    public List<String> problems() {
        return problems;
    }

    /** What was left out of a search that still runs (too long, too many words). */
    public List<String> notes() {
        return notes;
    }

    /** The words of the search's notes in the language of the response being written (the list's or the API's). */
    private static ClaimMessages messages() {
        return Localization.messages(ClaimMessages.class, Localization.ofCurrentRequest());
    }

    private static String shorten(String text) {
        if (text.length() <= 60) {
            return text;
        }
        int cut = Character.isHighSurrogate(text.charAt(58)) ? 58 : 59;
        return text.substring(0, cut) + "…";
    }

    /** One word, prefix or quoted phrase, possibly excluded. */
    private record Part(String text, boolean phrase, boolean prefix, boolean exclude) {
    }

    private static List<Part> split(String text) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean exclude = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
                exclude = true;
                i++;
                c = text.charAt(i);
            }
            if (c == '"' || c == '“' || c == '”') {
                int end = i + 1;
                while (end < n && "\"“”".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                String phrase = text.substring(i + 1, end).strip();
                if (!phrase.isEmpty()) {
                    parts.add(new Part(phrase, true, false, exclude));
                }
                i = end + 1;
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                end++;
            }
            String word = text.substring(i, end);
            boolean prefix = word.endsWith("*");
            String stripped = word.replaceAll("\\*+$", "");
            if (!stripped.isEmpty()) {
                parts.add(new Part(stripped, false, prefix && stripped.length() >= MIN_PREFIX, exclude));
            }
            i = end;
        }
        return parts;
    }

    /** The words (or phrase) in any searched field, the best field's score counting most. */
    private static Query words(String text, boolean phrase) {
        QueryBuilder builder = new QueryBuilder(ANALYZER);
        List<Query> perField = new ArrayList<>();
        for (Map.Entry<String, Float> field : ClaimDocuments.SEARCHED.entrySet()) {
            // A word that analysis splits (covid-19, U.S.) must keep its pieces together, as a phrase.
            Query q = builder.createPhraseQuery(field.getKey(), text);
            if (q != null) {
                perField.add(new BoostQuery(q, field.getValue()));
            }
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    private static Query prefix(String text) {
        BytesRef normalized = ANALYZER.normalize(ClaimDocuments.WORDS, text.toLowerCase(Locale.ROOT));
        if (normalized.length < MIN_PREFIX) {
            return words(text, false);
        }
        return new PrefixQuery(new Term(ClaimDocuments.WORDS, normalized));
    }
}
