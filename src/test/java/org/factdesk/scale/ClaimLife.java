package org.factdesk.scale;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.factdesk.scale.DeskRows.AccountRow;
import org.factdesk.scale.DeskRows.ArticleRow;
import org.factdesk.scale.DeskRows.ClaimState;
import org.factdesk.scale.DeskRows.CommentRow;
import org.factdesk.scale.DeskRows.Revision;
import org.factdesk.scale.DeskRows.SourceRow;
import org.factdesk.scale.DeskRows.TagRow;
import org.factdesk.scale.DeskRows.VerdictAudit;
import org.factdesk.scale.DeskRows.VerdictState;
import org.factdesk.scale.WorkflowPlan.Step;

/**
 * Takes one article's claims through the steps {@link WorkflowPlan} chose, changing each claim and its verdicts as
 * ReviewService, ClaimService and CommentService do, and records every step as an audit revision with the rows
 * Envers would have written; collects the live rows for the writer.
 */
final class ClaimLife {

    /** The migration's rating scale, in id order (ids 1 to 7), and how often each is the verdict. */
    private static final String[] RATING_KEYS = { "true", "mostly-true", "half-true", "mostly-false", "false",
        "misleading", "unverifiable" };
    private static final int[] RATING_WEIGHTS = { 12, 12, 15, 18, 25, 12, 6 };
    private static final String[] PRIORITIES = { "LOW", "NORMAL", "HIGH", "URGENT" };
    private static final int[] PRIORITY_WEIGHTS = { 10, 65, 20, 5 };
    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    final ArticleRow article;
    final List<Revision> revisions;
    final List<ClaimState> claims = new ArrayList<>();
    final List<VerdictState> verdicts = new ArrayList<>();
    final List<SourceRow> sources = new ArrayList<>();
    final List<CommentRow> comments = new ArrayList<>();
    final List<TagRow> tags = new ArrayList<>();

    // The claim being worked on.
    private ClaimState c;
    private VerdictState current;
    private List<SourceRow> currentSources;
    private long t;

    private final Random random;
    private final Instant now;
    private final TextMaker text;
    private final DeskGenerator.Staff staff;
    private final DeskGenerator.Ids ids;
    private final CorpusSample corpus;

    ClaimLife(DeskGenerator desk, ArticleRow article, List<Revision> revisions) {
        this.random = desk.random;
        this.now = desk.now;
        this.text = desk.text;
        this.staff = desk.staff;
        this.ids = desk.ids;
        this.corpus = desk.corpus;
        this.article = article;
        this.revisions = revisions;
    }

    void claim(TextMaker.ClaimText sentence, int start, String topic) {
        String body = article.body();
        int end = start + sentence.sentence().length();
        c = new ClaimState();
        current = null;
        currentSources = List.of();
        c.id = ids.claim();
        c.articleId = article.id();
        c.start = start;
        c.end = end;
        c.quote = body.substring(start, end);
        c.prefix = body.substring(safeStart(body, start - 32), start);
        c.suffix = body.substring(end, safeEnd(body, end + 32));
        c.statement = c.quote.strip().replaceAll("\\s+", " ");
        c.claimant = sentence.claimant();
        c.claimDate = article.publishedOn();
        c.appearanceUrl = article.sourceUrl();
        c.score = Math.round(1000 * (0.15 + 0.85 * (random.nextDouble() + random.nextDouble()
                + random.nextDouble()) / 3)) / 1000.0;
        // Made within three days of the import, and at least an hour before now.
        long imported = article.importedAt().toEpochMilli();
        long latest = now.toEpochMilli() - HOUR;
        t = imported + MINUTE + (long) (random.nextDouble() * Math.max(MINUTE, Math.min(3 * DAY,
                latest - imported - MINUTE)));
        AccountRow creator = pick(staff.editors());
        c.createdBy = creator.id();
        c.createdAt = Instant.ofEpochMilli(t);
        c.updatedAt = c.createdAt;
        step(creator, "create-claim", null, 0);

        boolean old = now.toEpochMilli() - t > 45 * DAY;
        List<Step> plan = WorkflowPlan.steps(random, WorkflowPlan.finalStatus(random, old));
        // Steps are spread over the time since the claim was made, never reaching today.
        long room = now.toEpochMilli() - MINUTE - t;
        double gap = Math.min(2.0 * DAY, room / (plan.size() + 1.0));
        for (Step step : plan) {
            t += (long) (gap * (0.2 + random.nextDouble() * 1.6) / 2) + MINUTE;
            switch (step) {
                case EDIT -> edit(sentence, topic);
                case ASSIGN -> assign();
                case DRAFT -> draft();
                case SUBMIT -> submit();
                case RETURN -> returnToReviewer();
                case APPROVE -> approve();
                case DISMISS -> dismiss();
                case REOPEN -> reopen();
                case CORRECTION -> openCorrection();
                case COMMENT -> comment();
            }
        }
        corpus.add(c.statement);
        claims.add(c);
    }

