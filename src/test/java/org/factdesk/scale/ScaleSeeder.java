package org.factdesk.scale;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Collectors;

import org.factdesk.account.PasswordPolicy;
import org.factdesk.account.Passwords;
import org.factdesk.audit.AuditChain;
import org.factdesk.scale.DeskRows.AccountRow;
import org.factdesk.scale.DeskRows.ArticleBatch;
import org.flywaydb.core.Flyway;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * Seeds a FactDesk database with a desk of CLAIMS claims for bench/scale: migrates it with the app's Flyway
 * scripts, writes the accounts (the admin's password as on a first start), the articles, claims, verdicts,
 * sources, comments, tags and their audit revisions, moves the id sequences past them, seals the revisions with
 * the app's own {@link AuditChain} (unless {@code -Dseal=app} leaves that to the app), and leaves the search terms
 * ({@value CorpusSample#FILE}) and a description of the desk ({@value #MANIFEST}) in DATA_DIR.
 *
 * <p>Run by bench/scale/seed.sh: {@code ScaleSeeder CLAIMS DATA_DIR} with {@code -Durl -Duser -Dpassword
 * -Dmigrations -Dseed -Dseal -Dcompact}.
 */
public final class ScaleSeeder {

    static final String MANIFEST = "scale-seed.properties";
    /** The app's sealer takes this many revisions per transaction (AuditService.SEAL_BATCH). */
    private static final int SEAL_BATCH = 5000;

    private ScaleSeeder() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ScaleSeeder CLAIMS DATA_DIR  (-Durl= -Duser= -Dpassword= -Dmigrations= "
                    + "-Dseed=42 -Dseal=seeder|app -Dcompact=true)");
            System.exit(2);
        }
        int claims = Integer.parseInt(args[0].replace("_", "").replace(",", ""));
        Path dataDir = Path.of(args[1]);
        String url = System.getProperty("url");
        String user = System.getProperty("user", "factdesk");
        String password = System.getProperty("password", "factdesk");
        long seed = Long.getLong("seed", 42);
        boolean sealHere = !"app".equals(System.getProperty("seal", "seeder"));
        Files.createDirectories(dataDir);

        String adminPassword = System.getenv("FACTDESK_ADMIN_PASSWORD");
        boolean generated = adminPassword == null || adminPassword.isBlank();
        if (generated) {
            adminPassword = Passwords.generate();
        } else {
            String problem = new PasswordPolicy().check(adminPassword, "admin").orElse(null);
            if (problem != null) {
                System.err.println("FACTDESK_ADMIN_PASSWORD is not acceptable: " + problem);
                System.exit(2);
            }
        }

        long started = System.nanoTime();
        java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
        Flyway.configure().dataSource(url, user, password)
                .locations("filesystem:" + System.getProperty("migrations", "src/main/resources/db/migration"))
                .load().migrate();
        double migrateSeconds = seconds(started);

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        CorpusSample corpus = new CorpusSample();
        DeskGenerator generator = new DeskGenerator(claims, seed, now, corpus);
        Map<String, String> manifest = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            requireEmpty(c);
            c.setAutoCommit(false);
            boolean postgres = c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            fastInserts(c, postgres, true);
            long writeStarted = System.nanoTime();
            long rows;
            int articles;
            try (DeskWriter writer = new DeskWriter(c)) {
                writer.accounts(generator.accounts(), generator.accountRevisions(),
                        BcryptUtil.bcryptHash(adminPassword, 12));
                articles = writeArticles(generator, writer, claims);
                writer.commit();
                writer.advanceSequences();
                rows = writer.rows();
            }
            fastInserts(c, postgres, false);
            double writeSeconds = seconds(writeStarted);
            System.out.printf(Locale.ROOT, "seeded %,d claims in %,d articles (%,d rows, %,d audit revisions) in "
                    + "%.1f s: %,.0f claims/s%n", claims, articles, rows, generator.lastRevisionId(), writeSeconds,
                    claims / writeSeconds);

            double sealSeconds = 0;
            if (sealHere) {
                long sealStarted = System.nanoTime();
                long sealed = seal(c);
                sealSeconds = seconds(sealStarted);
                System.out.printf(Locale.ROOT, "sealed %,d revisions with the app's AuditChain.sealPending, %d per "
                        + "transaction, in %.1f s: %,.0f revisions/s%n", sealed, SEAL_BATCH, sealSeconds,
                        sealed / sealSeconds);
            } else {
                System.out.println("left " + generator.lastRevisionId() + " revisions unsealed for the app's sealer");
            }
            System.out.println("claims by status: " + countByStatus(c));

            manifest.put("claims", String.valueOf(claims));
            manifest.put("articles", String.valueOf(articles));
            manifest.put("claim-ids", "1-" + claims);
            manifest.put("article-ids", "1-" + articles);
            manifest.put("revisions", String.valueOf(generator.lastRevisionId()));
            manifest.put("rows", String.valueOf(rows));
            manifest.put("editors", generator.editors().stream().map(AccountRow::username)
                    .collect(Collectors.joining(",")));
            manifest.put("reviewers", generator.reviewers().stream().map(AccountRow::username)
                    .collect(Collectors.joining(",")));
            manifest.put("database", c.getMetaData().getDatabaseProductName());
            manifest.put("seed", String.valueOf(seed));
            manifest.put("seeded-at", now.toString());
            manifest.put("migrate-seconds", String.format(Locale.ROOT, "%.1f", migrateSeconds));
            manifest.put("write-seconds", String.format(Locale.ROOT, "%.1f", writeSeconds));
            manifest.put("sealed-by", sealHere ? "seeder" : "app");
            manifest.put("seal-seconds", String.format(Locale.ROOT, "%.1f", sealSeconds));
        }
        try (Writer out = Files.newBufferedWriter(dataDir.resolve(CorpusSample.FILE), StandardCharsets.UTF_8)) {
            corpus.write(out);
        }
        if (url.startsWith("jdbc:h2:") && Boolean.parseBoolean(System.getProperty("compact", "true"))) {
            long compactStarted = System.nanoTime();
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                // H2 appends changed pages; rewriting the file once leaves it as a long-running desk's would be.
                s.execute("shutdown compact");
            }
            manifest.put("compact-seconds", String.format(Locale.ROOT, "%.1f", seconds(compactStarted)));
            System.out.printf(Locale.ROOT, "compacted the H2 file in %.1f s%n", seconds(compactStarted));
        }
        manifest.put("total-seconds", String.format(Locale.ROOT, "%.1f", seconds(started)));
        writeManifest(dataDir.resolve(MANIFEST), manifest);
        System.out.printf(Locale.ROOT, "done in %.1f s; search terms in %s%n", seconds(started),
                dataDir.resolve(CorpusSample.FILE));
        if (generated) {
            System.out.printf("%n    The seeded desk's accounts ('admin' and every editor and reviewer) sign in with "
                    + "the password '%s'%n    This is shown only once.%n%n", adminPassword);
        }
    }

    /** Generates on a second thread while this one writes, so both cores work. */
    private static int writeArticles(DeskGenerator generator, DeskWriter writer, int claims) throws Exception {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
        Object end = new Object();
        Thread producer = new Thread(() -> {
            try {
                while (generator.hasNext()) {
                    queue.put(generator.next());
                }
                queue.put(end);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                try {
                    queue.put(e);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "scale-generator");
        producer.setDaemon(true);
        producer.start();
        int articles = 0;
        long written = 0;
        long nextReport = Math.max(10_000, claims / 10);
        long started = System.nanoTime();
        while (true) {
            Object item = queue.take();
            if (item == end) {
                break;
            }
            if (item instanceof RuntimeException e) {
                throw e;
            }
            ArticleBatch batch = (ArticleBatch) item;
            writer.write(batch);
            articles++;
            written += batch.claims().size();
            if (written >= nextReport) {
                System.out.printf(Locale.ROOT, "  %,d claims, %.0f s%n", written, seconds(started));
                nextReport += Math.max(10_000, claims / 10);
            }
        }
        return articles;
    }

    /**
     * While seeding, the generator's rows are consistent by construction (DeskGeneratorTest checks the references),
     * so the database need not look up every foreign key; H2 also gets a page cache that holds the growing indexes
     * ({@code -Dh2CacheKb}, default 1 GB, this session only: the app's URL sets its own). PostgreSQL skips the
     * foreign-key triggers for this session and the wait for each commit to reach the disk.
     */
    private static void fastInserts(Connection c, boolean postgres, boolean on) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (postgres) {
                s.execute(on ? "set session_replication_role = replica" : "set session_replication_role = origin");
                s.execute(on ? "set synchronous_commit = off" : "set synchronous_commit = on");
            } else {
                s.execute("set referential_integrity " + !on);
                s.execute("set cache_size " + (on ? Integer.getInteger("h2CacheKb", 1 << 20) : 131072));
            }
        }
        c.commit();
    }

    private static long seal(Connection c) throws SQLException {
        long total = 0;
        int sealed;
        do {
            sealed = AuditChain.sealPending(c, SEAL_BATCH);
            c.commit();
            total += sealed;
        } while (sealed == SEAL_BATCH);
        return total;
    }

    private static void requireEmpty(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select (select count(*) from account) + (select count(*) from claim)")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException("The database already has accounts or claims; seed an empty one.");
            }
        }
    }

    private static String countByStatus(Connection c) throws SQLException {
        List<String> parts = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select status, count(*) from claim group by status order by status")) {
            while (rs.next()) {
                parts.add(rs.getString(1) + " " + rs.getLong(2));
            }
        }
        c.commit();
        return String.join(", ", parts);
    }

    private static void writeManifest(Path file, Map<String, String> values) throws IOException {
        StringBuilder sb = new StringBuilder("# The desk bench/scale/seed.sh made here; read by bench/scale/run.sh.\n");
        values.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
