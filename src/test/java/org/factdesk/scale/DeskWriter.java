package org.factdesk.scale;

import static org.factdesk.scale.Batches.setDate;
import static org.factdesk.scale.Batches.setLong;
import static org.factdesk.scale.Batches.setString;
import static org.factdesk.scale.Batches.setTime;
import static org.factdesk.scale.Batches.time;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.factdesk.scale.Batches.Batch;
import org.factdesk.scale.DeskRows.AccountRow;
import org.factdesk.scale.DeskRows.ArticleBatch;
import org.factdesk.scale.DeskRows.ArticleRow;
import org.factdesk.scale.DeskRows.ClaimState;
import org.factdesk.scale.DeskRows.CommentRow;
import org.factdesk.scale.DeskRows.Revision;
import org.factdesk.scale.DeskRows.SourceRow;
import org.factdesk.scale.DeskRows.TagRow;
import org.factdesk.scale.DeskRows.VerdictState;

/**
 * Stores generated rows by JDBC batch on a migrated, empty FactDesk database (H2 or PostgreSQL): the live tables
 * here, the audit revisions through {@link AuditWriter}. Rows are sent parents first and committed every few
 * thousand claims; a claim's verdict pointers are set once its verdicts exist (each points at the other).
 */
final class DeskWriter implements AutoCloseable {

    /** Flush and commit once this many claims are pending. */
    private static final int CLAIMS_PER_COMMIT = 2_000;

    private final Connection c;
    private final Batches batches;
    private final AuditWriter audit;
    private final Batch article;
    private final Batch claim;
    private final Batch verdict;
    private final Batch source;
    private final Batch comment;
    private final Batch tag;
    private final Batch pointers;
    private int pendingClaims;

