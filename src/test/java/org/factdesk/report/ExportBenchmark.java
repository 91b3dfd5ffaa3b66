package org.factdesk.report;

import static org.factdesk.BenchHttp.client;
import static org.factdesk.BenchHttp.get;
import static org.factdesk.BenchHttp.signIn;
import static org.factdesk.BenchHttp.waitForHealth;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verdict report export speed and memory, run by bench/reports/export.sh; the target is 100,000 claims as CSV at
 * 100,000 rows per second or more with the server's heap growing by no more than 64 MB.
 *
 * <p>{@code seed} fills a migrated but otherwise empty H2 database (the app stopped) with {@code claims} claims by
 * JDBC batch: 100 claims per article, 8 in 10 published with a rated verdict and two sources, 1 in 10 in review
 * with a draft, 1 in 10 new; statements with commas, quotes, non-Latin names and formula-like starts. Seeding the
 * rows by SQL is what makes 100,000 claims affordable; the export itself goes through the running app.
 *
 * <p>{@code measure} signs in to the running app as its admin and, after a warm-up, times full CSV and JSON
 * exports (time to the last byte) between health checks (the trivial endpoint of the same run). Then it measures
 * the server's live heap ({@code jcmd GC.class_histogram}): before the exports, about every
 * half second during reads at full speed and by deliberately slow clients (so the server must hold back rather
 * than buffer), and after.
 */
public final class ExportBenchmark {

    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");
    private static final long ACCOUNTS = 1_000_000;
    private static final long VERDICT_OFFSET = 10_000_000;
    private static final long SOURCE_OFFSET = 20_000_000;
    private static final int CLAIMS_PER_ARTICLE = 100;
    private static final int REVIEWERS = 25;
    private static final int EDITORS = 5;

