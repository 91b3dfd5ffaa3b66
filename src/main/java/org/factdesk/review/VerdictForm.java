package org.factdesk.review;

import java.util.ArrayList;
import java.util.List;

import org.factdesk.claim.Source;
import org.factdesk.claim.Verdict;

/** The verdict form's values as shown or typed, with one row per source; never bound onto the entity. */
public record VerdictForm(String rating, String summary, String analysis, String correctionNote,
        List<SourceRow> sources) {

    /** One source row of the form. */
    public record SourceRow(String url, String title, String publisher, String excerpt) {
        static final SourceRow EMPTY = new SourceRow("", "", "", "");
    }

    /** The form for a verdict, or an empty one with one blank source row. */
    public static VerdictForm of(Verdict verdict) {
        if (verdict == null) {
            return new VerdictForm("", "", "", "", List.of(SourceRow.EMPTY));
        }
        List<SourceRow> rows = new ArrayList<>();
        for (Source s : verdict.sources) {
            rows.add(new SourceRow(s.url, nz(s.title), nz(s.publisher), nz(s.excerpt)));
        }
        if (rows.isEmpty()) {
            rows.add(SourceRow.EMPTY);
        }
        return new VerdictForm(verdict.rating == null ? "" : verdict.rating.key, nz(verdict.summary),
                nz(verdict.analysis), nz(verdict.correctionNote), rows);
    }

    /** Rebuilds the rows from the repeated form fields; a missing value reads as empty. */
    public static VerdictForm typed(String rating, String summary, String analysis, String correctionNote,
            List<String> urls, List<String> titles, List<String> publishers, List<String> excerpts) {
        int n = Math.max(Math.max(size(urls), size(titles)), Math.max(size(publishers), size(excerpts)));
        List<SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(n, Verdict.MAX_SOURCES + 1); i++) {
            rows.add(new SourceRow(at(urls, i), at(titles, i), at(publishers, i), at(excerpts, i)));
        }
        if (rows.isEmpty()) {
            rows.add(SourceRow.EMPTY);
        }
        return new VerdictForm(nz(rating), nz(summary), nz(analysis), nz(correctionNote), rows);
    }

    /** The same form with a blank row added (the Add source button, which works without JavaScript). */
    public VerdictForm withBlankRow() {
        List<SourceRow> rows = new ArrayList<>(sources);
        if (rows.size() < Verdict.MAX_SOURCES) {
            rows.add(SourceRow.EMPTY);
        }
        return new VerdictForm(rating, summary, analysis, correctionNote, rows);
    }

    /** The same form without row {@code index}. */
    public VerdictForm without(int index) {
        List<SourceRow> rows = new ArrayList<>(sources);
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
        if (rows.isEmpty()) {
            rows.add(SourceRow.EMPTY);
        }
        return new VerdictForm(rating, summary, analysis, correctionNote, rows);
    }

    /** What the workflow service takes. */
    public ReviewService.VerdictInput input() {
        return new ReviewService.VerdictInput(rating, summary, analysis, correctionNote, sources.stream()
                .map(r -> new ReviewService.SourceInput(r.url(), r.title(), r.publisher(), r.excerpt())).toList());
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
