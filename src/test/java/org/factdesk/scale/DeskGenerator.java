package org.factdesk.scale;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.factdesk.scale.DeskRows.AccountRow;
import org.factdesk.scale.DeskRows.ArticleBatch;
import org.factdesk.scale.DeskRows.ArticleRow;
import org.factdesk.scale.DeskRows.ClaimState;
import org.factdesk.scale.DeskRows.CommentRow;
import org.factdesk.scale.DeskRows.Revision;
import org.factdesk.scale.DeskRows.SourceRow;
import org.factdesk.scale.DeskRows.TagRow;
import org.factdesk.scale.DeskRows.VerdictAudit;
import org.factdesk.scale.DeskRows.VerdictState;

/**
 * Makes a desk's data the way people would have made it over the last two years: accounts, then article after
 * article (50 to 200 claims each, anchored in the body), each claim taken through the workflow steps that lead to
 * its final status (assign, drafts, submit, returns, approval, dismissal, reopening, corrections, comments), every
 * step one audit revision with the rows Envers would have written. Deterministic for a given seed.
 */
final class DeskGenerator {

    static final int MIN_CLAIMS_PER_ARTICLE = 50;
    static final int MAX_CLAIMS_PER_ARTICLE = 200;
    static final int EDITORS = 8;
    static final int REVIEWERS = 36;

    /** The migration's rating scale: key and id. */
    private static final String[] RATING_KEYS = { "true", "mostly-true", "half-true", "mostly-false", "false",
        "misleading", "unverifiable" };
    private static final int[] RATING_WEIGHTS = { 12, 12, 15, 18, 25, 12, 6 };
    private static final String[] PRIORITIES = { "LOW", "NORMAL", "HIGH", "URGENT" };
    private static final int[] PRIORITY_WEIGHTS = { 10, 65, 20, 5 };
    /** Final statuses of claims made more than 45 days ago, and of newer ones (more still open). */
    private static final String[] STATUSES = { "NEW", "ASSIGNED", "IN_REVIEW", "SUBMITTED", "PUBLISHED", "DISMISSED" };
    private static final int[] OLD_WEIGHTS = { 18, 2, 3, 2, 60, 15 };
    private static final int[] RECENT_WEIGHTS = { 25, 15, 15, 12, 25, 8 };
    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private final int claims;
    private final Random random;
    private final Instant now;
    private final Instant deskStart;
    private final Vocabulary vocabulary;
    private final TextMaker text;
    private final CorpusSample corpus;
    private final List<AccountRow> accounts = new ArrayList<>();
    private final List<Revision> accountRevisions = new ArrayList<>();
    private final List<AccountRow> editors = new ArrayList<>();
    private final List<AccountRow> reviewers = new ArrayList<>();
    private final List<String> staffUsernames = new ArrayList<>();

    private int claimsMade;
    private long nextArticleId = 1;
    private long nextClaimId = 1;
    private long nextVerdictId = 1;
    private long nextSourceId = 1;
    private long nextCommentId = 1;
    private long nextRevisionId = 1;

    DeskGenerator(int claims, long seed, Instant now, CorpusSample corpus) {
        this.claims = claims;
        this.random = new Random(seed);
        this.now = now;
        this.deskStart = now.minus(Duration.ofDays(730));
        this.vocabulary = new Vocabulary();
        this.text = new TextMaker(vocabulary);
        this.corpus = corpus;
        makeAccounts();
    }

    /** The admin (id 1, as on a first start) and the desk's editors, reviewers and an auditor. */
    List<AccountRow> accounts() {
        return accounts;
    }

    /** The revisions that created the accounts, before any article. */
    List<Revision> accountRevisions() {
        return accountRevisions;
    }

    List<AccountRow> reviewers() {
        return reviewers;
    }

    List<AccountRow> editors() {
        return editors;
    }

    boolean hasNext() {
        return claimsMade < claims;
    }

    long lastRevisionId() {
        return nextRevisionId - 1;
    }

    // ------------------------------------------------------------------------------------------------ accounts

