package org.factdesk.backup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.factdesk.audit.SecurityEvent;
import org.factdesk.web.SecuritySignal;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;

/**
 * Backups on H2: "Back up now" writes a zip that H2 can load back into an empty database with every row, the
 * download is logged, only backup names are served, and old backups are pruned. On PostgreSQL the page points to
 * pg_dump and refuses to make one.
 */
@QuarkusTest
class BackupTest {

    private static final Pattern MADE = Pattern.compile("Backup (factdesk-\\d{8}-\\d{6}-\\d{3}-manual\\.zip) made");

    @Inject
    BackupService service;

    private static boolean onH2() {
        return "h2".equals(ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class));
    }

    @Test
    void anAdminBacksUpDownloadsAndTheBackupRestoresIntoAnEmptyDatabase() throws Exception {
        Account admin = TestAccounts.create("backup-admin", "admin");
        // A row that must be in the backup: an account made just now, with a unique name.
        Account marker = TestAccounts.create("backup-marker", "reviewer");
        CookieFilter session = TestAccounts.signIn(admin.username, TestAccounts.PASSWORD);
        String token = TestAccounts.csrfFrom(session, "/admin/backups");
        Response made = given().filter(session).redirects().follow(false).formParam("csrf-token", token)
                .post("/admin/backups");
        if (!onH2()) {
            assertEquals(409, made.statusCode());
            assertTrue(made.asString().contains("pg_dump"), made.asString());
            given().filter(session).get("/admin/backups").then().statusCode(200).body(containsString("pg_dump"))
                    .body(containsString("This desk runs on PostgreSQL"));
            return;
        }
        assertEquals(303, made.statusCode(), made.asString());
        String page = given().filter(session).get("/admin/backups").then().statusCode(200).extract().asString();
        Matcher m = MADE.matcher(page);
        assertTrue(m.find(), "the notice names the backup: " + page);
        String name = m.group(1);
        assertTrue(page.contains("href=\"/admin/backups/" + name + "\""), "the list links the backup");

        Response download = given().filter(session).get("/admin/backups/" + name);
        assertEquals(200, download.statusCode());
        assertEquals("application/zip", download.contentType());
        assertEquals("attachment; filename=\"" + name + "\"", download.header("Content-Disposition"));
        byte[] zip = download.asByteArray();
        String sql = script(zip);
        assertTrue(sql.contains("CREATE"), "the backup is an SQL script");
        assertTrue(sql.contains(marker.username), "the backup holds the rows made before it");

        // Restore as the page says: H2's RunScript into an empty database; the marker account is there.
        Path file = Files.createTempFile("factdesk-backup-", ".zip");
        try {
            Files.write(file, zip);
            String url = "jdbc:h2:mem:restore-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
            org.h2.tools.RunScript.main("-url", url, "-user", "factdesk", "-password", "factdesk", "-script",
                    file.toString(), "-options", "compression", "zip");
            try (Connection c = DriverManager.getConnection(url, "factdesk", "factdesk");
                    PreparedStatement q = c.prepareStatement("select display_name from account where username = ?")) {
                q.setString(1, marker.username);
                try (ResultSet rs = q.executeQuery()) {
                    assertTrue(rs.next(), "the restored database has the marker account");
                    assertEquals(marker.displayName, rs.getString(1));
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }

        List<SecuritySignal.Kind> logged = QuarkusTransaction.requiringNew().call(() -> SecurityEvent
                .<SecurityEvent>list("username = ?1 order by at", admin.username).stream().map(e -> e.kind).toList());
        assertTrue(logged.contains(SecuritySignal.Kind.BACKUP_MADE), logged.toString());
        assertTrue(logged.contains(SecuritySignal.Kind.BACKUP_DOWNLOADED), logged.toString());
    }

    @Test
    void onlyBackupNamesAreServed() {
        Account admin = TestAccounts.create("backup-names", "admin");
        CookieFilter session = TestAccounts.signIn(admin.username, TestAccounts.PASSWORD);
        for (String name : List.of("factdesk.mv.db", "..%2Ffactdesk.mv.db", "factdesk-20260101-000000-000.zip.partial",
                "factdesk-2026-01-01.zip", "factdesk-20000101-000000-000.zip", "factdesk-20000101-000000.zip")) {
            given().filter(session).get("/admin/backups/" + name).then().statusCode(404);
        }
        assertFalse(service.file("../factdesk.mv.db").isPresent());
        assertFalse(service.file("/etc/passwd").isPresent());
    }

    @Test
    void nightlyAndManualBackupsAreEachPrunedToTheNewest() {
        if (!onH2()) {
            return;
        }
        int keep = ConfigProvider.getConfig().getValue("factdesk.backup.keep", Integer.class);
        String newestNightly = null;
        for (int i = 0; i <= keep; i++) {
            newestNightly = service.create(false).name();
        }
        List<String> nightly = names(false);
        assertEquals(keep, nightly.size(), nightly.toString());
        assertEquals(newestNightly, nightly.get(0), "the newest comes first and is kept");
        // Pressing "Back up now" more often than that pushes out older manual backups, never the nightly ones.
        String newestManual = null;
        for (int i = 0; i <= keep; i++) {
            newestManual = service.create(true).name();
        }
        assertEquals(nightly, names(false), "the nightly backups are untouched");
        assertEquals(keep, names(true).size());
        assertEquals(newestManual, service.list().get(0).name(), "the list is newest first across both kinds");
    }

    @Test
    void aPostWithoutTheFormTokenMakesNoBackup() {
        Account admin = TestAccounts.create("backup-csrf", "admin");
        CookieFilter session = TestAccounts.signIn(admin.username, TestAccounts.PASSWORD);
        List<BackupService.Backup> before = service.list();
        given().filter(session).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .post("/admin/backups").then().statusCode(400);
        given().filter(session).redirects().follow(false).contentType("text/plain").body("x")
                .post("/admin/backups").then().statusCode(oneOf(400, 403, 415));
        assertEquals(before, service.list(), "nothing was made");
    }

    private List<String> names(boolean manual) {
        return service.list().stream().map(BackupService.Backup::name)
                .filter(n -> n.endsWith("-manual.zip") == manual).toList();
    }

    private static String script(byte[] zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry = in.getNextEntry();
            assertTrue(entry != null, "the zip holds the script");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