    private static final String[] CLAIMANTS = { "Ana Costa", "Ben Okafor", "Zoë Ødegård", "Ярослав Коваленко",
        "李明", "Fatima Al-Sayed", "José \"Pepe\" Núñez", null };
    private static final String[] TOPICS = { "unemployment", "bus fares", "hospital waiting lists", "rents",
        "school places", "crime", "energy bills", "the harbour tariff" };

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("seed")) {
            seed(args[1], args[2], args[3], Integer.getInteger("claims", 100_000));
        } else if (args.length == 3 && args[0].equals("measure")) {
            measure(args[1], Long.parseLong(args[2]), Integer.getInteger("claims", 100_000),
                    Double.parseDouble(System.getProperty("warmup", "40")), Integer.getInteger("runs", 5));
        } else {
            System.err.println("usage: ExportBenchmark seed JDBC_URL USER PASSWORD | measure BASE_URL APP_PID");
            System.exit(2);
        }
    }

    // ---------------------------------------------------------------------------------------------- seeding

    private static void seed(String url, String user, String password, int claims) throws Exception {
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            Instant now = Instant.parse("2026-06-01T09:00:00Z");
            insertAccounts(c, now);
            insertArticlesClaimsVerdicts(c, claims, now);
            try (Statement s = c.createStatement()) {
                // The claims point at their verdicts (the verdicts point back, so they are linked afterwards).
                s.executeUpdate("update claim set current_verdict_id = id + " + VERDICT_OFFSET
                        + " where status in ('PUBLISHED', 'IN_REVIEW')");
                s.executeUpdate("update claim set published_verdict_id = id + " + VERDICT_OFFSET
                        + " where status = 'PUBLISHED'");
                // Ids the app hands out from now on stay clear of the seeded ones.
                for (String seq : List.of("account_seq", "article_seq", "claim_seq", "verdict_seq", "source_seq")) {
                    s.execute("alter sequence " + seq + " restart with 40000000");
                }
            }
            c.commit();
        }
        System.out.printf(Locale.ROOT, "seeded %d claims in %.1f s%n", claims, (System.nanoTime() - started) / 1e9);
    }

    private static void insertAccounts(Connection c, Instant now) throws SQLException {
        try (PreparedStatement account = c.prepareStatement("insert into account (id, username, display_name, email, "
                + "password_hash, active, created_at, version) values (?, ?, ?, ?, ?, true, ?, 0)");
                PreparedStatement role = c.prepareStatement("insert into account_role (account_id, role) values (?, ?)")) {
            for (int i = 0; i < REVIEWERS + EDITORS; i++) {
                boolean editor = i >= REVIEWERS;
                String username = (editor ? "bench-editor-" : "bench-reviewer-") + i;
                account.setLong(1, ACCOUNTS + i);
                account.setString(2, username);
                account.setString(3, (editor ? "Editor " : "Reviewer ") + CLAIMANTS[i % 7].split(" ")[0] + " " + i);
                account.setString(4, username + "@example.org");
                account.setString(5, "!unusable");
                account.setTimestamp(6, Timestamp.from(now));
                account.addBatch();
                role.setLong(1, ACCOUNTS + i);
                role.setString(2, editor ? "editor" : "reviewer");
                role.addBatch();
            }
            account.executeBatch();
            role.executeBatch();
        }
    }

    private static void insertArticlesClaimsVerdicts(Connection c, int claims, Instant now) throws Exception {
        try (PreparedStatement article = c.prepareStatement("insert into article (id, title, outlet, author, "
                + "source_url, published_on, language, body, body_hash, imported_at, updated_at, version) values "
                + "(?, ?, ?, ?, ?, ?, 'en', ?, ?, ?, ?, 0)");
                PreparedStatement claim = c.prepareStatement("insert into claim (id, article_id, start_offset, "
                        + "end_offset, quote, prefix, suffix, statement, claimant, claim_date, appearance_url, "
                        + "priority, score, status, assignee_id, due_date, created_at, updated_at, version) values "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                PreparedStatement verdict = c.prepareStatement("insert into verdict (id, claim_id, revision, state, "
                        + "rating_id, summary, analysis, correction_note, author_id, approver_id, created_at, "
                        + "updated_at, submitted_at, approved_at, version) values "
                        + "(?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                PreparedStatement source = c.prepareStatement("insert into source (id, verdict_id, position, url, "
                        + "title, publisher, accessed_on, excerpt) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int articles = (claims + CLAIMS_PER_ARTICLE - 1) / CLAIMS_PER_ARTICLE;
            for (int a = 0; a < articles; a++) {
                long articleId = a + 1L;
                int first = a * CLAIMS_PER_ARTICLE;
                int last = Math.min(claims, first + CLAIMS_PER_ARTICLE);
                StringBuilder body = new StringBuilder();
                int[] starts = new int[last - first];
                for (int i = first; i < last; i++) {
                    starts[i - first] = body.length();
                    body.append(sentence(i)).append(' ');
                }
                String text = body.toString().strip();
                LocalDate published = LocalDate.of(2026, 1, 1).plusDays(a % 150);
                article.setLong(1, articleId);
                article.setString(2, "Desk review " + (a + 1) + ": what was said about " + TOPICS[a % TOPICS.length]);
                article.setString(3, a % 3 == 0 ? "The Harbour Courier" : "Daily Ledger");
                article.setString(4, "Staff reporter");
                article.setString(5, "https://news.example.org/2026/article-" + (a + 1));
                article.setObject(6, published);
                article.setString(7, text);
                article.setString(8, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(StandardCharsets.UTF_8))));
                article.setTimestamp(9, Timestamp.from(now));
                article.setTimestamp(10, Timestamp.from(now));
                article.addBatch();
                for (int i = first; i < last; i++) {
                    addClaim(claim, verdict, source, i, articleId, text, starts[i - first], published, now);
                }
                article.executeBatch();
                claim.executeBatch();
                verdict.executeBatch();
                source.executeBatch();
                if (a % 100 == 99) {
                    c.commit();
                }
            }
        }
    }

    private static void addClaim(PreparedStatement claim, PreparedStatement verdict, PreparedStatement source, int i,
            long articleId, String text, int start, LocalDate published, Instant now) throws SQLException {
        long claimId = i + 1L;
        String quote = sentence(i);
        int end = start + quote.length();
        int kind = i % 10; // 0-7 published, 8 in review, 9 new
        String status = kind < 8 ? "PUBLISHED" : kind == 8 ? "IN_REVIEW" : "NEW";
        long reviewer = ACCOUNTS + i % REVIEWERS;
        claim.setLong(1, claimId);
        claim.setLong(2, articleId);
        claim.setInt(3, start);
        claim.setInt(4, end);
        claim.setString(5, quote);
        claim.setString(6, text.substring(Math.max(0, start - 32), start));
        claim.setString(7, text.substring(end, Math.min(text.length(), end + 32)));
        claim.setString(8, statement(i));
        claim.setString(9, CLAIMANTS[i % CLAIMANTS.length]);
        claim.setObject(10, published);
        claim.setString(11, "https://news.example.org/2026/article-" + articleId);
        claim.setString(12, i % 7 == 0 ? "HIGH" : "NORMAL");
        claim.setDouble(13, (i % 100) / 100.0);
        claim.setString(14, status);
        if (kind == 9) {
            claim.setNull(15, Types.BIGINT);
        } else {
            claim.setLong(15, reviewer);
        }
        claim.setObject(16, published.plusDays(7));
        claim.setTimestamp(17, Timestamp.from(now));
        claim.setTimestamp(18, Timestamp.from(now));
        claim.addBatch();
        if (kind == 9) {
            return;
        }
        long verdictId = claimId + VERDICT_OFFSET;
        boolean publishedVerdict = kind < 8;
        Instant approved = now.plus(Duration.ofMinutes(i));
        verdict.setLong(1, verdictId);
        verdict.setLong(2, claimId);
        verdict.setString(3, publishedVerdict ? "PUBLISHED" : "DRAFT");
        verdict.setLong(4, 1 + i % 7);
        verdict.setString(5, "The figure for " + TOPICS[i % TOPICS.length] + " is close but the year is wrong: "
                + "the official series gives " + (3 + i % 5) + "." + (i % 10) + "% for 2025, not 2026.");
        verdict.setString(6, "The claim cites the **official series** (table " + (i % 12 + 1) + "). The statistics "
                + "office's release gives a different year; its spokesperson confirmed the figure by phone. See the "
                + "release and the ministry transcript below.");
        verdict.setString(7, i % 50 == 0 ? "Corrected on 3 June: the first version gave the wrong table." : null);
        verdict.setLong(8, reviewer);
        if (publishedVerdict) {
            verdict.setLong(9, ACCOUNTS + REVIEWERS + i % EDITORS);
        } else {
            verdict.setNull(9, Types.BIGINT);
        }
        verdict.setTimestamp(10, Timestamp.from(now));
        verdict.setTimestamp(11, Timestamp.from(now));
        verdict.setTimestamp(12, publishedVerdict ? Timestamp.from(approved) : null);
        verdict.setTimestamp(13, publishedVerdict ? Timestamp.from(approved) : null);
        verdict.addBatch();
        int sources = publishedVerdict ? 2 : 1;
        for (int k = 0; k < sources; k++) {
            source.setLong(1, SOURCE_OFFSET + 2L * claimId + k);
            source.setLong(2, verdictId);
            source.setInt(3, k);
            source.setString(4, "https://stats.example.org/releases/" + (2025 - k) + "/table-" + (i % 12 + 1));
            source.setString(5, k == 0 ? "Statistics office release" : "Ministry transcript");
            source.setString(6, k == 0 ? "Statistics office" : "Ministry");
            source.setObject(7, LocalDate.of(2026, 5, 30));
            source.setString(8, "Table " + (i % 12 + 1) + " gives the annual figure.");
            source.addBatch();
        }
    }

    /** The sentence in the article that the claim quotes. */
    private static String sentence(int i) {
        return "On " + (1 + i % 28) + " May the " + (i % 2 == 0 ? "minister" : "mayor") + " said that "
                + TOPICS[i % TOPICS.length] + " had changed by " + (3 + i % 5) + "." + (i % 10) + "% in a year.";
    }

    /** The claim's statement: plain, with commas and quotes, or starting like a spreadsheet formula. */
    private static String statement(int i) {
        String topic = TOPICS[i % TOPICS.length];
        return switch (i % 20) {
            case 3 -> "=HYPERLINK(\"http://evil.example\", \"" + topic + "\")";
            case 7 -> "-" + (3 + i % 5) + "% change in " + topic + ", \"the lowest since 1990\"";
            default -> topic.substring(0, 1).toUpperCase(Locale.ROOT) + topic.substring(1) + " changed by "
                    + (3 + i % 5) + "." + (i % 10) + "% in a year, the lowest since records began (claim " + (i + 1)
                    + ").";
        };
    }

    // -------------------------------------------------------------------------------------------- measuring

    private static void measure(String base, long pid, int claims, double warmup, int runs) throws Exception {
        String adminPassword = System.getenv("FACTDESK_ADMIN_PASSWORD");
        HttpClient anonymous = client();
        waitForHealth(anonymous, base, Duration.ofMinutes(3));
        HttpClient admin = client();
        signIn(admin, base, "admin", adminPassword);
        String csv = base + "/api/v1/reports/verdicts?format=csv";
        String json = base + "/api/v1/reports/verdicts?format=json";

        // Check once that the export is complete: one CSV record per claim after the header.
        Download check = download(admin, csv, 0, true);
        if (check.records != claims + 1) {
            throw new IllegalStateException("the CSV has " + (check.records - 1) + " rows, expected " + claims);
        }
        long csvBytes = check.bytes;
        long jsonBytes = download(admin, json, 0, false).bytes;
        System.out.printf(Locale.ROOT, "%d claims: CSV %.1f MB (%d rows after the header), JSON %.1f MB%n", claims,
                csvBytes / 1e6, check.records - 1, jsonBytes / 1e6);

        long warmEnd = System.nanoTime() + (long) (warmup * 1e9);
        int warmRuns = 0;
        do {
            expect(download(admin, csv, 0, false), csvBytes);
            expect(download(admin, json, 0, false), jsonBytes);
            health(anonymous, base, 10);
            warmRuns++;
        } while (System.nanoTime() < warmEnd);

        double[] csvSeconds = new double[runs];
        double[] jsonSeconds = new double[runs];
        List<Double> healthMillis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            csvSeconds[i] = expect(download(admin, csv, 0, false), csvBytes).seconds;
            healthMillis.addAll(health(anonymous, base, 20));
            jsonSeconds[i] = expect(download(admin, json, 0, false), jsonBytes).seconds;
            healthMillis.addAll(health(anonymous, base, 20));
        }
        Arrays.sort(csvSeconds);
        Arrays.sort(jsonSeconds);
        double healthMedian = healthMillis.stream().sorted().toList().get(healthMillis.size() / 2);
        System.out.printf(Locale.ROOT, "warm-up %.0f s (%d rounds); %d timed runs each, time to the last byte%n",
                warmup, warmRuns, runs);
        report("CSV ", claims, csvSeconds, healthMedian);
        report("JSON", claims, jsonSeconds, healthMedian);
        System.out.printf(Locale.ROOT, "GET /q/health (trivial endpoint, same run): median %.2f ms over %d requests%n",
                healthMedian, healthMillis.size());

        // Memory: the server's live heap (after a full collection) before, during and after exports read at
        // several speeds (0 = as fast as the client can), each sampled about every half second.
        long before = liveHeapKb(pid);
        long peak = before;
        for (String rate : System.getProperty("memoryRates", "0,0,0,16000000,4000000").split(",")) {
            long bytesPerSecond = Long.parseLong(rate.strip());
            long started = System.nanoTime();
            Peak p = peakDuring(pid, () -> expect(download(admin, csv, bytesPerSecond, false), csvBytes));
            System.out.printf(Locale.ROOT, "CSV read %s: %.1f s, %d heap samples, peak live heap %.1f MB (+%.1f MB)%n",
                    bytesPerSecond == 0 ? "at full speed" : String.format(Locale.ROOT, "at %.0f MB/s",
                            bytesPerSecond / 1e6), (System.nanoTime() - started) / 1e9, p.samples, p.kb / 1024.0,
                    (p.kb - before) / 1024.0);
            peak = Math.max(peak, p.kb);
        }
        long after = liveHeapKb(pid);
        System.out.printf(Locale.ROOT, "live heap before the exports: %.1f MB, after: %.1f MB; largest growth during an "
                + "export: %.1f MB (target: at most 64 MB)%n", before / 1024.0, after / 1024.0, (peak - before) / 1024.0);
    }

    private static void report(String format, int claims, double[] seconds, double healthMedian) {
        double median = seconds[seconds.length / 2];
        System.out.printf(Locale.ROOT, "%s export of %d claims: median %.3f s = %.0f rows/s (best %.0f, worst %.0f); "
                + "%.0f× a health check%n", format, claims, median, claims / median, claims / seconds[0],
                claims / seconds[seconds.length - 1], median * 1000 / healthMedian);
    }

    /** One export read to the end; {@code records} counted only when asked (CSV records, quoted newlines aside). */
    private record Download(long bytes, long records, double seconds) {
    }

    private static Download expect(Download d, long bytes) {
        if (d.bytes != bytes) {
            throw new IllegalStateException("an export gave " + d.bytes + " bytes, the first gave " + bytes);
        }
        return d;
    }

    /** Reads the export to its end, at most {@code bytesPerSecond} when that is above 0. */
    private static Download download(HttpClient client, String url, long bytesPerSecond, boolean countRecords)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = client.send(get(url), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        byte[] buffer = new byte[1 << 16];
        long bytes = 0;
        long records = 0;
        boolean quoted = false;
        try (InputStream in = response.body()) {
            for (int n; (n = in.read(buffer)) > 0;) {
                bytes += n;
                if (countRecords) {
                    for (int k = 0; k < n; k++) {
                        byte b = buffer[k];
                        if (b == '"') {
                            quoted = !quoted;
                        } else if (b == '\n' && !quoted) {
                            records++;
                        }
                    }
                }
                if (bytesPerSecond > 0) {
                    long due = start + bytes * 1_000_000_000L / bytesPerSecond;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                }
            }
        }
        return new Download(bytes, records, (System.nanoTime() - start) / 1e9);
    }

    private static List<Double> health(HttpClient client, String base, int n) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> r = client.send(get(base + "/q/health"), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("health answered " + r.statusCode());
            }
            millis.add((System.nanoTime() - t) / 1e6);
        }
        return millis;
    }

    private interface Work {
        void run() throws Exception;
    }

    private record Peak(long kb, int samples) {
    }

    /** The largest live heap seen while {@code work} runs, sampled about every half second. */
    private static Peak peakDuring(long pid, Work work) throws Exception {
        Exception[] failure = new Exception[1];
        Thread reader = new Thread(() -> {
            try {
                work.run();
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        reader.start();
        long peak = 0;
        int samples = 0;
        while (reader.isAlive()) {
            long kb = liveHeapKb(pid);
            if (reader.isAlive() || samples == 0) {
                peak = Math.max(peak, kb);
                samples++;
            }
            reader.join(500);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return new Peak(peak, samples);
    }

    /**
     * The app's live heap in KB: {@code GC.class_histogram} collects fully and then sums the reachable objects, in
     * one step (a separate {@code GC.heap_info} afterwards would also count what the export allocated meanwhile).
     */
    private static long liveHeapKb(long pid) throws IOException, InterruptedException {
        String histogram = jcmd(pid, "GC.class_histogram");
        Matcher m = HISTOGRAM_TOTAL.matcher(histogram);
        if (!m.find()) {
            throw new IllegalStateException("no total in jcmd's class histogram: "
                    + histogram.substring(Math.max(0, histogram.length() - 500)));
        }
        return Long.parseLong(m.group(1)) / 1024;
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + out);
        }
        return out;
    }
}