    private void makeAccounts() {
        Vocabulary v = vocabulary;
        AccountRow admin = new AccountRow(1, "admin", "Administrator", "admin@localhost.invalid", List.of("admin"),
                deskStart);
        add(admin, null);
        Set<String> taken = new HashSet<>(Set.of("admin"));
        long id = 2;
        for (int i = 0; i < EDITORS + REVIEWERS + 1; i++) {
            String name;
            String username;
            do {
                name = v.firstNames.uniform(random) + " " + v.surnames.uniform(random);
                username = TextMaker.slug(name).replace('-', '.');
            } while (username.length() > 32 || !taken.add(username));
            List<String> roles = i < EDITORS ? (i == 0 ? List.of("editor", "reviewer") : List.of("editor"))
                    : i < EDITORS + REVIEWERS ? List.of("reviewer") : List.of("auditor");
            AccountRow a = new AccountRow(id++, username, name, username + "@desk.example.org", roles,
                    deskStart.plus(Duration.ofMinutes(10 + i)));
            add(a, admin);
            if (roles.contains("editor")) {
                editors.add(a);
            }
            if (roles.contains("reviewer") && !roles.contains("editor")) {
                reviewers.add(a);
            }
            staffUsernames.add(username);
        }
    }

    private void add(AccountRow account, AccountRow by) {
        accounts.add(account);
        Revision r = new Revision(account.createdAt().toEpochMilli(), by, null, null);
        r.id = nextRevisionId++;
        r.account = account;
        accountRevisions.add(r);
    }

    // ------------------------------------------------------------------------------------------------ articles

    /** The next article with its claims, their review and its revisions, ids given in time order. */
    ArticleBatch next() {
        int size = nextArticleSize();
        // Articles come in over the two years in id order, so ids and import times grow together.
        double progress = (claimsMade + size / 2.0) / claims;
        long span = Duration.between(deskStart, now).toMillis() - 2 * DAY;
        long importedAt = deskStart.toEpochMilli() + DAY + (long) (progress * span) + random.nextInt(3_600_000);
        AccountRow importer = pick(editors);
        String topic = text.topic(random);

        List<TextMaker.ClaimText> sentences = new ArrayList<>(size);
        StringBuilder body = new StringBuilder();
        int[] starts = new int[size];
        int inParagraph = 0;
        int paragraphLength = 2 + random.nextInt(4);
        for (int i = 0; i < size; i++) {
            if (random.nextInt(5) < 3) {
                inParagraph = appendSentence(body, text.filler(random), inParagraph, paragraphLength);
            }
            TextMaker.ClaimText c = text.claim(random);
            sentences.add(c);
            if (inParagraph >= paragraphLength) {
                body.append("\n\n");
                inParagraph = 0;
                paragraphLength = 2 + random.nextInt(4);
            } else if (inParagraph > 0) {
                body.append(' ');
            }
            starts[i] = body.length();
            body.append(c.sentence());
            inParagraph++;
        }
        String bodyText = body.toString();
        if (!Normalizer.isNormalized(bodyText, Normalizer.Form.NFC)) {
            throw new IllegalStateException("the generated body is not NFC");
        }
        long articleId = nextArticleId++;
        LocalDate publishedOn = LocalDate.ofInstant(Instant.ofEpochMilli(importedAt), ZoneOffset.UTC)
                .minusDays(random.nextInt(3));
        String outlet = text.outlet(random);
        ArticleRow article = new ArticleRow(articleId, TextMaker.cap(text.title(random, topic)), outlet,
                text.byline(random), "https://news.example.org/" + TextMaker.slug(outlet) + "/" + publishedOn
                + "/story-" + articleId, publishedOn, "en", bodyText, sha256(bodyText), importer.id(),
                Instant.ofEpochMilli(importedAt));

        List<Revision> revisions = new ArrayList<>();
        Revision imported = new Revision(importedAt, importer, null, null);
        imported.article = article;
        revisions.add(imported);
        Life life = new Life(article, revisions);
        for (int i = 0; i < size; i++) {
            life.claim(sentences.get(i), starts[i], topic);
        }
        claimsMade += size;
        // Revision numbers follow time within the article (Envers draws them as transactions happen).
        revisions.sort(Comparator.comparingLong(r -> r.atMillis));
        for (Revision r : revisions) {
            r.id = nextRevisionId++;
        }
        return new ArticleBatch(article, life.claims, life.verdicts, life.sources, life.comments, life.tags,
                revisions);
    }

    private int appendSentence(StringBuilder body, String sentence, int inParagraph, int paragraphLength) {
        if (inParagraph >= paragraphLength) {
            body.append("\n\n");
            inParagraph = 0;
        } else if (inParagraph > 0) {
            body.append(' ');
        }
        body.append(sentence);
        return inParagraph + 1;
    }

