package org.factdesk.backup;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.factdesk.TestAccounts;
import org.factdesk.audit.AuditChain;
import org.factdesk.audit.AuditService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.review.ReviewFixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;

/**
 * The backup-and-restore proof (issue 12) on H2: a desk with published verdicts, comments and their audit history is
 * backed up from /admin/backups, the backup is downloaded, and the restore command printed on that page is run as
 * printed (only the H2 jar, the data folder and the file name filled in) in a separate JVM into a new file database.
 * The restored database must have the same tables, the same rows in every table (count and content) and an audit
 * chain that verifies with the same length and head seal as the live one.
 */
@QuarkusTest
class BackupRestoreTest {

    private static final Pattern COMMAND = Pattern.compile("<pre><code>(java [^<]*RunScript[^<]*)</code></pre>");
    private static final Pattern MADE = Pattern.compile("Backup (factdesk-\\d{8}-\\d{6}-\\d{3}-manual\\.zip) made");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditService audit;

    @Test
    void aBackupRestoredWithThePagesCommandHasEveryRowAndTheSameAuditChain() throws Exception {
        Assumptions.assumeTrue("h2".equals(ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind",
                String.class)), "backups are made here only on H2; PostgreSQL uses pg_dump");
        // Something in every part of the desk: claims in each state, a published verdict, a comment.
        ReviewFixtures desk = new ReviewFixtures();
        int published = desk.claimIn(ClaimStatus.PUBLISHED);
        desk.claimIn(ClaimStatus.SUBMITTED);
        desk.claimIn(ClaimStatus.DISMISSED);
        desk.as(desk.editor).body(Map.of("body", "Checked against **table 4**, @" + desk.reviewer.username))
                .post("/api/v1/claims/" + published + "/comments").then().statusCode(201);
        CookieFilter admin = TestAccounts.signIn(desk.admin.username, TestAccounts.PASSWORD);
        String page = given().filter(admin).get("/admin/backups").then().statusCode(200).extract().asString();
        Matcher printed = COMMAND.matcher(page);
        assertTrue(printed.find(), "the backups page prints the restore command: " + page);
        String token = TestAccounts.csrfToken(given().filter(admin).get("/admin/backups"));

        // What the backup must hold: every table as it is just before "Back up now" (everything sealed, and nothing
        // else writing: the backup's own security event is written after the script).
        audit.sealPending();
        Map<String, Table> live;
        try (Connection connection = dataSource.getConnection()) {
            live = tables(connection);
        }
        given().filter(admin).redirects().follow(false).formParam("csrf-token", token).post("/admin/backups").then()
                .statusCode(303);
        Matcher made = MADE.matcher(given().filter(admin).get("/admin/backups").asString());
        assertTrue(made.find(), "the backup was made");
        byte[] zip = given().filter(admin).get("/admin/backups/" + made.group(1)).then().statusCode(200).extract()
                .asByteArray();

        Path dir = Files.createTempDirectory("factdesk-restore-");
        try {
            Path file = dir.resolve(made.group(1));
            Files.write(file, zip);
            Files.createDirectories(dir.resolve("data"));
            String restoredUrl = restoreAsThePageSays(printed.group(1), dir, file);
            try (Connection restored = DriverManager.getConnection(restoredUrl, "factdesk", "factdesk")) {
                Map<String, Table> back = tables(restored);
                assertEquals(live.keySet(), back.keySet(), "the restored database has the same tables");
                for (String name : live.keySet()) {
                    assertEquals(live.get(name).rows(), back.get(name).rows(), "rows in " + name);
                    assertEquals(live.get(name).digest(), back.get(name).digest(), "the content of " + name);
                }
                for (String name : List.of("ACCOUNT", "ARTICLE", "CLAIM", "VERDICT", "SOURCE", "CLAIM_COMMENT",
                        "AUDIT_REVISION", "AUDIT_SEAL", "CLAIM_AUD", "VERDICT_AUD", "flyway_schema_history")) {
                    assertTrue(back.get(name).rows() > 0, name + " has rows, so the comparison means something");
                }
                AuditChain.Verification chain = verify(restored);
                AuditChain.Verification liveChain = audit.verify();
                assertTrue(chain.ok(), "the restored audit chain verifies: " + chain);
                assertEquals(0, chain.unsealed(), "every restored revision is sealed");
                assertEquals(live.get("AUDIT_SEAL").rows(), chain.count(), "the whole chain was restored");
                assertTrue(liveChain.ok() && liveChain.count() >= chain.count(), "the live chain: " + liveChain);
                try (Connection connection = dataSource.getConnection()) {
                    assertEquals(head(connection, chain.count()), head(restored, chain.count()),
                            "the restored chain ends in the seal the live chain has at that position");
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Runs the page's command in a new JVM, from {@code dir} as FactDesk's folder: the H2 jar of the classpath for
     * the jar pattern, the downloaded file for the example name; everything else as printed. Returns the JDBC URL of
     * the database it wrote.
     */
    private static String restoreAsThePageSays(String printed, Path dir, Path backup) throws Exception {
        String command = printed.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&")
                .replace("\\\n", " ");
        Path h2 = Path.of(org.h2.tools.RunScript.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> args = new ArrayList<>();
        String url = null;
        for (String word : command.trim().split("\\s+")) {
            if (word.equals("java")) {
                word = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            } else if (word.contains("com.h2database.h2-*.jar")) {
                word = h2.toString();
            } else if (word.startsWith("factdesk-YYYYMMDD")) {
                word = backup.toString();
            } else if (word.startsWith("jdbc:h2:")) {
                url = word;
            }
            args.add(word);
        }
        assertTrue(url != null && url.startsWith("jdbc:h2:file:./data/"), "the command restores into the data folder: "
                + command);
        Process process = new ProcessBuilder(args).directory(dir.toFile()).redirectErrorStream(true).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the restore finished");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "the restore command succeeded: " + args + "\n" + output);
        return "jdbc:h2:file:" + dir.resolve(url.substring("jdbc:h2:file:./".length()));
    }

    /** Rows and a digest of their content (independent of row order) of every table in the PUBLIC schema. */
    record Table(long rows, String digest) {
    }

    private static Map<String, Table> tables(Connection connection) throws Exception {
        List<String> names = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "select table_name from information_schema.tables where table_schema = 'PUBLIC'"
                        + " and table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        Map<String, Table> tables = new TreeMap<>();
        for (String name : names) {
            List<String> rowDigests = new ArrayList<>();
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("select * from \"" + name + "\"")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(rs.getMetaData().getColumnName(i)).append('=').append(value(rs, i))
                                .append('\u0000');
                    }
                    rowDigests.add(sha256(row.toString()));
                }
            }
            Collections.sort(rowDigests);
            tables.put(name, new Table(rowDigests.size(), sha256(String.join("\n", rowDigests))));
        }
        return tables;
    }

    private static String value(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value instanceof java.sql.Blob blob) {
            return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
        }
        return rs.getString(column);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static AuditChain.Verification verify(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try {
            return AuditChain.verify(connection);
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    private static String head(Connection connection, long seq) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select seal from audit_seal where seq = " + seq)) {
            assertTrue(rs.next(), "seal " + seq + " exists");
            return rs.getString(1);
        }
    }
}
