package org.factdesk.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Replays the hostile corpus against the running app as each kind of visitor. Every request must get a complete
 * answer below 500 with no stack trace or SQL in it; API refusals are problem+json with a detail; a refused request
 * changes no data (row counts, the claim, its saved draft and the records the corpus aims at are compared before and
 * after each request); and the reviewer's saved draft survives the lot.
 */
@QuarkusTest
class HostileInputTest {

    private static final String[] ROLES = { "anonymous", "reviewer", "editor", "admin" };

    /** A stack frame, a chained cause, a Java exception class, or database wording. */
    private static final Pattern LEAK = Pattern.compile("(?m)^\\s*at [\\w$.]+\\(|Caused by: "
            + "|\\b(?:java|jakarta|javax|org|io|com)\\.[\\w.$]+(?:Exception|Error)\\b|SQLState|org\\.hibernate"
            + "|org\\.h2|JdbcSQL|PSQLException|(?i:\\b(?:sql|jdbc|hql)\\b)");

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void corpusHoldsAtLeastThreeHundredRequests() throws Exception {
        List<HostileRequests> corpus = HostileRequests.load();
        assertTrue(corpus.size() >= 300, "the corpus has " + corpus.size() + " requests");
        assertTrue(corpus.stream().filter(HostileRequests::mustRefuse).count() >= 200, "most must be refused");
    }