    /** 50 to 200, except that the last articles share what is left so that none falls below 50. */
    private int nextArticleSize() {
        int left = claims - claimsMade;
        if (left <= MAX_CLAIMS_PER_ARTICLE) {
            return left;
        }
        if (left < MAX_CLAIMS_PER_ARTICLE + MIN_CLAIMS_PER_ARTICLE) {
            return left / 2;
        }
        int size = MIN_CLAIMS_PER_ARTICLE + random.nextInt(MAX_CLAIMS_PER_ARTICLE - MIN_CLAIMS_PER_ARTICLE + 1);
        return left - size < MIN_CLAIMS_PER_ARTICLE ? left - MIN_CLAIMS_PER_ARTICLE : size;
    }

    // -------------------------------------------------------------------------------------------------- claims

    /** One article's claims taken through their workflow, collecting the rows. */
    private final class Life {
        final ArticleRow article;
        final List<Revision> revisions;
        final List<ClaimState> claims = new ArrayList<>();
        final List<VerdictState> verdicts = new ArrayList<>();
        final List<SourceRow> sources = new ArrayList<>();
        final List<CommentRow> comments = new ArrayList<>();
        final List<TagRow> tags = new ArrayList<>();

        // The claim being worked on.
        ClaimState c;
        VerdictState current;
        List<SourceRow> currentSources;
        long t;

        Life(ArticleRow article, List<Revision> revisions) {
            this.article = article;
            this.revisions = revisions;
        }

        void claim(TextMaker.ClaimText sentence, int start, String topic) {
            String body = article.body();
            int end = start + sentence.sentence().length();
            c = new ClaimState();
            current = null;
            currentSources = List.of();
            c.id = nextClaimId++;
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
            AccountRow creator = pick(editors);
            c.createdBy = creator.id();
            c.createdAt = Instant.ofEpochMilli(t);
            c.updatedAt = c.createdAt;
            step(creator, "create-claim", null, 0);

            boolean old = now.toEpochMilli() - t > 45 * DAY;
            String target = STATUSES[weighted(old ? OLD_WEIGHTS : RECENT_WEIGHTS)];
            List<Runnable> plan = plan(target, sentence, topic);
            // Steps are spread over the time since the claim was made, never reaching today.
            long room = now.toEpochMilli() - MINUTE - t;
            double gap = Math.min(2.0 * DAY, room / (plan.size() + 1.0));
            for (Runnable s : plan) {
                t += (long) (gap * (0.2 + random.nextDouble() * 1.6) / 2) + MINUTE;
                s.run();
            }
            corpus.add(c.statement);
            claims.add(c);
        }

        /** The steps that bring a new claim to {@code target}, comments mixed in. */
        private List<Runnable> plan(String target, TextMaker.ClaimText sentence, String topic) {
            List<Runnable> steps = new ArrayList<>();
            if (random.nextInt(10) < 3) {
                steps.add(() -> edit(sentence, topic));
            }
            switch (target) {
                case "NEW" -> {
                    if (random.nextInt(25) == 0) {
                        steps.add(this::dismiss);
                        steps.add(this::reopen);
                    }
                }
                case "ASSIGNED" -> {
                    steps.add(this::assign);
                    if (random.nextInt(10) == 0) {
                        steps.add(this::assign);
                    }
                }
                case "IN_REVIEW" -> {
                    steps.add(this::assign);
                    steps.add(this::draft);
                    if (random.nextInt(10) < 3) {
                        steps.add(this::draft);
                    }
                    if (random.nextInt(5) == 0) {
                        steps.add(this::submit);
                        steps.add(this::returnToReviewer);
                        steps.add(this::draft);
                    }
                    if (random.nextInt(30) == 0) {
                        // An open correction: published once, now being revised.
                        steps.add(this::submit);
                        steps.add(this::approve);
                        steps.add(this::openCorrection);
                        steps.add(this::draft);
                    }
                }
                case "SUBMITTED" -> {
                    steps.add(this::assign);
                    steps.add(this::draft);
                    if (random.nextInt(7) == 0) {
                        steps.add(this::submit);
                        steps.add(this::returnToReviewer);
                        steps.add(this::draft);
                    }
                    steps.add(this::submit);
                }
                case "PUBLISHED" -> {
                    steps.add(this::assign);
                    steps.add(this::draft);
                    if (random.nextInt(10) == 0) {
                        steps.add(this::submit);
                        steps.add(this::returnToReviewer);
                        steps.add(this::draft);
                    }
                    steps.add(this::submit);
                    steps.add(this::approve);
                    if (random.nextInt(40) == 0) {
                        steps.add(this::openCorrection);
                        steps.add(this::draft);
                        steps.add(this::submit);
                        steps.add(this::approve);
                    }
                }
                case "DISMISSED" -> {
                    if (random.nextInt(10) < 4) {
                        steps.add(this::assign);
                        if (random.nextInt(6) == 0) {
                            steps.add(this::draft);
                        }
                    }
                    steps.add(this::dismiss);
                }
                default -> throw new IllegalArgumentException(target);
            }
            int n = random.nextInt(100);
            int commentCount = n < 50 ? 0 : n < 75 ? 1 : n < 90 ? 2 : 3 + random.nextInt(3);
            for (int i = 0; i < commentCount; i++) {
                steps.add(random.nextInt(steps.size() + 1), this::comment);
            }
            return steps;
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
                c.priority = PRIORITIES[weighted(PRIORITY_WEIGHTS)];
            }
            Revision r = step(pick(editors), "edit-claim", null, 1);
            r.tags = List.copyOf(added);
            for (String tag : added) {
                tags.add(new TagRow(c.id, tag));
            }
        }

