package org.factdesk.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;

import org.flywaydb.core.Flyway;

/**
 * Throughput of {@link AuditChain#verify} on a fresh database holding {@code revisions} revisions, each with one
 * claim_aud and one verdict_aud row shaped like the desk's, inserted by JDBC batch and sealed with
 * {@link AuditChain#sealPending}. Run by bench/audit/verify.sh; the target is 100,000 revisions per second.
 */
public final class AuditVerifyBenchmark {

    private static final String ANALYSIS = "The minister's figure comes from the **2024 labour force survey**, "
            + "which counts people aged 15 to 64. The statistics office's own release (table 4) gives 3.4%, not "
            + "3.1%, for May; the lower figure is April's. \"We rounded,\" a spokesperson said. Rated mostly false "
            + "because the trend is right but the number and the month are not. Sources: ONS release, ministry "
            + "transcript, our interview of 4 March.";

    /** Held so the level sticks: java.util.logging keeps loggers only weakly. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    private AuditVerifyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("url", "jdbc:h2:file:/tmp/factdesk-audit-bench/audit;WRITE_DELAY=0");
        String user = System.getProperty("user", "factdesk");
        String password = System.getProperty("password", "factdesk");
        int revisions = Integer.getInteger("revisions", 100_000);
        double warmup = Double.parseDouble(System.getProperty("warmup", "40"));
        int runs = Integer.getInteger("runs", 5);
        String migrations = System.getProperty("migrations", "src/main/resources/db/migration");

        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
        fresh(url, user, password);
        Flyway.configure().dataSource(url, user, password).locations("filesystem:" + migrations).load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            long started = System.nanoTime();
            insert(c, revisions);
            double insertSeconds = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            int sealed = 0;
            int batch;
            do {
                batch = AuditChain.sealPending(c, 5000);
                c.commit();
                sealed += batch;
            } while (batch > 0);
            double sealSeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "%s%ninserted %d revisions (+%d audit rows) in %.1f s; sealed %d in %.1f s "
                    + "(%.0f revisions/s)%n", url, revisions, 2 * revisions, insertSeconds, sealed, sealSeconds,
                    sealed / sealSeconds);

            long warmEnd = System.nanoTime() + (long) (warmup * 1e9);
            int warmRuns = 0;
            do {
                check(verify(c), revisions);
                warmRuns++;
            } while (System.nanoTime() < warmEnd);
            double[] rates = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                AuditChain.Verification v = verify(c);
                double seconds = (System.nanoTime() - t) / 1e9;
                check(v, revisions);
                rates[i] = v.count() / seconds;
                System.out.printf(Locale.ROOT, "run %d: %d revisions verified in %.3f s = %.0f revisions/s%n", i + 1,
                        v.count(), seconds, rates[i]);
            }
            Arrays.sort(rates);
            System.out.printf(Locale.ROOT, "warm-up %d runs in %.0f s; median of %d runs: %.0f revisions/s "
                    + "(best %.0f, worst %.0f)%n", warmRuns, warmup, runs, rates[runs / 2], rates[runs - 1], rates[0]);
        }
    }

    /** One verification as the application runs it: inside a transaction that is rolled back. */
    private static AuditChain.Verification verify(Connection c) throws SQLException {
        try {
            return AuditChain.verify(c);
        } finally {
            c.rollback();
        }
    }

    private static void check(AuditChain.Verification v, int revisions) {
        if (!v.ok() || v.count() != revisions || v.unsealed() != 0) {
            throw new IllegalStateException("verification did not pass: " + v);
        }
    }

