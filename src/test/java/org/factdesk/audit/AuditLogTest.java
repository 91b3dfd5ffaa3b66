package org.factdesk.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.factdesk.web.SecuritySignal.Kind;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The audit log page, its export and verification, the security log, and who may see them: editors, admins and
 * auditors read; auditors change nothing; reviewers and anonymous visitors are kept out.
 */
@QuarkusTest
class AuditLogTest {

    private static final String WRONG_PASSWORD = "Wrong-Harbour-Violet-58";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    /** An editor with an article and a claim made through the API: two revisions in their name. */
    private record Desk(Account editor, long article, long claim) {
    }

    private static Desk desk() {
        Account editor = TestAccounts.create("log-editor", "editor");
        int article = basic(editor).body(Map.of("title", "Audit log " + System.nanoTime(),
                "text", "Bus fares rose 8% in April, the council said. " + System.nanoTime()))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        int claim = basic(editor).body(Map.of("start", 0, "end", 28))
                .post("/api/v1/articles/" + article + "/claims").then().statusCode(201).extract().path("id");
        return new Desk(editor, article, claim);
    }

    private static RequestSpecification basic(Account account) {
        return given().auth().preemptive().basic(account.username, TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    private static RequestSpecification as(CookieFilter session) {
        return given().filter(session).redirects().follow(false);
    }

    private long firstRevision(String table, long id) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select min(rev) from " + table + " where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The security events of one person, waiting briefly for those written off the event loop. */
    private static List<SecurityEvent> events(String username, Kind kind) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        List<SecurityEvent> found;
        do {
            found = QuarkusTransaction.requiringNew().call(
                    () -> SecurityEvent.<SecurityEvent>list("username = ?1 and kind = ?2", username, kind));
            if (!found.isEmpty()) {
                return found;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < until);
        return found;
    }

    private static void assertStoredWithoutSecrets(SecurityEvent event, String path) {
        assertEquals(path, event.path, event.kind + " path");
        assertNotNull(event.ip, event.kind + " has the client address");
        assertNotNull(event.at);
        for (String field : new String[] { event.username, event.ip, event.path, event.detail }) {
            if (field != null) {
                assertFalse(field.contains(TestAccounts.PASSWORD), "no password in " + event.kind);
                assertFalse(field.contains(WRONG_PASSWORD), "no password in " + event.kind);
            }
        }
    }

    private static String sha256(String prevSeal, String canonical) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update((prevSeal + "\n" + canonical).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    // Security log

    @Test
    void failedSignInSignInAndSignOutAreStoredWithWhoAndWhereButNoPassword() throws Exception {
        Account account = TestAccounts.create("seclog", "reviewer");
        CookieFilter cookies = new CookieFilter();
        Response form = given().filter(cookies).get("/login");
        given().filter(cookies).redirects().follow(false).formParam("csrf-token", TestAccounts.csrfToken(form))
                .formParam("username", account.username).formParam("password", WRONG_PASSWORD)
                .post("/login").then().statusCode(401);
        CookieFilter session = TestAccounts.signIn(account.username, TestAccounts.PASSWORD);
        as(session).formParam("csrf-token", TestAccounts.csrfFrom(session, "/account")).post("/logout")
                .then().statusCode(303);

        SecurityEvent failed = events(account.username, Kind.SIGN_IN_FAILED).get(0);
        assertStoredWithoutSecrets(failed, "/login");
        assertEquals(account.id, failed.accountId);
        assertTrue(failed.detail.contains("wrong password"), failed.detail);
        SecurityEvent signIn = events(account.username, Kind.SIGN_IN).get(0);
        assertStoredWithoutSecrets(signIn, "/login");
        assertEquals(account.id, signIn.accountId);
        SecurityEvent signOut = events(account.username, Kind.SIGN_OUT).get(0);
        assertStoredWithoutSecrets(signOut, "/logout");
        assertEquals(account.id, signOut.accountId);
    }

    @Test
    void refusedPermissionIsStoredWithWhoAndWhere() throws Exception {
        Account reviewer = TestAccounts.create("seclog-403", "reviewer");
        CookieFilter session = TestAccounts.signIn(reviewer.username, TestAccounts.PASSWORD);
        as(session).get("/admin/accounts").then().statusCode(403);
        SecurityEvent refused = events(reviewer.username, Kind.PERMISSION_REFUSED).get(0);
        assertStoredWithoutSecrets(refused, "/admin/accounts");
        assertEquals(reviewer.id, refused.accountId);
        assertTrue(refused.detail.startsWith("GET"), refused.detail);
    }

    @Test
    void anObjectLevelRefusalIsStoredInEnglishWhateverLanguageThePersonReads() throws Exception {
        Desk desk = desk();
        Account reviewer = TestAccounts.create("seclog-es", "reviewer");
        // Not the claim's reviewer: refused in Spanish, logged in English.
        basic(reviewer).header("Accept-Language", "es").body(Map.of("summary", "Resumen"))
                .put("/api/v1/claims/" + desk.claim() + "/verdict").then().statusCode(403)
                .body("detail", equalTo("Solo la persona que verifica esta afirmación puede trabajar en su veredicto."));
        SecurityEvent refused = events(reviewer.username, Kind.PERMISSION_REFUSED).get(0);
        assertEquals("PUT, Only the reviewer this claim is assigned to can work on its verdict.", refused.detail);
    }

    @Test
    void csrfRefusalIsStoredAndExplained() throws Exception {
        Account editor = TestAccounts.create("seclog-csrf", "editor");
        CookieFilter session = TestAccounts.signIn(editor.username, TestAccounts.PASSWORD);
        as(session).formParam("current", TestAccounts.PASSWORD).formParam("password", WRONG_PASSWORD)
                .formParam("confirmation", WRONG_PASSWORD).post("/account/password")
                .then().statusCode(400).body(containsString("Form expired"), containsString("Nothing was changed"));
        SecurityEvent refused = events(editor.username, Kind.CSRF_REFUSED).get(0);
        assertStoredWithoutSecrets(refused, "/account/password");
        assertTrue(refused.detail.startsWith("POST"), refused.detail);
    }

    @Test
    void crossSiteRefusalIsStoredWithItsOrigin() throws Exception {
        String origin = "https://evil-" + System.nanoTime() + ".example";
        given().redirects().follow(false).header("Origin", origin).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/articles").then().statusCode(403);
        long until = System.nanoTime() + 10_000_000_000L;
        List<SecurityEvent> found;
        do {
            found = QuarkusTransaction.requiringNew().call(() -> SecurityEvent.<SecurityEvent>list(
                    "kind = ?1 and detail like ?2", Kind.CROSS_SITE_REFUSED, "%" + origin + "%"));
            Thread.sleep(found.isEmpty() ? 50 : 0);
        } while (found.isEmpty() && System.nanoTime() < until);
        assertEquals(1, found.size());
        assertStoredWithoutSecrets(found.get(0), "/api/v1/articles");
    }

    @Test
    void securityEventsTabFiltersByUserAndDay() throws Exception {
        Account account = TestAccounts.create("seclog-tab", "reviewer");
        TestAccounts.signIn(account.username, TestAccounts.PASSWORD);
        events(account.username, Kind.SIGN_IN);
        CookieFilter auditor = TestAccounts.signIn(TestAccounts.create("seclog-auditor", "auditor").username,
                TestAccounts.PASSWORD);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        as(auditor).get("/audit/security?user=" + account.username + "&from=" + today + "&to=" + today)
                .then().statusCode(200).body(containsString("Security events"), containsString("Signed in"),
                        containsString(account.username), containsString("/login"));
        as(auditor).get("/audit/security?user=" + account.username + "&from="
                + LocalDate.now(ZoneOffset.UTC).plusDays(1)).then().statusCode(200)
                .body(containsString("No security event matches these filters."));
        as(auditor).get("/audit/security?user=" + account.username + "&to=not-a-day").then().statusCode(422)
                .body(containsString("To must be a date like"), containsString("value=\"not-a-day\""));
    }

    // The audit log page

    @Test
    void pageFiltersByUserDaysAndEntity() throws Exception {
        Desk desk = desk();
        long articleRev = firstRevision("article_aud", desk.article());
        long claimRev = firstRevision("claim_aud", desk.claim());
        CookieFilter auditor = TestAccounts.signIn(TestAccounts.create("log-auditor", "auditor").username,
                TestAccounts.PASSWORD);
        String user = "/audit?user=" + desk.editor().username;
        as(auditor).get(user).then().statusCode(200)
                .body(containsString("<h1>Audit log</h1>"), containsString("<td>" + articleRev + "</td>"),
                        containsString("<td>" + claimRev + "</td>"), containsString("Article " + desk.article()),
                        containsString("href=\"/claims/" + desk.claim() + "\""),
                        containsString("href=\"/claims/" + desk.claim() + "/history\""),
                        containsString("Verify chain"), containsString("Export audit log (CSV)"),
                        containsString("Export audit log (JSON)"));
        as(auditor).get(user + "&entity=claim").then().statusCode(200)
                .body(containsString("<td>" + claimRev + "</td>"), not(containsString("<td>" + articleRev + "</td>")),
                        containsString("format=csv&amp;user=" + desk.editor().username + "&amp;entity=claim"));
        as(auditor).get(user + "&entity=comment").then().statusCode(200)
                .body(containsString("No revision matches these filters."));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        as(auditor).get(user + "&from=" + today + "&to=" + today).then().statusCode(200)
                .body(containsString("<td>" + claimRev + "</td>"));
        as(auditor).get(user + "&from=" + LocalDate.now(ZoneOffset.UTC).plusDays(1)).then().statusCode(200)
                .body(containsString("No revision matches these filters."));
        as(auditor).get(user + "&to=" + LocalDate.now(ZoneOffset.UTC).minusDays(1)).then().statusCode(200)
                .body(containsString("No revision matches these filters."));
        as(auditor).get("/audit?user=nobody-" + System.nanoTime()).then().statusCode(200)
                .body(not(containsString("<td>" + claimRev + "</td>")));
    }

    @Test
    void invalidDatesAreExplainedByTheirFieldsWithTheValuesKept() {
        Account editor = TestAccounts.create("log-dates", "editor");
        CookieFilter session = TestAccounts.signIn(editor.username, TestAccounts.PASSWORD);
        as(session).get("/audit?user=" + editor.username + "&from=2026-02-30&to=tomorrow").then().statusCode(422)
                .body(containsString("From must be a date like 2026-03-04."),
                        containsString("To must be a date like 2026-03-04."), containsString("value=\"2026-02-30\""),
                        containsString("value=\"tomorrow\""), containsString("value=\"" + editor.username + "\""),
                        containsString("aria-invalid=\"true\""));
        as(session).get("/audit?from=2026-03-05&to=2026-03-04").then().statusCode(422)
                .body(containsString("To must be on or after From."));
    }

    @Test
    void verifyChainButtonShowsTheResult() {
        CookieFilter auditor = TestAccounts.signIn(TestAccounts.create("log-verify", "auditor").username,
                TestAccounts.PASSWORD);
        as(auditor).get("/audit/verify").then().statusCode(200)
                .body(containsString("Chain OK: "), containsString(" verified in "), containsString(" ms."));
    }

    // The API

    @Test
    void jsonExportFiltersAndEachSealRecomputes() throws Exception {
        Desk desk = desk();
        long articleRev = firstRevision("article_aud", desk.article());
        long claimRev = firstRevision("claim_aud", desk.claim());
        Account auditor = TestAccounts.create("log-json", "auditor");
        Response response = basic(auditor).get("/api/v1/audit?user=" + desk.editor().username);
        response.then().statusCode(200).contentType(containsString("application/json"));
        JsonNode records = json.readTree(response.asByteArray());
        assertTrue(records.isArray());
        Set<Long> revs = new java.util.HashSet<>();
        long lastSeq = 0;
        for (JsonNode r : records) {
            assertEquals(desk.editor().username, r.get("user").asText());
            assertTrue(r.get("seq").asLong() > lastSeq, "seal order");
            lastSeq = r.get("seq").asLong();
            revs.add(r.get("rev").asLong());
            assertTrue(r.get("canonical").asText().startsWith("revision " + r.get("rev").asLong() + " "));
            assertEquals(r.get("seal").asText(), sha256(r.get("prevSeal").asText(), r.get("canonical").asText()));
            assertNotNull(r.get("at").asText());
        }
        assertTrue(revs.containsAll(Set.of(articleRev, claimRev)), revs.toString());

        JsonNode articles = json.readTree(basic(auditor)
                .get("/api/v1/audit?entity=Article&user=" + desk.editor().username).asByteArray());
        assertTrue(articles.size() >= 1);
        for (JsonNode r : articles) {
            assertTrue(r.get("canonical").asText().contains("\narticle_aud "), r.get("canonical").asText());
        }
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        basic(auditor).get("/api/v1/audit?from=" + tomorrow + "&user=" + desk.editor().username)
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void csvExportParsesBackNeutralisesFormulasAndTheWholeChainRecomputes() throws Exception {
        Desk desk = desk();
        String reason = "=HYPERLINK(\"https://evil.example\",\"see\") duplicate " + System.nanoTime();
        basic(desk.editor()).body(Map.of("reason", reason)).post("/api/v1/claims/" + desk.claim() + "/dismiss")
                .then().statusCode(200);
        Account admin = TestAccounts.create("log-csv", "admin");
        Response response = basic(admin).get("/api/v1/audit?format=csv");
        response.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("factdesk-audit.csv"));
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(response.asByteArray(), StandardCharsets.UTF_8)));
        assertEquals(AuditExport.COLUMNS, parser.getHeaderNames());
        List<CSVRecord> records = parser.getRecords();
        assertFalse(records.isEmpty());
        String previous = AuditChain.GENESIS;
        long seq = 0;
        CSVRecord dismissal = null;
        for (CSVRecord r : records) {
            assertEquals(++seq, Long.parseLong(r.get("seq")), "every seal, in order");
            assertEquals(previous, r.get("prevSeal"), "seal " + seq + " links to the one before");
            assertEquals(r.get("seal"), sha256(r.get("prevSeal"), r.get("canonical")), "seal " + seq + " recomputes");
            previous = r.get("seal");
            if (r.get("note").contains(reason)) {
                dismissal = r;
            }
        }
        assertNotNull(dismissal, "the dismissal is exported");
        assertEquals("'" + reason, dismissal.get("note"), "a formula cell is neutralised");
        assertEquals("dismiss", dismissal.get("action"));
        assertTrue(dismissal.get("canonical").contains("note=\"=HYPERLINK"), "the canonical text stays exact");
    }

    @Test
    void badParametersAreProblems() {
        Account editor = TestAccounts.create("log-bad", "editor");
        for (String query : List.of("from=yesterday", "to=2026-02-30", "entity=banana", "format=xml",
                "from=2026-03-05&to=2026-03-04")) {
            basic(editor).get("/api/v1/audit?" + query).then().statusCode(400)
                    .contentType(containsString("application/problem+json")).body("status", equalTo(400))
                    .body("detail", not(equalTo("")));
        }
    }

    @Test
    void verifyEndpointReportsOkWithTheCount() {
        desk();
        Account auditor = TestAccounts.create("log-verify-api", "auditor");
        basic(auditor).get("/api/v1/audit/verify").then().statusCode(200)
                .body("ok", equalTo(true), "firstBroken", equalTo(null), "problem", equalTo(null),
                        "unsealed", equalTo(0))
                .body("count", org.hamcrest.Matchers.greaterThan(1))
                .body("millis", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
    }

    // Who may do what

    @Test
    void auditorReadsEverythingAndChangesNothing() throws Exception {
        Desk desk = desk();
        Account auditor = TestAccounts.create("log-readonly", "auditor");
        CookieFilter session = TestAccounts.signIn(auditor.username, TestAccounts.PASSWORD);
        for (String path : List.of("/audit", "/audit/security", "/audit/verify", "/claims/" + desk.claim(),
                "/articles/" + desk.article(), "/claims", "/api/v1/audit?format=csv", "/api/v1/audit/verify",
                "/api/v1/claims/" + desk.claim(), "/api/v1/articles/" + desk.article())) {
            as(session).get(path).then().statusCode(200);
        }
        String claim = "/api/v1/claims/" + desk.claim();
        Map<String, String> api = new java.util.LinkedHashMap<>();
        api.put("POST /api/v1/articles", "{\"title\":\"Auditor\",\"text\":\"Nothing to see.\"}");
        api.put("POST " + claim + "/assign", "{\"reviewer\":\"" + auditor.username + "\"}");
        api.put("POST " + claim + "/approve", "{}");
        api.put("POST " + claim + "/dismiss", "{\"reason\":\"auditor\"}");
        api.put("POST " + claim + "/comments", "{\"body\":\"Auditors do not comment.\"}");
        api.put("PATCH " + claim, "{\"version\":0,\"statement\":\"Changed by an auditor\"}");
        api.put("PUT " + claim + "/verdict", "{\"rating\":\"false\",\"summary\":\"No\"}");
        api.put("POST /api/v1/accounts", "{\"username\":\"x\"}");
        for (Map.Entry<String, String> call : api.entrySet()) {
            String[] parts = call.getKey().split(" ");
            as(session).contentType(ContentType.JSON).body(call.getValue()).request(parts[0], parts[1])
                    .then().statusCode(403).contentType(containsString("application/problem+json"));
        }
        String token = TestAccounts.csrfFrom(session, "/account");
        for (String path : List.of("/claims/" + desk.claim() + "/assign", "/claims/" + desk.claim() + "/approve",
                "/claims/" + desk.claim() + "/comments", "/claims/" + desk.claim(), "/admin/accounts")) {
            as(session).formParam("csrf-token", token).formParam("body", "Auditor")
                    .formParam("reviewer", auditor.username).post(path).then().statusCode(403);
        }
        as(session).multiPart("csrf-token", token).multiPart("title", "Auditor").multiPart("text", "Nothing.")
                .post("/articles").then().statusCode(403);
        basic(desk.editor()).get("/api/v1/claims/" + desk.claim()).then().statusCode(200)
                .body("status", equalTo("NEW"), "assignee", equalTo(null));
        assertTrue(events(auditor.username, Kind.PERMISSION_REFUSED).size() >= 1);
    }

    @Test
    void reviewersAndAnonymousVisitorsAreKeptOut() {
        Account reviewer = TestAccounts.create("log-reviewer", "reviewer");
        CookieFilter session = TestAccounts.signIn(reviewer.username, TestAccounts.PASSWORD);
        for (String path : List.of("/audit", "/audit/security", "/audit/verify")) {
            as(session).get(path).then().statusCode(403).body(containsString("Not allowed"));
            given().redirects().follow(false).get(path).then().statusCode(302)
                    .header("Location", containsString("/login"));
        }
        for (String path : List.of("/api/v1/audit", "/api/v1/audit?format=csv", "/api/v1/audit/verify")) {
            as(session).get(path).then().statusCode(403).contentType(containsString("application/problem+json"));
            given().get(path).then().statusCode(401).contentType(containsString("application/problem+json"));
        }
        as(session).get("/").then().statusCode(200).body(not(containsString("href=\"/audit\"")));
    }

    @Test
    void entityKindsCoverEveryAuditTable() {
        Set<String> kinds = java.util.Arrays.stream(AuditedEntity.values()).flatMap(e -> e.tables.stream())
                .map(AuditedEntity.AuditTable::name).collect(Collectors.toSet());
        Set<String> chain = CanonicalText.TABLES.stream().map(CanonicalText.Table::name).collect(Collectors.toSet());
        assertEquals(chain, kinds);
        List<String> labels = new ArrayList<>();
        for (AuditedEntity e : AuditedEntity.values()) {
            labels.add(e.label);
        }
        assertEquals(List.of("Claim", "Verdict", "Source", "Comment", "Article", "Account", "Rating",
                "Organisation"), labels);
    }
}
