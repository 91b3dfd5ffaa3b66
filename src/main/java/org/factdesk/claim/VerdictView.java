package org.factdesk.claim;


import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A verdict as the API shows it. */
public record VerdictView(int revision, String state, String rating, String ratingLabel, String summary,
        String analysis, String correctionNote, List<SourceView> sources, String author, String approver,
        Instant createdAt, Instant updatedAt, Instant submittedAt, Instant approvedAt) {

    /** One source as the API shows it. */
    public record SourceView(String url, String title, String publisher, String excerpt, LocalDate accessedOn) {
    }

    public static VerdictView of(Verdict v) {
        if (v == null) {
            return null;
        }
        return new VerdictView(v.revision, v.state.name(), v.rating == null ? null : v.rating.key,
                v.rating == null ? null : v.rating.label, v.summary, v.analysis, v.correctionNote,
                v.sources.stream().map(s -> new SourceView(s.url, s.title, s.publisher, s.excerpt, s.accessedOn))
                        .toList(),
                v.author == null ? null : v.author.username, v.approver == null ? null : v.approver.username,
                v.createdAt, v.updatedAt, v.submittedAt, v.approvedAt);
    }
}