    /** Starts from an empty database: deletes the H2 files, or drops and creates the PostgreSQL database. */
    private static void fresh(String url, String user, String password) throws Exception {
        if (url.startsWith("jdbc:h2:file:")) {
            Path base = Path.of(url.substring("jdbc:h2:file:".length()).split(";")[0]);
            Path dir = base.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            try (var files = Files.list(dir)) {
                for (Path p : files.filter(p -> p.getFileName().toString().startsWith(base.getFileName() + "."))
                        .toList()) {
                    Files.delete(p);
                }
            }
        } else if (url.startsWith("jdbc:postgresql:")) {
            String database = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
            String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
            try (Connection c = DriverManager.getConnection(admin, user, password); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + database);
                s.execute("create database " + database);
            }
        }
    }

    /** Revisions with one claim row and one verdict row each, as a claim's edits and its verdict drafts look. */
    private static void insert(Connection c, int revisions) throws SQLException {
        OffsetDateTime base = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.UTC);
        try (PreparedStatement rev = c.prepareStatement("insert into audit_revision (id, at_millis, account_id, "
                + "username, action, note, request_id) values (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement claim = c.prepareStatement("insert into claim_aud (id, rev, revtype, article_id, "
                        + "start_offset, end_offset, quote, prefix, suffix, statement, claimant, claim_date, "
                        + "appearance_url, priority, score, status, assignee_id, due_date, created_by, created_at, "
                        + "updated_at, current_verdict_id, published_verdict_id, return_note, dismiss_reason) values "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement verdict = c.prepareStatement("insert into verdict_aud (id, rev, revtype, "
                        + "claim_id, revision, state, rating_id, summary, analysis, correction_note, author_id, "
                        + "approver_id, created_at, updated_at, submitted_at, approved_at) values "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= revisions; i++) {
                long claimId = 1 + (i - 1) / 10;
                int step = (i - 1) % 10;
                OffsetDateTime at = base.plusSeconds(37L * i);
                rev.setLong(1, i);
                rev.setLong(2, at.toInstant().toEpochMilli());
                rev.setLong(3, 1 + i % 40);
                rev.setString(4, "reviewer" + (i % 40));
                rev.setString(5, step == 0 ? "assign" : step == 9 ? "return" : "save-draft");
                rev.setString(6, step == 9 ? "Check the month: the release says April, not May." : null);
                rev.setString(7, "5f0c6a9e-8d7b-4c1e-9a3f-" + String.format(Locale.ROOT, "%012d", i));
                rev.addBatch();

                claim.setLong(1, claimId);
                claim.setLong(2, i);
                claim.setInt(3, step == 0 ? 0 : 1);
                claim.setLong(4, 1 + claimId / 5);
                claim.setInt(5, 120);
                claim.setInt(6, 184);
                claim.setString(7, "Unemployment fell to 3.1% in May, the lowest since 2008");
                claim.setString(8, "told reporters on Tuesday that \"the jobs market is strong\": ");
                claim.setString(9, ", adding that wages had risen faster than prices for a year.");
                claim.setString(10, "Unemployment fell to 3.1% in May " + claimId);
                claim.setString(11, "Employment minister");
                claim.setObject(12, LocalDate.of(2026, 1, 4));
                claim.setString(13, "https://news.example.org/2026/01/04/jobs-report-" + claimId);
                claim.setString(14, "HIGH");
                claim.setDouble(15, 0.87);
                claim.setString(16, step == 0 ? "ASSIGNED" : "IN_REVIEW");
                claim.setLong(17, 1 + i % 40);
                claim.setObject(18, LocalDate.of(2026, 1, 9));
                claim.setLong(19, 41);
                claim.setObject(20, base, Types.TIMESTAMP_WITH_TIMEZONE);
                claim.setObject(21, at, Types.TIMESTAMP_WITH_TIMEZONE);
                claim.setLong(22, claimId);
                claim.setNull(23, Types.BIGINT);
                claim.setString(24, step == 9 ? "Check the month: the release says April, not May." : null);
                claim.setNull(25, Types.VARCHAR);
                claim.addBatch();

                verdict.setLong(1, claimId);
                verdict.setLong(2, i);
                verdict.setInt(3, step == 0 ? 0 : 1);
                verdict.setLong(4, claimId);
                verdict.setInt(5, 1);
                verdict.setString(6, "DRAFT");
                verdict.setLong(7, 4);
                verdict.setString(8, "The rate was 3.4% in May; 3.1% was April's figure (draft " + step + ")");
                verdict.setString(9, ANALYSIS);
                verdict.setNull(10, Types.VARCHAR);
                verdict.setLong(11, 1 + i % 40);
                verdict.setNull(12, Types.BIGINT);
                verdict.setObject(13, base, Types.TIMESTAMP_WITH_TIMEZONE);
                verdict.setObject(14, at, Types.TIMESTAMP_WITH_TIMEZONE);
                verdict.setNull(15, Types.TIMESTAMP_WITH_TIMEZONE);
                verdict.setNull(16, Types.TIMESTAMP_WITH_TIMEZONE);
                verdict.addBatch();

                if (i % 1000 == 0 || i == revisions) {
                    rev.executeBatch();
                    claim.executeBatch();
                    verdict.executeBatch();
                    c.commit();
                }
            }
        }
    }
}
