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

import org.factdesk.scale.DeskRows.AccountRow;
import org.factdesk.scale.DeskRows.ArticleBatch;
import org.factdesk.scale.DeskRows.ArticleRow;
import org.factdesk.scale.DeskRows.Revision;

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

    private static final long DAY = 24 * 60 * 60_000L;

    /** The people who work the desk, as ClaimLife picks them. */
    record Staff(List<AccountRow> editors, List<AccountRow> reviewers, List<String> usernames) {
    }

    /** The next id of each kind of row; seeded ids start at 1, the app's sequences are moved past them. */
    static final class Ids {
        private long claim;
        private long verdict;
        private long source;
        private long comment;

        long claim() {
            return ++claim;
        }

        long verdict() {
            return ++verdict;
        }

        long source() {
            return ++source;
        }

        long comment() {
            return ++comment;
        }
    }

    final Random random;
    final Instant now;
    final TextMaker text;
    final CorpusSample corpus;
    final Staff staff = new Staff(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    final Ids ids = new Ids();
    private final int claims;
    private final Instant deskStart;
    private final Vocabulary vocabulary;
    private final List<AccountRow> accounts = new ArrayList<>();
    private final List<Revision> accountRevisions = new ArrayList<>();
    private int claimsMade;
    private long nextArticleId = 1;
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
        return staff.reviewers();
    }

    List<AccountRow> editors() {
        return staff.editors();
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
                staff.editors().add(a);
            }
            if (roles.contains("reviewer") && !roles.contains("editor")) {
                staff.reviewers().add(a);
            }
            staff.usernames().add(username);
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
        AccountRow importer = staff.editors().get(random.nextInt(staff.editors().size()));
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
        ClaimLife life = new ClaimLife(this, article, revisions);
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

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