    // Each step changes the claim (and its verdict) as ReviewService / ClaimService do, in one revision.

    private void edit(TextMaker.ClaimText sentence, String topic) {
        Set<String> added = new TreeSet<>();
        added.add(topic);
        if (random.nextBoolean()) {
            added.add(text.topic(random));
        }
        if (random.nextInt(4) == 0) {
            added.add(random.nextBoolean() ? "viral" : "needs-data");
        }
        if (random.nextInt(10) < 4 && !sentence.core().equals(c.statement)) {
            c.statement = sentence.core();
        }
        if (random.nextInt(3) == 0) {
            c.priority = PRIORITIES[WorkflowPlan.weighted(random, PRIORITY_WEIGHTS)];
        }
        Revision r = step(pick(staff.editors()), "edit-claim", null, 1);
        r.tags = List.copyOf(added);
        for (String tag : added) {
            tags.add(new TagRow(c.id, tag));
        }
    }

    private void assign() {
        AccountRow reviewer = pick(staff.reviewers());
        c.assigneeId = reviewer.id();
        c.dueDate = day(t).plusDays(3 + random.nextInt(19));
        if (random.nextInt(8) == 0) {
            c.priority = PRIORITIES[WorkflowPlan.weighted(random, PRIORITY_WEIGHTS)];
        }
        if (c.status.equals("NEW")) {
            c.status = "ASSIGNED";
        }
        step(pick(staff.editors()), random.nextInt(5) == 0 ? "bulk-assign" : "assign", null, 1);
    }

