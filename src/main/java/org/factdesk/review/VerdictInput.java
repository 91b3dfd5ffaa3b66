package org.factdesk.review;

import java.util.ArrayList;
import java.util.List;

import org.factdesk.claim.Verdict;

/**
 * A verdict as typed, the one input of the verdict steps: the page's form builds it from its fields (and shows it
 * again with the messages when refused), the API reads it as the JSON body of {@code PUT /verdict}, and
 * {@link VerdictRules} checks it for the service. {@code version} is the claim's version the writer saw;
 * {@code correctionNote} matters only on a correction.
 */
public record VerdictInput(Long version, String rating, String summary, String analysis, String correctionNote,
        List<Source> sources) {

    /** One evidence row as typed. */
    public record Source(String url, String title, String publisher, String excerpt) {
        static final Source EMPTY = new Source("", "", "", "");

        boolean blank() {
            return VerdictRules.isBlank(url) && VerdictRules.isBlank(title) && VerdictRules.isBlank(publisher)
                    && VerdictRules.isBlank(excerpt);
        }
    }

    /** A verdict typed without a version (a step that checks the version itself, or none). */
    public VerdictInput(String rating, String summary, String analysis, String correctionNote, List<Source> sources) {
        this(null, rating, summary, analysis, correctionNote, sources);
    }

    /** The form for a saved verdict, or an empty one with one blank source row. */
    public static VerdictInput of(Verdict verdict) {
        if (verdict == null) {
            return new VerdictInput("", "", "", "", List.of(Source.EMPTY));
        }
        List<Source> rows = new ArrayList<>();
        for (org.factdesk.claim.Source s : verdict.sources) {
            rows.add(new Source(s.url, nz(s.title), nz(s.publisher), nz(s.excerpt)));
        }
        if (rows.isEmpty()) {
            rows.add(Source.EMPTY);
        }
        return new VerdictInput(verdict.rating == null ? "" : verdict.rating.key, nz(verdict.summary),
                nz(verdict.analysis), nz(verdict.correctionNote), rows);
    }

    /** Rebuilds the rows from the page form's repeated fields; a missing value reads as empty. */
    public static VerdictInput typed(Long version, String rating, String summary, String analysis,
            String correctionNote, List<String> urls, List<String> titles, List<String> publishers,
            List<String> excerpts) {
        int n = Math.max(Math.max(size(urls), size(titles)), Math.max(size(publishers), size(excerpts)));
        List<Source> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(n, Verdict.MAX_SOURCES + 1); i++) {
            rows.add(new Source(at(urls, i), at(titles, i), at(publishers, i), at(excerpts, i)));
        }
        if (rows.isEmpty()) {
            rows.add(Source.EMPTY);
        }
        return new VerdictInput(version, nz(rating), nz(summary), nz(analysis), nz(correctionNote), rows);
    }

    /** The same verdict with a blank row added (the Add source button, which works without JavaScript). */
    public VerdictInput withBlankRow() {
        List<Source> rows = new ArrayList<>(sources);
        if (rows.size() < Verdict.MAX_SOURCES) {
            rows.add(Source.EMPTY);
        }
        return new VerdictInput(version, rating, summary, analysis, correctionNote, rows);
    }

    /** The same verdict without row {@code index}. */
    public VerdictInput without(int index) {
        List<Source> rows = new ArrayList<>(sources);
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
        if (rows.isEmpty()) {
            rows.add(Source.EMPTY);
        }
        return new VerdictInput(version, rating, summary, analysis, correctionNote, rows);
    }

    private static int size(List<String> list) {
        return list == null ? 0 : list.size();
    }

    private static String at(List<String> list, int i) {
        return list != null && i < list.size() && list.get(i) != null ? list.get(i) : "";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
