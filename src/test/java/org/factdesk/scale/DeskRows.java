package org.factdesk.scale;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rows the scale seeder writes, as the generator makes them and the writer stores them. */
final class DeskRows {

    private DeskRows() {
    }

    /** A person who signs in; {@code roles} as the app's role keys. */
    record AccountRow(long id, String username, String displayName, String email, List<String> roles,
            Instant createdAt) {
    }

    record ArticleRow(long id, String title, String outlet, String author, String sourceUrl, LocalDate publishedOn,
            String language, String body, String bodyHash, long importedBy, Instant importedAt) {
    }

    /** A claim as it stands after a step; copied for each audit row so later steps do not change it. */
    static final class ClaimState implements Cloneable {
        long id;
        long articleId;
        int start;
        int end;
        String quote;
        String prefix;
        String suffix;
        String statement;
        String claimant;
        LocalDate claimDate;
        String appearanceUrl;
        String priority = "NORMAL";
        double score;
        String status = "NEW";
        Long assigneeId;
        LocalDate dueDate;
        Long createdBy;
        Instant createdAt;
        Instant updatedAt;
        Long currentVerdictId;
        Long publishedVerdictId;
        String returnNote;
        String dismissReason;
        /** Optimistic-locking version: how many times the row was updated. */
        long version;

        ClaimState copy() {
            try {
                return (ClaimState) clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A verdict as it stands after a step. */
    static final class VerdictState implements Cloneable {
        long id;
        long claimId;
        int revision;
        String state = "DRAFT";
        Long ratingId;
        String summary;
        String analysis;
        String correctionNote;
        Long authorId;
        Long approverId;
        Instant createdAt;
        Instant updatedAt;
        Instant submittedAt;
        Instant approvedAt;
        long version;
        /** The rating's key, for the generator's own choices; not stored. */
        String ratingKey;

        VerdictState copy() {
            try {
                return (VerdictState) clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    record SourceRow(long id, long verdictId, int position, String url, String title, String publisher,
            LocalDate accessedOn, String excerpt) {
    }

    record CommentRow(long id, long claimId, long authorId, String body, Instant createdAt) {
    }

    record TagRow(long claimId, String tag) {
    }

    /** A verdict row of an audit revision with its Envers revision type (0 added, 1 changed). */
    record VerdictAudit(VerdictState verdict, int revtype) {
    }

    /**
     * One audited transaction: who, when, which workflow step, and the rows it wrote to the audit tables. Its
     * {@code id} is given once the article's revisions are put in time order.
     */
    static final class Revision {
        long id;
        final long atMillis;
        final Long accountId;
        final String username;
        final String action;
        final String note;
        ClaimState claim;
        int claimRevtype;
        List<String> tags = List.of();
        final List<VerdictAudit> verdicts = new ArrayList<>(1);
        List<SourceRow> sources = List.of();
        CommentRow comment;
        ArticleRow article;
        AccountRow account;

        Revision(long atMillis, AccountRow by, String action, String note) {
            this.atMillis = atMillis;
            this.accountId = by == null ? null : by.id();
            this.username = by == null ? null : by.username();
            this.action = action;
            this.note = note;
        }
    }

    /** Everything one article brings: the article, its claims and their review, and the revisions that made them. */
    record ArticleBatch(ArticleRow article, List<ClaimState> claims, List<VerdictState> verdicts,
            List<SourceRow> sources, List<CommentRow> comments, List<TagRow> tags, List<Revision> revisions) {
    }
}