    DeskWriter(Connection connection) throws SQLException {
        this.c = connection;
        batches = new Batches(connection);
        article = batches.prepare("insert into article (id, title, outlet, author, source_url, published_on, language, body, "
                + "body_hash, imported_by, imported_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, 0)");
        claim = batches.prepare("insert into claim (id, article_id, start_offset, end_offset, quote, prefix, suffix, statement, "
                + "claimant, claim_date, appearance_url, priority, score, status, assignee_id, due_date, created_by, "
                + "created_at, updated_at, return_note, dismiss_reason, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        verdict = batches.prepare("insert into verdict (id, claim_id, revision, state, rating_id, summary, analysis, "
                + "correction_note, author_id, approver_id, created_at, updated_at, submitted_at, approved_at, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        source = batches.prepare("insert into source (id, verdict_id, position, url, title, publisher, accessed_on, excerpt) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)");
        comment = batches.prepare("insert into claim_comment (id, claim_id, author_id, body, created_at) values (?, ?, ?, ?, ?)");
        tag = batches.prepare("insert into claim_tag (claim_id, tag) values (?, ?)");
        pointers = batches.prepare("update claim set current_verdict_id = ?, published_verdict_id = ? where id = ?");
        // After the live tables: audit rows only need their revision, which comes first among them.
        audit = new AuditWriter(batches);
    }

    /** The accounts, every one signing in with {@code passwordHash}, and the revisions that created them. */
    void accounts(List<AccountRow> accounts, List<Revision> revisions, String passwordHash) throws SQLException {
        try (PreparedStatement account = c.prepareStatement("insert into account (id, username, display_name, email, "
                + "password_hash, active, created_at, version) values (?, ?, ?, ?, ?, true, ?, 0)");
                PreparedStatement role = c.prepareStatement("insert into account_role (account_id, role) "
                        + "values (?, ?)");
                PreparedStatement accountAud = c.prepareStatement("insert into account_aud (id, rev, revtype, "
                        + "username, display_name, email, active, created_at) values (?, ?, 0, ?, ?, ?, true, ?)");
                PreparedStatement roleAud = c.prepareStatement("insert into account_role_aud (rev, revtype, "
                        + "account_id, role) values (?, 0, ?, ?)")) {
            for (Revision r : revisions) {
                audit.revision(r);
            }
            batches.flush();
            for (Revision r : revisions) {
                AccountRow a = r.account;
                account.setLong(1, a.id());
                account.setString(2, a.username());
                account.setString(3, a.displayName());
                account.setString(4, a.email());
                account.setString(5, passwordHash);
                account.setObject(6, time(a.createdAt()));
                account.addBatch();
                accountAud.setLong(1, a.id());
                accountAud.setLong(2, r.id);
                accountAud.setString(3, a.username());
                accountAud.setString(4, a.displayName());
                accountAud.setString(5, a.email());
                accountAud.setObject(6, time(a.createdAt()));
                accountAud.addBatch();
                for (String name : a.roles()) {
                    role.setLong(1, a.id());
                    role.setString(2, name);
                    role.addBatch();
                    roleAud.setLong(1, r.id);
                    roleAud.setLong(2, a.id());
                    roleAud.setString(3, name);
                    roleAud.addBatch();
                }
            }
            account.executeBatch();
            role.executeBatch();
            accountAud.executeBatch();
            roleAud.executeBatch();
        }
        c.commit();
    }

    void write(ArticleBatch batch) throws SQLException {
        for (Revision r : batch.revisions()) {
            audit.revision(r);
        }
        ArticleRow a = batch.article();
        PreparedStatement ps = article.ps;
        ps.setLong(1, a.id());
        ps.setString(2, a.title());
        ps.setString(3, a.outlet());
        ps.setString(4, a.author());
        ps.setString(5, a.sourceUrl());
        ps.setObject(6, a.publishedOn());
        ps.setString(7, a.language());
        ps.setString(8, a.body());
        ps.setString(9, a.bodyHash());
        ps.setLong(10, a.importedBy());
        ps.setObject(11, time(a.importedAt()));
        ps.setObject(12, time(a.importedAt()));
        batches.add(article);
        for (ClaimState s : batch.claims()) {
            addClaim(s);
            if (s.currentVerdictId != null) {
                setLong(pointers.ps, 1, s.currentVerdictId);
                setLong(pointers.ps, 2, s.publishedVerdictId);
                pointers.ps.setLong(3, s.id);
                batches.add(pointers);
            }
        }
        for (VerdictState v : batch.verdicts()) {
            ps = verdict.ps;
            ps.setLong(1, v.id);
            ps.setLong(2, v.claimId);
            ps.setInt(3, v.revision);
            ps.setString(4, v.state);
            setLong(ps, 5, v.ratingId);
            setString(ps, 6, v.summary);
            setString(ps, 7, v.analysis);
            setString(ps, 8, v.correctionNote);
            setLong(ps, 9, v.authorId);
            setLong(ps, 10, v.approverId);
            setTime(ps, 11, v.createdAt);
            setTime(ps, 12, v.updatedAt);
            setTime(ps, 13, v.submittedAt);
            setTime(ps, 14, v.approvedAt);
            ps.setLong(15, v.version);
            batches.add(verdict);
        }
        for (SourceRow s : batch.sources()) {
            ps = source.ps;
            ps.setLong(1, s.id());
            ps.setLong(2, s.verdictId());
            ps.setInt(3, s.position());
            ps.setString(4, s.url());
            setString(ps, 5, s.title());
            setString(ps, 6, s.publisher());
            setDate(ps, 7, s.accessedOn());
            setString(ps, 8, s.excerpt());
            batches.add(source);
        }
        for (CommentRow m : batch.comments()) {
            ps = comment.ps;
            ps.setLong(1, m.id());
            ps.setLong(2, m.claimId());
            ps.setLong(3, m.authorId());
            ps.setString(4, m.body());
            ps.setObject(5, time(m.createdAt()));
            batches.add(comment);
        }
        for (TagRow t : batch.tags()) {
            tag.ps.setLong(1, t.claimId());
            tag.ps.setString(2, t.tag());
            batches.add(tag);
        }
        for (Revision r : batch.revisions()) {
            audit.rows(r);
        }
        pendingClaims += batch.claims().size();
        if (pendingClaims >= CLAIMS_PER_COMMIT) {
            commit();
        }
    }

    private void addClaim(ClaimState s) throws SQLException {
        PreparedStatement ps = claim.ps;
        ps.setLong(1, s.id);
        ps.setLong(2, s.articleId);
        ps.setInt(3, s.start);
        ps.setInt(4, s.end);
        ps.setString(5, s.quote);
        ps.setString(6, s.prefix);
        ps.setString(7, s.suffix);
        ps.setString(8, s.statement);
        setString(ps, 9, s.claimant);
        setDate(ps, 10, s.claimDate);
        setString(ps, 11, s.appearanceUrl);
        ps.setString(12, s.priority);
        ps.setDouble(13, s.score);
        ps.setString(14, s.status);
        setLong(ps, 15, s.assigneeId);
        setDate(ps, 16, s.dueDate);
        setLong(ps, 17, s.createdBy);
        ps.setObject(18, time(s.createdAt));
        ps.setObject(19, time(s.updatedAt));
        setString(ps, 20, s.returnNote);
        setString(ps, 21, s.dismissReason);
        ps.setLong(22, s.version);
        batches.add(claim);
    }

    /** Sends every pending batch, parents first, and commits. */
    void commit() throws SQLException {
        batches.flush();
        c.commit();
        pendingClaims = 0;
    }

    /**
     * Moves every sequence the app draws ids from past the seeded ids, so the app's next claim, verdict or
     * revision never collides with one (Hibernate's pooled ids take blocks of 50 below the sequence value).
     */
    void advanceSequences() throws SQLException {
        String[][] sequences = { { "account_seq", "account" }, { "article_seq", "article" }, { "claim_seq", "claim" },
            { "verdict_seq", "verdict" }, { "source_seq", "source" }, { "claim_comment_seq", "claim_comment" },
            { "audit_revision_seq", "audit_revision" } };
        try (Statement s = c.createStatement()) {
            for (String[] seq : sequences) {
                long max;
                try (ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + seq[1])) {
                    rs.next();
                    max = rs.getLong(1);
                }
                long next = seq[0].equals("audit_revision_seq") ? max + 1 : max + 1000;
                s.execute("alter sequence " + seq[0] + " restart with " + next);
            }
        }
        c.commit();
    }

    @Override
    public void close() throws SQLException {
        batches.close();
    }

    long rows() {
        return batches.rows();
    }
}
