package org.factdesk.web;

import static io.restassured.RestAssured.given;
import static org.factdesk.web.HostileInputTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.factdesk.article.Article;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.Rating;
import org.factdesk.review.ReviewFixtures;
import org.factdesk.settings.Organisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A NUL (U+0000) typed into any page form is refused before anything runs: 400, the error page naming the field,
 * and no change in the database. PostgreSQL cannot store the character, so without the rule these forms fail at the
 * database: run this class on PostgreSQL too (README, "Tests against PostgreSQL"). File parts may still hold 0 bytes.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NulFormTest {

    private static final String NUL = "\u0000";

    @Inject
    AgroalDataSource dataSource;

    ReviewFixtures f;
    Account spare;
    Account self;
    int fresh;
    int drafted;
    int submitted;
    int published;
    long article;
    long rating;

    /** Made once, before the first test: RestAssured learns the app's port only per test. */
    @BeforeEach
    void desk() {
        if (f != null) {
            return;
        }
        f = new ReviewFixtures();
        spare = TestAccounts.create("nul-spare", "reviewer");
        self = TestAccounts.create("nul-self", "reviewer");
        fresh = f.claimIn(ClaimStatus.NEW);
        drafted = f.claimIn(ClaimStatus.IN_REVIEW);
        submitted = f.claimIn(ClaimStatus.SUBMITTED);
        published = f.claimIn(ClaimStatus.PUBLISHED);
        article = ((Number) f.as(f.editor).get("/api/v1/claims/" + fresh).then().statusCode(200).extract()
                .path("articleId")).longValue();
        rating = QuarkusTransaction.requiringNew().call(() -> org.factdesk.claim.Rating.scale().get(0).id);
    }

    /** One page form with a NUL in {@code field}; every other value is one the form accepts. */
    private record Case(String name, CookieFilter who, String page, String path, Map<String, String> fields,
            String field) {
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private List<Case> cases() {
        CookieFilter editor = f.session(f.editor);
        CookieFilter reviewer = f.session(f.reviewer);
        CookieFilter admin = f.session(f.admin);
        CookieFilter me = TestAccounts.signIn(self.username, TestAccounts.PASSWORD);
        String claim = "/claims/" + fresh;
        return List.of(
                new Case("claim edit", editor, claim, claim, fields("version", version(fresh),
                        "statement", "The rate fell" + NUL + " in May.", "claimant", "", "claimDate", "",
                        "appearanceUrl", "", "tags", "", "priority", "NORMAL"), "statement"),
                new Case("claim edit, claimant", editor, claim, claim, fields("version", version(fresh),
                        "statement", "The rate fell in May.", "claimant", "The" + NUL + " minister", "claimDate", "",
                        "appearanceUrl", "", "tags", "", "priority", "NORMAL"), "claimant"),
                new Case("verdict draft", reviewer, "/claims/" + drafted, "/claims/" + drafted + "/verdict",
                        fields("version", version(drafted), "action", "draft", "rating", "false",
                                "summary", "The rate was 4.2%" + NUL + ".", "analysis", "",
                                "sourceUrl", "https://stats.example.org/labour", "sourceTitle", "Labour survey",
                                "sourcePublisher", "", "sourceExcerpt", ""), "summary"),
                new Case("verdict source title", reviewer, "/claims/" + drafted, "/claims/" + drafted + "/verdict",
                        fields("version", version(drafted), "action", "draft", "rating", "false",
                                "summary", "The rate was 4.2%.", "analysis", "",
                                "sourceUrl", "https://stats.example.org/labour", "sourceTitle", "Labour" + NUL,
                                "sourcePublisher", "", "sourceExcerpt", ""), "sourceTitle"),
                new Case("assign", editor, claim, claim + "/assign", fields("version", version(fresh),
                        "reviewer", f.reviewer.username + NUL, "due", ReviewFixtures.due(), "priority", "NORMAL"),
                        "reviewer"),
                new Case("dismiss", editor, claim, claim + "/dismiss", fields("version", version(fresh),
                        "reason", "Opinion" + NUL), "reason"),
                new Case("bulk assign", editor, "/claims", "/claims/bulk-assign", fields("ids", String.valueOf(fresh),
                        "reviewer", f.reviewer.username, "due", ReviewFixtures.due(), "q", "rate" + NUL), "q"),
                new Case("comment", editor, claim, claim + "/comments", fields("body", "See" + NUL + " this."),
                        "body"),
                new Case("return", editor, "/claims/" + submitted, "/claims/" + submitted + "/return",
                        fields("version", version(submitted), "note", "Add" + NUL + " a source."), "note"),
                new Case("correction", editor, "/claims/" + published, "/claims/" + published + "/correction",
                        fields("version", version(published), "reason", "Wrong" + NUL + " figure."), "reason"),
                new Case("claim from selection", editor, "/articles/" + article, "/articles/" + article + "/claims",
                        fields("start", "0", "end", "12", "quote", "Unemployment" + NUL), "quote"),
                new Case("article details", editor, "/articles/" + article + "/edit",
                        "/articles/" + article + "/edit", fields("version", articleVersion(), "title",
                                "Workflow" + NUL, "outlet", "", "author", "", "url", "", "publishedOn", "",
                                "language", ""), "title"),
                new Case("new account", admin, "/admin/accounts/new", "/admin/accounts", fields("username",
                        TestAccounts.uniqueName("nul"), "displayName", "Ana" + NUL + " López",
                        "email", "ana@example.org", "roles", "reviewer", "password", "Granite-Heron-Velvet-44"),
                        "displayName"),
                new Case("account edit", admin, "/admin/accounts/" + spare.id, "/admin/accounts/" + spare.id,
                        fields("displayName", "Renamed" + NUL, "email", "renamed@example.org", "roles", "reviewer"),
                        "displayName"),
                new Case("password reset", admin, "/admin/accounts/" + spare.id,
                        "/admin/accounts/" + spare.id + "/password",
                        fields("password", "Copper-Meadow" + NUL + "-Lantern-8"), "password"),
                new Case("own password", me, "/account", "/account/password", fields("current",
                        TestAccounts.PASSWORD, "password", "Harbor-Willow" + NUL + "-Cobalt-73",
                        "confirmation", "Harbor-Willow" + NUL + "-Cobalt-73"), "password"),
                new Case("organisation", admin, "/admin/organisation", "/admin/organisation",
                        fields("version", organisationVersion(), "name", "Desk" + NUL,
                                "url", "https://factdesk.example/about", "logoUrl", ""), "name"),
                new Case("new rating", admin, "/admin/ratings/new", "/admin/ratings", fields("key",
                        TestAccounts.uniqueName("nul"), "label", "Half" + NUL + " true", "value", "50",
                        "colour", "#8250df", "order", "1650"), "label"),
                new Case("rating edit", admin, "/admin/ratings/" + rating, "/admin/ratings/" + rating,
                        fields("version", ratingVersion(), "label", "False" + NUL, "value", "0",
                                "colour", "#cf222e", "order", "100"), "label"),
                new Case("sign-in password", new CookieFilter(), "/login", "/login",
                        fields("username", spare.username, "password", TestAccounts.PASSWORD + NUL), "password"),
                new Case("sign-in username", new CookieFilter(), "/login", "/login",
                        fields("username", spare.username + NUL, "password", TestAccounts.PASSWORD), "username"));
    }

    @Test
    void aNulInAnyPageFormIsRefusedByNameAndChangesNothing() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Case c : cases()) {
            String csrf = TestAccounts.csrfFrom(c.who(), c.page());
            String before = snapshot();
            Response answer = given().filter(c.who()).redirects().follow(false).contentType(ContentType.URLENC)
                    .formParam("csrf-token", csrf).formParams(c.fields()).post(c.path());
            String body = answer.asString();
            String where = c.name() + " (POST " + c.path() + ") answered " + answer.statusCode();
            if (answer.statusCode() != 400) {
                failures.add(where + ", not 400");
            } else if (!body.contains(message(c.field()))) {
                failures.add(where + " without naming the field: " + shorten(body));
            } else if (answer.contentType() == null || !answer.contentType().startsWith("text/html")) {
                failures.add(where + " as " + answer.contentType() + " instead of a page");
            }
            String after = snapshot();
            if (!after.equals(before)) {
                failures.add(where + ": data changed from " + before + " to " + after);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " forms answered wrongly:\n" + String.join("\n", failures));
        // The refused sign-ins and password changes left the passwords as they were.
        TestAccounts.signIn(spare.username, TestAccounts.PASSWORD);
        TestAccounts.signIn(self.username, TestAccounts.PASSWORD);
    }

    @Test
    void aNulInATextPartOfTheImportFormIsRefusedButAFileMayHoldZeroBytes() throws Exception {
        CookieFilter editor = f.session(f.editor);
        String before = snapshot();
        Response refused = given().filter(editor).redirects().follow(false)
                .multiPart("csrf-token", TestAccounts.csrfFrom(editor, "/articles/new"))
                .multiPart("title", "Harbour" + NUL + " report")
                .multiPart("text", "The harbour moved 12 million tonnes in 2024. " + System.nanoTime())
                .post("/articles");
        assertEquals(400, refused.statusCode(), refused.asString());
        assertTrue(refused.asString().contains(message("title")), refused.asString());
        assertEquals(before, snapshot(), "nothing was imported");

        String marker = "Harbour file " + System.nanoTime();
        byte[] file = ("The harbour moved\0 12 million tonnes in 2024.\n\n" + marker + ".")
                .getBytes(StandardCharsets.UTF_8);
        Response created = given().filter(editor).redirects().follow(false)
                .multiPart("csrf-token", TestAccounts.csrfFrom(editor, "/articles/new"))
                .multiPart("title", "Harbour report " + marker)
                .multiPart("file", "harbour.txt", file, "text/plain")
                .post("/articles");
        assertEquals(303, created.statusCode(), created.asString());
        long id = Long.parseLong(created.header("Location").replaceAll(".*/articles/(\\d+).*", "$1"));
        Article saved = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(id));
        assertTrue(saved.body.contains(marker), "the file's text was imported");
        assertFalse(saved.body.contains(NUL), "the file's NUL bytes were dropped from the text");
    }

    static String message(String field) {
        return "The field “" + field + "” contains a NUL character (U+0000), which cannot be stored.";
    }

    private String version(int claim) {
        return String.valueOf(f.version(claim));
    }

    private String articleVersion() {
        return String.valueOf(QuarkusTransaction.requiringNew().call(
                () -> Article.<Article>findById(article).version));
    }

    private String organisationVersion() {
        return String.valueOf(QuarkusTransaction.requiringNew().call(
                () -> org.factdesk.settings.Organisation.current().version));
    }

    private String ratingVersion() {
        return String.valueOf(QuarkusTransaction.requiringNew().call(
                () -> org.factdesk.claim.Rating.<org.factdesk.claim.Rating>findById(rating).version));
    }

    /** Row counts and every record the forms aim at, with their versions. */
    private String snapshot() throws Exception {
        StringBuilder s = new StringBuilder();
        try (Connection c = dataSource.getConnection()) {
            s.append(row(c, "select (select count(*) from account), (select count(*) from account_role), "
                    + "(select count(*) from article), (select count(*) from claim), (select count(*) from verdict), "
                    + "(select count(*) from source), (select count(*) from claim_comment), "
                    + "(select count(*) from rating), (select count(*) from audit_revision)", null));
            for (long claim : new long[] { fresh, drafted, submitted, published }) {
                s.append(" claim ").append(row(c, "select c.version, c.status, c.assignee_id, c.statement, "
                        + "c.claimant, v.id, v.summary, (select count(*) from source s where s.verdict_id = v.id) "
                        + "from claim c left join verdict v on v.id = c.current_verdict_id where c.id = ?", claim));
            }
            s.append(" article ").append(row(c, "select version, title from article where id = ?", article));
            for (long account : new long[] { spare.id, self.id }) {
                s.append(" account ").append(row(c, "select version, display_name, email, password_hash, active "
                        + "from account where id = ?", account));
            }
            s.append(" organisation ").append(row(c, "select version, name, url from organisation", null));
            s.append(" rating ").append(row(c, "select version, label from rating where id = ?", rating));
        }
        return s.toString();
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }
}