        private void assign() {
            AccountRow reviewer = pick(reviewers);
            c.assigneeId = reviewer.id();
            c.dueDate = day(t).plusDays(3 + random.nextInt(19));
            if (random.nextInt(8) == 0) {
                c.priority = PRIORITIES[weighted(PRIORITY_WEIGHTS)];
            }
            if (c.status.equals("NEW")) {
                c.status = "ASSIGNED";
            }
            step(pick(editors), random.nextInt(5) == 0 ? "bulk-assign" : "assign", null, 1);
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
                    setRating(v, RATING_KEYS[weighted(RATING_WEIGHTS)]);
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
                    made.add(new SourceRow(nextSourceId++, v.id, i, s.url(), s.title(), s.publisher(), day(t),
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
                setRating(v, RATING_KEYS[weighted(RATING_WEIGHTS)]);
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
            Revision r = step(pick(editors), "return", note, 1);
            r.verdicts.add(new VerdictAudit(current.copy(), 1));
            current.version++;
        }

        private void approve() {
            AccountRow approver = pick(editors);
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
                r = step(pick(editors), "dismiss", reason, 1);
                r.verdicts.add(new VerdictAudit(current.copy(), 1));
                current.version++;
            } else {
                step(pick(editors), "dismiss", reason, 1);
            }
        }

        private void reopen() {
            c.status = "NEW";
            c.dismissReason = null;
            c.assigneeId = null;
            c.dueDate = null;
            step(pick(editors), "reopen", null, 1);
        }

        private void openCorrection() {
            if (c.assigneeId == null) {
                c.assigneeId = pick(reviewers).id();
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
                copies.add(new SourceRow(nextSourceId++, next.id, s.position(), s.url(), s.title(), s.publisher(),
                        s.accessedOn(), s.excerpt()));
            }
            sources.addAll(copies);
            currentSources = copies;
            current = next;
            c.currentVerdictId = next.id;
            c.status = "IN_REVIEW";
            Revision r = step(pick(editors), "correction", reason, 1);
            r.verdicts.add(new VerdictAudit(next.copy(), 0));
            r.sources = copies;
        }

        private void comment() {
            AccountRow author = c.assigneeId != null && random.nextBoolean() ? assignee() : pick(editors);
            CommentRow comment = new CommentRow(nextCommentId++, c.id, author.id(),
                    text.comment(random, staffUsernames), Instant.ofEpochMilli(t));
            comments.add(comment);
            Revision r = new Revision(t, author, "comment", null);
            r.comment = comment;
            revisions.add(r);
        }

        private VerdictState newVerdict(int revision) {
            VerdictState v = new VerdictState();
            v.id = nextVerdictId++;
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
            for (AccountRow a : reviewers) {
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
    }

    // -------------------------------------------------------------------------------------------------- helpers

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
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

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
