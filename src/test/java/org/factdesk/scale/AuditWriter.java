package org.factdesk.scale;

import static org.factdesk.scale.Batches.setDate;
import static org.factdesk.scale.Batches.setLong;
import static org.factdesk.scale.Batches.setString;
import static org.factdesk.scale.Batches.setTime;
import static org.factdesk.scale.Batches.time;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Random;
import java.util.UUID;

import org.factdesk.scale.Batches.Batch;
import org.factdesk.scale.DeskRows.ArticleRow;
import org.factdesk.scale.DeskRows.ClaimState;
import org.factdesk.scale.DeskRows.CommentRow;
import org.factdesk.scale.DeskRows.Revision;
import org.factdesk.scale.DeskRows.SourceRow;
import org.factdesk.scale.DeskRows.VerdictAudit;
import org.factdesk.scale.DeskRows.VerdictState;

/**
 * Writes what Envers would have written for each seeded revision: the {@code audit_revision} row (who, when, the
 * workflow step and its note, a request id) and the {@code *_aud} rows of the entities the step changed, each with
 * the values after the change.
 */
final class AuditWriter {

    private final Batches batches;
    private final Random requestIds = new Random(3);
    private final Batch revision;
    private final Batch articleAud;
    private final Batch claimAud;
    private final Batch tagAud;
    private final Batch verdictAud;
    private final Batch sourceAud;
    private final Batch commentAud;

    AuditWriter(Batches batches) throws SQLException {
        this.batches = batches;
        revision = batches.prepare("insert into audit_revision (id, at_millis, account_id, username, action, note, "
                + "request_id) values (?, ?, ?, ?, ?, ?, ?)");
        articleAud = batches.prepare("insert into article_aud (id, rev, revtype, title, outlet, author, source_url, "
                + "published_on, language, body_hash, imported_by, imported_at, updated_at) values (?, ?, 0, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?)");
        claimAud = batches.prepare("insert into claim_aud (id, rev, revtype, article_id, start_offset, end_offset, quote, "
                + "prefix, suffix, statement, claimant, claim_date, appearance_url, priority, score, status, "
                + "assignee_id, due_date, created_by, created_at, updated_at, current_verdict_id, "
                + "published_verdict_id, return_note, dismiss_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        tagAud = batches.prepare("insert into claim_tag_aud (rev, revtype, claim_id, tag) values (?, 0, ?, ?)");
        verdictAud = batches.prepare("insert into verdict_aud (id, rev, revtype, claim_id, revision, state, rating_id, "
                + "summary, analysis, correction_note, author_id, approver_id, created_at, updated_at, submitted_at, "
                + "approved_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        sourceAud = batches.prepare("insert into source_aud (id, rev, revtype, verdict_id, position, url, title, publisher, "
                + "accessed_on, excerpt) values (?, ?, 0, ?, ?, ?, ?, ?, ?, ?)");
        commentAud = batches.prepare("insert into claim_comment_aud (id, rev, revtype, claim_id, author_id, body, created_at) "
                + "values (?, ?, 0, ?, ?, ?, ?)");
    }

    void revision(Revision r) throws SQLException {
        PreparedStatement ps = revision.ps;
        ps.setLong(1, r.id);
        ps.setLong(2, r.atMillis);
        setLong(ps, 3, r.accountId);
        setString(ps, 4, r.username);
        setString(ps, 5, r.action);
        setString(ps, 6, r.note);
        // Only requests have an id; the first admin is made at start-up, outside one.
        setString(ps, 7, r.accountId == null ? null
                : new UUID(requestIds.nextLong(), requestIds.nextLong()).toString());
        batches.add(revision);
    }

    void rows(Revision r) throws SQLException {
        if (r.article != null) {
            ArticleRow a = r.article;
            PreparedStatement ps = articleAud.ps;
            ps.setLong(1, a.id());
            ps.setLong(2, r.id);
            ps.setString(3, a.title());
            ps.setString(4, a.outlet());
            ps.setString(5, a.author());
            ps.setString(6, a.sourceUrl());
            ps.setObject(7, a.publishedOn());
            ps.setString(8, a.language());
            ps.setString(9, a.bodyHash());
            ps.setLong(10, a.importedBy());
            ps.setObject(11, time(a.importedAt()));
            ps.setObject(12, time(a.importedAt()));
            batches.add(articleAud);
        }
        if (r.claim != null) {
            ClaimState s = r.claim;
            PreparedStatement ps = claimAud.ps;
            ps.setLong(1, s.id);
            ps.setLong(2, r.id);
            ps.setInt(3, r.claimRevtype);
            ps.setLong(4, s.articleId);
            ps.setInt(5, s.start);
            ps.setInt(6, s.end);
            ps.setString(7, s.quote);
            ps.setString(8, s.prefix);
            ps.setString(9, s.suffix);
            ps.setString(10, s.statement);
            setString(ps, 11, s.claimant);
            setDate(ps, 12, s.claimDate);
            setString(ps, 13, s.appearanceUrl);
            ps.setString(14, s.priority);
            ps.setDouble(15, s.score);
            ps.setString(16, s.status);
            setLong(ps, 17, s.assigneeId);
            setDate(ps, 18, s.dueDate);
            setLong(ps, 19, s.createdBy);
            ps.setObject(20, time(s.createdAt));
            ps.setObject(21, time(s.updatedAt));
            setLong(ps, 22, s.currentVerdictId);
            setLong(ps, 23, s.publishedVerdictId);
            setString(ps, 24, s.returnNote);
            setString(ps, 25, s.dismissReason);
            batches.add(claimAud);
            for (String t : r.tags) {
                tagAud.ps.setLong(1, r.id);
                tagAud.ps.setLong(2, s.id);
                tagAud.ps.setString(3, t);
                batches.add(tagAud);
            }
        }
        for (VerdictAudit va : r.verdicts) {
            VerdictState v = va.verdict();
            PreparedStatement ps = verdictAud.ps;
            ps.setLong(1, v.id);
            ps.setLong(2, r.id);
            ps.setInt(3, va.revtype());
            ps.setLong(4, v.claimId);
            ps.setInt(5, v.revision);
            ps.setString(6, v.state);
            setLong(ps, 7, v.ratingId);
            setString(ps, 8, v.summary);
            setString(ps, 9, v.analysis);
            setString(ps, 10, v.correctionNote);
            setLong(ps, 11, v.authorId);
            setLong(ps, 12, v.approverId);
            setTime(ps, 13, v.createdAt);
            setTime(ps, 14, v.updatedAt);
            setTime(ps, 15, v.submittedAt);
            setTime(ps, 16, v.approvedAt);
            batches.add(verdictAud);
        }
        for (SourceRow s : r.sources) {
            PreparedStatement ps = sourceAud.ps;
            ps.setLong(1, s.id());
            ps.setLong(2, r.id);
            ps.setLong(3, s.verdictId());
            ps.setInt(4, s.position());
            ps.setString(5, s.url());
            setString(ps, 6, s.title());
            setString(ps, 7, s.publisher());
            setDate(ps, 8, s.accessedOn());
            setString(ps, 9, s.excerpt());
            batches.add(sourceAud);
        }
        if (r.comment != null) {
            CommentRow m = r.comment;
            PreparedStatement ps = commentAud.ps;
            ps.setLong(1, m.id());
            ps.setLong(2, r.id);
            ps.setLong(3, m.claimId());
            ps.setLong(4, m.authorId());
            ps.setString(5, m.body());
            ps.setObject(6, time(m.createdAt()));
            batches.add(commentAud);
        }
    }
}