    @Test
    void everyHostileRequestGetsAClearAnswerAndARefusalChangesNothing() throws Exception {
        List<HostileRequests> corpus = HostileRequests.load();
        int port = base.getPort();
        Account editor = TestAccounts.create("hostile-editor", "editor");
        Account reviewer = TestAccounts.create("hostile-reviewer", "reviewer");
        Account admin = TestAccounts.create("hostile-admin", "admin");
        Account spare = TestAccounts.create("hostile-spare", "reviewer");
        Map<String, Account> accounts = Map.of("reviewer", reviewer, "editor", editor, "admin", admin);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (String role : ROLES) {
            Fixture fixture = fixture(editor, reviewer, role);
            Map<String, String> cookies = signIn(port, accounts.get(role));
            Map<String, String> values = new LinkedHashMap<>();
            values.put("claim", String.valueOf(fixture.claim()));
            values.put("article", String.valueOf(fixture.article()));
            values.put("account", String.valueOf(spare.id));
            values.put("rating", String.valueOf(ratingId()));
            values.put("csrf", URLEncoder.encode(csrfToken(port, cookies), StandardCharsets.UTF_8));
            String cookie = cookieHeader(cookies);
            String before = snapshot(fixture, spare.id);
            String draftBefore = draft(fixture.claim());
            for (HostileRequests request : corpus) {
                RawHttp.Answer answer = RawHttp.exchange(port, request.bytes(port, values, cookie),
                        request.method().equals("HEAD"));
                sent++;
                String where = role + ", line " + request.line() + " (" + shorten(request.source()) + ") answered "
                        + answer.status();
                check(request, answer, where, failures);
                boolean refused = refused(answer);
                if (request.mustRefuse() && !refused) {
                    failures.add(where + ": should have been refused");
                }
                String after = snapshot(fixture, spare.id);
                if (refused && !after.equals(before)) {
                    failures.add(where + ": refused, yet data changed from " + before + " to " + after);
                }
                before = after;
            }
            assertEquals(draftBefore, draft(fixture.claim()), role + ": the saved draft is kept as it was");
        }
        assertTrue(sent >= 300 * ROLES.length, "sent " + sent);
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " answers were wrong:\n"
                + String.join("\n", failures.subList(0, Math.min(80, failures.size()))));
    }

    /**
     * The body as a person would read it: a PDF's text (its compressed bytes read as text can spell anything, such
     * as "hQL"), any other body as it is.
     */
    private static String readable(RawHttp.Answer answer, String where, List<String> failures) {
        String type = answer.header("Content-Type");
        if (type == null || !type.startsWith("application/pdf") || !answer.complete()) {
            return answer.text();
        }
        try (PDDocument pdf = Loader.loadPDF(answer.body())) {
            return new PDFTextStripper().getText(pdf);
        } catch (IOException e) {
            failures.add(where + ": a PDF that does not open: " + e.getMessage());
            return "";
        }
    }

    private static void check(HostileRequests request, RawHttp.Answer answer, String where, List<String> failures) {
        if (!answer.answered()) {
            if (!request.mayDrop()) {
                failures.add(where + ": no answer");
            }
            return;
        }
        String body = readable(answer, where, failures);
        if (answer.status() >= 500) {
            failures.add(where + ": server error " + shorten(body));
        }
        if (!answer.complete()) {
            failures.add(where + ": the response was cut off after " + answer.body().length + " bytes");
        }
        Matcher leak = LEAK.matcher(body);
        while (leak.find()) {
            if (!request.mentions(leak.group())) {
                failures.add(where + ": the body shows internals: " + leak.group());
                break;
            }
        }
        if (request.isApi() && answer.status() >= 400 && answer.status() < 500 && answer.body().length > 0) {
            String type = answer.header("Content-Type");
            if (type == null || !type.startsWith("application/problem+json")) {
                failures.add(where + ": an API refusal as " + type + " instead of problem+json");
            } else if (detail(body).length() < 8) {
                failures.add(where + ": a problem without a readable detail: " + shorten(body));
            }
        }
    }

    private static String detail(String problem) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(problem).path("detail").asText("");
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** Refused: a 4xx, a redirect to sign in, or (for broken framing) no answer at all. */
    private static boolean refused(RawHttp.Answer answer) {
        if (!answer.answered() || answer.status() >= 400) {
            return true;
        }
        String location = answer.header("Location");
        return answer.status() == 302 && location != null && location.contains("/login");
    }

    /** What may not change when a request is refused: row counts, and every record the corpus aims at. */
    private String snapshot(Fixture fixture, long spareAccount) throws Exception {
        StringBuilder s = new StringBuilder();
        try (Connection c = dataSource.getConnection()) {
            s.append(row(c, "select (select count(*) from account), (select count(*) from account_role), "
                    + "(select count(*) from article), (select count(*) from claim), (select count(*) from claim_tag), "
                    + "(select count(*) from verdict), (select count(*) from source), "
                    + "(select count(*) from claim_comment), (select count(*) from notification), "
                    + "(select count(*) from rating), (select count(*) from audit_revision)", null));
            s.append(" claim ").append(row(c, "select c.version, c.status, c.assignee_id, c.statement, v.id, v.rating_id, "
                    + "v.summary, v.analysis, (select count(*) from source s where s.verdict_id = v.id) from claim c "
                    + "left join verdict v on v.id = c.current_verdict_id where c.id = ?", fixture.claim()));
            s.append(" article ").append(row(c, "select version, title from article where id = ?", fixture.article()));
            s.append(" account ").append(row(c, "select version, display_name, email, active from account where id = ?",
                    spareAccount));
            s.append(" organisation ").append(row(c, "select version, name, url from organisation", null));
        }
        return s.toString();
    }

    private String draft(long claim) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return row(c, "select v.summary, v.analysis, v.rating_id, (select count(*) from source s "
                    + "where s.verdict_id = v.id) from claim c join verdict v on v.id = c.current_verdict_id "
                    + "where c.id = ?", claim);
        }
    }

    /** One row of {@code sql} (with {@code id} as its parameter when given) as text, or "[none]". */
    static String row(Connection c, String sql, Long id) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (id != null) {
                ps.setLong(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return "[none]";
                }
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    cells.add(String.valueOf(rs.getObject(i)));
                }
                return cells.toString();
            }
        }
    }

    private long ratingId() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select min(id) from rating"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A claim assigned to the reviewer with a saved draft, in an article of its own; one per role. */
    record Fixture(long article, long claim) {
    }

    private static Fixture fixture(Account editor, Account reviewer, String role) {
        String text = "Unemployment fell to 3.1% in May, the minister said. Hostile " + role + " " + System.nanoTime();
        long article = ((Number) basic(editor).body(Map.of("title", "Hostile " + role, "text", text,
                "url", "https://example.org/hostile/" + System.nanoTime()))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id")).longValue();
        long claim = ((Number) basic(editor).body(Map.of("start", 0, "end", 39))
                .post("/api/v1/articles/" + article + "/claims").then().statusCode(201).extract().path("id"))
                .longValue();
        basic(editor).body(Map.of("reviewer", reviewer.username, "due", LocalDate.now().plusDays(7).toString()))
                .post("/api/v1/claims/" + claim + "/assign").then().statusCode(200);
        int version = basic(editor).get("/api/v1/claims/" + claim).then().statusCode(200).extract().path("version");
        basic(reviewer).body(Map.of("version", version, "rating", "false", "summary", "Saved draft for " + role,
                "analysis", "The survey says 4.2%.", "sources",
                List.of(Map.of("url", "https://stats.example.org/labour", "title", "Labour survey"))))
                .put("/api/v1/claims/" + claim + "/verdict").then().statusCode(200);
        return new Fixture(article, claim);
    }

    private static RequestSpecification basic(Account account) {
        return given().auth().preemptive().basic(account.username, TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    /** Signs in through the login form over raw HTTP; anonymous visitors only get the form's CSRF cookie. */
    private static Map<String, String> signIn(int port, Account account) throws Exception {
        Map<String, String> cookies = new LinkedHashMap<>();
        RawHttp.Answer form = get(port, "/login", cookies);
        if (account == null) {
            return cookies;
        }
        String body = "csrf-token=" + URLEncoder.encode(token(form), StandardCharsets.UTF_8) + "&username="
                + URLEncoder.encode(account.username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8);
        String request = "POST /login HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\nCookie: "
                + cookieHeader(cookies) + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + body.length() + "\r\n\r\n" + body;
        RawHttp.Answer answer = RawHttp.exchange(port, request.getBytes(StandardCharsets.UTF_8), false);
        assertEquals(303, answer.status(), "sign-in as " + account.username);
        remember(answer, cookies);
        return cookies;
    }

    private static String csrfToken(int port, Map<String, String> cookies) throws Exception {
        RawHttp.Answer page = get(port, cookies.containsKey("factdesk-session") ? "/account" : "/login", cookies);
        return token(page);
    }

    private static RawHttp.Answer get(int port, String path, Map<String, String> cookies) throws Exception {
        String request = "GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n"
                + (cookies.isEmpty() ? "" : "Cookie: " + cookieHeader(cookies) + "\r\n") + "Accept: text/html\r\n\r\n";
        RawHttp.Answer answer = RawHttp.exchange(port, request.getBytes(StandardCharsets.UTF_8), false);
        assertEquals(200, answer.status(), "GET " + path);
        remember(answer, cookies);
        return answer;
    }

    private static String token(RawHttp.Answer page) {
        Matcher m = CSRF_FIELD.matcher(page.text());
        assertTrue(m.find(), "the page has a form token");
        return m.group(1);
    }

    private static void remember(RawHttp.Answer answer, Map<String, String> cookies) {
        for (String line : answer.all("Set-Cookie")) {
            String pair = line.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            if (value.isEmpty() || line.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    private static String cookieHeader(Map<String, String> cookies) {
        List<String> pairs = new ArrayList<>();
        cookies.forEach((k, v) -> pairs.add(k + "=" + v));
        return String.join("; ", pairs);
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }
}