    private void draft() {
        AccountRow author = assignee();
        boolean fresh = current == null || current.state.equals("PUBLISHED");
        if (fresh) {
            current = newVerdict(current == null ? 1 : current.revision + 1);
            c.currentVerdictId = current.id;
        }
        VerdictState v = current;
        if (v.ratingKey == null || random.nextInt(4) == 0) {
            if (!fresh || random.nextInt(10) < 7) {
                setRating(v, RATING_KEYS[WorkflowPlan.weighted(random, RATING_WEIGHTS)]);
            }
        }
        if (v.ratingKey != null) {
            v.summary = text.summary(random, v.ratingKey);
        }
        if (v.analysis == null || random.nextBoolean()) {
            v.analysis = text.analysis(random);
        }
        v.authorId = author.id();
        v.updatedAt = Instant.ofEpochMilli(t);
        c.status = "IN_REVIEW";
        Revision r = step(author, "save-draft", null, 1);
        r.verdicts.add(new VerdictAudit(v.copy(), fresh ? 0 : 1));
        if (!fresh) {
            v.version++;
        }
        if (currentSources.isEmpty()) {
            int count = 1 + random.nextInt(3);
            List<SourceRow> made = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                TextMaker.SourceText s = text.source(random);
                made.add(new SourceRow(ids.source(), v.id, i, s.url(), s.title(), s.publisher(), day(t),
                        s.excerpt()));
            }
            currentSources = made;
            sources.addAll(made);
            r.sources = made;
        }
    }

    private void submit() {
        AccountRow author = assignee();
        VerdictState v = current;
        if (v.ratingKey == null) {
            setRating(v, RATING_KEYS[WorkflowPlan.weighted(random, RATING_WEIGHTS)]);
            v.summary = text.summary(random, v.ratingKey);
        }
        if (v.revision > 1 && v.correctionNote == null) {
            v.correctionNote = text.correctionNote(random, day(t));
        }
        v.state = "SUBMITTED";
        v.authorId = author.id();
        v.submittedAt = Instant.ofEpochMilli(t);
        v.updatedAt = v.submittedAt;
        c.status = "SUBMITTED";
        c.returnNote = null;
        Revision r = step(author, "submit", null, 1);
        r.verdicts.add(new VerdictAudit(v.copy(), 1));
        v.version++;
    }

    private void returnToReviewer() {
        String note = text.returnNote(random);
        current.state = "DRAFT";
        current.updatedAt = Instant.ofEpochMilli(t);
        c.returnNote = note;
        c.status = "IN_REVIEW";
        Revision r = step(pick(staff.editors()), "return", note, 1);
        r.verdicts.add(new VerdictAudit(current.copy(), 1));
        current.version++;
    }

    private void approve() {
        AccountRow approver = pick(staff.editors());
        VerdictState v = current;
        v.state = "PUBLISHED";
        v.approverId = approver.id();
        v.approvedAt = Instant.ofEpochMilli(t);
        v.updatedAt = v.approvedAt;
        c.publishedVerdictId = v.id;
        c.status = "PUBLISHED";
        Revision r = step(approver, "approve", null, 1);
        r.verdicts.add(new VerdictAudit(v.copy(), 1));
        v.version++;
    }

    private void dismiss() {
        String reason = text.dismissReason(random);
        Revision r;
        c.dismissReason = reason;
        c.status = "DISMISSED";
        if (current != null && current.state.equals("SUBMITTED")) {
            current.state = "DRAFT";
            r = step(pick(staff.editors()), "dismiss", reason, 1);
            r.verdicts.add(new VerdictAudit(current.copy(), 1));
            current.version++;
        } else {
            step(pick(staff.editors()), "dismiss", reason, 1);
        }
    }

    private void reopen() {
        c.status = "NEW";
        c.dismissReason = null;
        c.assigneeId = null;
        c.dueDate = null;
        step(pick(staff.editors()), "reopen", null, 1);
    }

    private void openCorrection() {
        if (c.assigneeId == null) {
            c.assigneeId = pick(staff.reviewers()).id();
        }
        String reason = text.correctionNote(random, day(t));
        VerdictState published = current;
        VerdictState next = newVerdict(published.revision + 1);
        next.ratingId = published.ratingId;
        next.ratingKey = published.ratingKey;
        next.summary = published.summary;
        next.analysis = published.analysis;
        next.correctionNote = reason;
        List<SourceRow> copies = new ArrayList<>();
        for (SourceRow s : currentSources) {
            copies.add(new SourceRow(ids.source(), next.id, s.position(), s.url(), s.title(), s.publisher(),
                    s.accessedOn(), s.excerpt()));
        }
        sources.addAll(copies);
        currentSources = copies;
        current = next;
        c.currentVerdictId = next.id;
        c.status = "IN_REVIEW";
        Revision r = step(pick(staff.editors()), "correction", reason, 1);
        r.verdicts.add(new VerdictAudit(next.copy(), 0));
        r.sources = copies;
    }

    private void comment() {
        AccountRow author = c.assigneeId != null && random.nextBoolean() ? assignee() : pick(staff.editors());
        CommentRow comment = new CommentRow(ids.comment(), c.id, author.id(),
                text.comment(random, staff.usernames()), Instant.ofEpochMilli(t));
        comments.add(comment);
        Revision r = new Revision(t, author, "comment", null);
        r.comment = comment;
        revisions.add(r);
    }

    private VerdictState newVerdict(int revision) {
        VerdictState v = new VerdictState();
        v.id = ids.verdict();
        v.claimId = c.id;
        v.revision = revision;
        v.createdAt = Instant.ofEpochMilli(t);
        v.updatedAt = v.createdAt;
        verdicts.add(v);
        return v;
    }

    private void setRating(VerdictState v, String key) {
        v.ratingKey = key;
        for (int i = 0; i < RATING_KEYS.length; i++) {
            if (RATING_KEYS[i].equals(key)) {
                v.ratingId = (long) (i + 1);
            }
        }
    }

    private AccountRow assignee() {
        for (AccountRow a : staff.reviewers()) {
            if (a.id() == c.assigneeId) {
                return a;
            }
        }
        throw new IllegalStateException("claim " + c.id + " has no reviewer");
    }

    /** A revision by {@code by} in which the claim was written (touched: updated_at moves). */
    private Revision step(AccountRow by, String action, String note, int revtype) {
        c.updatedAt = Instant.ofEpochMilli(t);
        if (revtype == 1) {
            c.version++;
        }
        Revision r = new Revision(t, by, action, note);
        r.claim = c.copy();
        r.claimRevtype = revtype;
        revisions.add(r);
        return r;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static LocalDate day(long millis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    }

    private static int safeStart(String body, int index) {
        int i = Math.max(0, index);
        return i > 0 && Character.isLowSurrogate(body.charAt(i)) ? i + 1 : i;
    }

    private static int safeEnd(String body, int index) {
        int i = Math.min(body.length(), index);
        return i < body.length() && i > 0 && Character.isLowSurrogate(body.charAt(i)) ? i - 1 : i;
    }
}
