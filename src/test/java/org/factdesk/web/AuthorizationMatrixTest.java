package org.factdesk.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every route with what anonymous visitors and each role get. Codes: L = sent to sign in (302 to /login for
 * pages, 401 problem for the API), D = 403, A = allowed (any answer but 401/403/a sign-in redirect, below 500),
 * or an exact status. Later features add their routes here.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final String[] ROLES = { "anonymous", "editor", "reviewer", "admin", "auditor" };

    //                method path                                   anon editor reviewer admin auditor
    private static final String[] MATRIX = {
        "GET    /                                        L A A A A",
        "GET    /login                                   200 303 303 303 303",
        "GET    /account                                 L A A A A",
        "POST   /account/password                        L A A A A",
        "POST   /account/preferences                     L A A A A",
        "GET    /admin/accounts                          L D D A D",
        "GET    /admin/accounts/new                      L D D A D",
        "POST   /admin/accounts                          L D D A D",
        "GET    /admin/accounts/{account}                L D D A D",
        "POST   /admin/accounts/{account}                L D D A D",
        "POST   /admin/accounts/999999999/deactivate     L D D 404 D",
        "POST   /admin/accounts/999999999/reactivate     L D D 404 D",
        "POST   /admin/accounts/999999999/password       L D D 404 D",
        "GET    /admin/ratings                           L D D A D",
        "GET    /admin/ratings/new                       L D D A D",
        "POST   /admin/ratings                           L D D A D",
        "GET    /admin/ratings/{rating}                  L D D A D",
        "POST   /admin/ratings/{rating}                  L D D A D",
        "POST   /admin/ratings/999999999/retire          L D D 404 D",
        "POST   /admin/ratings/999999999/restore         L D D 404 D",
        "POST   /admin/ratings/999999999/delete          L D D 404 D",
        "GET    /admin/organisation                      L D D A D",
        "POST   /admin/organisation                      L D D A D",
        "GET    /admin/backups                           L D D A D",
        "POST   /admin/backups                           L D D A D",
        "GET    /admin/backups/factdesk-20000101-000000-000.zip L D D 404 D",
        "GET    /api/v1/ratings                          L A A A A",
        "GET    /api/v1/organisation                     L A A A A",
        "GET    /api/v1/accounts                         L A D A A",
        "POST   /api/v1/accounts                         L D D A D",
        "GET    /articles                                L A A A A",
        "GET    /articles/new                            L A D D D",
        "POST   /articles                                L A D D D",
        "GET    /articles/{article}                      L A A A A",
        "GET    /articles/{article}/edit                 L A D D D",
        "POST   /articles/{article}/edit                 L A D D D",
        "POST   /articles/{article}/claims               L A D D D",
        "GET    /claims                                  L A A A A",
        "GET    /claims/{claim}                          L A A A A",
        "POST   /claims/{claim}                          L A D D D",
        "GET    /api/v1/articles                         L A A A A",
        "POST   /api/v1/articles                         L A D D D",
        "GET    /api/v1/articles/{article}               L A A A A",
        "GET    /api/v1/articles/{article}/sentences     L A A A A",
        "POST   /api/v1/articles/{article}/claims        L A D D D",
        "GET    /api/v1/claims                           L A A A A",
        "GET    /api/v1/claims/{claim}                   L A A A A",
        "PATCH  /api/v1/claims/{claim}                   L A D D D",
        "POST   /claims/{claim}/assign                   L A D D D",
        "POST   /claims/{claim}/verdict                  L D D D D",
        "POST   /claims/{claim}/approve                  L A D D D",
        "POST   /claims/{claim}/return                   L A D D D",
        "POST   /claims/{claim}/dismiss                  L A D D D",
        "POST   /claims/{claim}/reopen                   L A D D D",
        "POST   /claims/{claim}/correction               L A D D D",
        "POST   /claims/bulk-assign                      L A D D D",
        "POST   /claims/999999999/assign                 L 404 D D D",
        "POST   /api/v1/claims/{claim}/assign            L A D D D",
        "PUT    /api/v1/claims/{claim}/verdict           L D D D D",
        "POST   /api/v1/claims/{claim}/submit            L D D D D",
        "POST   /api/v1/claims/{claim}/approve           L A D D D",
        "POST   /api/v1/claims/{claim}/return            L A D D D",
        "POST   /api/v1/claims/{claim}/dismiss           L A D D D",
        "POST   /api/v1/claims/{claim}/reopen            L A D D D",
        "POST   /api/v1/claims/{claim}/correction        L A D D D",
        "POST   /api/v1/claims/999999999/approve         L 404 D D D",
        "GET    /claims/{claim}/history                  L A A A A",
        "GET    /api/v1/claims/{claim}/history           L A A A A",
        "GET    /api/v1/claims/999999999/history         L 404 404 404 404",
        "GET    /claims/{claim}/comments                 L A A A A",
        "POST   /claims/{claim}/comments                 L A D D D",
        "GET    /api/v1/claims/{claim}/comments          L A A A A",
        "POST   /api/v1/claims/{claim}/comments          L A D D D",
        "GET    /api/v1/claims/999999999/comments        L 404 404 404 404",
        "GET    /api/v1/claims/{claim}/similar           L A A A A",
        "GET    /api/v1/claims/999999999/similar         L 404 404 404 404",
        "GET    /notifications                           L A A A A",
        "POST   /notifications/read                      L A A A A",
        "GET    /api/v1/notifications                    L A A A A",
        "GET    /audit                                   L A D A A",
        "GET    /audit/security                          L A D A A",
        "GET    /audit/verify                            L A D A A",
        "GET    /api/v1/audit                            L A D A A",
        "GET    /api/v1/audit/verify                     L A D A A",
        "GET    /q/health                                200 200 200 200 200",
        "GET    /q/metrics                               L 200 200 200 200",
        "GET    /q/openapi                               L 200 200 200 200",
        "GET    /reports                                 L A D A A",
        "GET    /reports/print                           L A D A A",
        "GET    /api/v1/reports/verdicts                 L A D A A",
        "GET    /api/v1/reports/verdicts?format=csv      L A D A A",
        "GET    /factchecks                              200 200 200 200 200",
        "GET    /factchecks/{claim}                      404 404 404 404 404",
        "GET    /factchecks/999999999                    404 404 404 404 404",
        "GET    /css/report.css                          200 200 200 200 200",
        "GET    /css/factdesk.css                        200 200 200 200 200",
        "GET    /js/selection.js                         200 200 200 200 200",
    };

    private static final Map<String, CookieFilter> SESSIONS = new LinkedHashMap<>();
    private static final Map<String, String> IDS = new LinkedHashMap<>();

    @BeforeEach
    void signInOncePerRole() {
        if (!SESSIONS.isEmpty()) {
            return;
        }
        for (String role : ROLES) {
            if (!role.equals("anonymous")) {
                Account account = TestAccounts.create("matrix-" + role, role);
                SESSIONS.put(role, TestAccounts.signIn(account.username, TestAccounts.PASSWORD));
                IDS.putIfAbsent("account", String.valueOf(account.id));
            }
        }
        Account editor = TestAccounts.create("matrix-setup", "editor");
        int article = given().auth().preemptive().basic(editor.username, TestAccounts.PASSWORD)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Matrix", "text", "Taxes rose 4% in 2025, the minister said. " + System.nanoTime()))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        int claim = given().auth().preemptive().basic(editor.username, TestAccounts.PASSWORD)
                .contentType(ContentType.JSON).body(Map.of("start", 0, "end", 20))
                .post("/api/v1/articles/" + article + "/claims").then().statusCode(201).extract().path("id");
        IDS.put("article", String.valueOf(article));
        IDS.put("claim", String.valueOf(claim));
        // Fully qualified so that features adding their own ids here do not collide in the imports.
        var ratings = jakarta.enterprise.inject.spi.CDI.current()
                .select(org.factdesk.settings.RatingScaleService.class).get();
        String ratingKey = TestAccounts.uniqueName("matrix");
        var rating = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ratings.create(
                new org.factdesk.settings.RatingScaleService.RatingInput(ratingKey, "Matrix " + ratingKey, "",
                        "#57606a", "9000")));
        IDS.put("rating", String.valueOf(rating.id));
    }

    @TestFactory
    Stream<DynamicTest> everyRouteForEveryRole() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : MATRIX) {
            String[] cells = line.trim().split("\\s+");
            for (int i = 0; i < ROLES.length; i++) {
                String role = ROLES[i];
                String expected = cells[2 + i];
                tests.add(DynamicTest.dynamicTest(cells[0] + " " + cells[1] + " as " + role,
                        () -> check(cells[0], cells[1], role, expected)));
            }
        }
        return tests.stream();
    }

    /**
     * Every page of the matrix that a role opens (a GET of a page, not the API, health or a static file, that the
     * role is allowed), read by an account of that role which chose Spanish: no English word of the interface
     * ({@link SpanishPages#UI_WORDS}) is left in the visible text once the people's data is taken out. The public
     * fact checks follow the desk's language, so they are asked for in Spanish with {@code ?lang=es}; the printable
     * report names ratings in the desk's language by design, so there those labels are data.
     */
    @Test
    void everyPageARoleOpensShowsNoEnglishToAReaderWhoChoseSpanish() {
        List<String> problems = new ArrayList<>();
        Map<String, CookieFilter> spanish = new LinkedHashMap<>();
        for (String role : ROLES) {
            if (!role.equals("anonymous")) {
                spanish.put(role, TestAccounts.signInReading(TestAccounts.create("matrix-es-" + role, role), "es",
                        "Europe/Madrid"));
            }
        }
        List<String> data = SpanishPages.data();
        List<String> deskLabels = SpanishPages.deskRatingLabels();
        int pages = 0;
        for (String line : MATRIX) {
            String[] cells = line.trim().split("\\s+");
            String path = cells[1];
            if (!cells[0].equals("GET") || path.startsWith("/api/") || path.startsWith("/q/")
                    || path.startsWith("/css/") || path.startsWith("/js/") || path.equals("/login")) {
                continue;
            }
            for (int i = 1; i < ROLES.length; i++) {
                String expected = cells[2 + i];
                if (!expected.equals("A") && !expected.equals("200")) {
                    continue;
                }
                String url = path;
                for (Map.Entry<String, String> id : IDS.entrySet()) {
                    url = url.replace("{" + id.getKey() + "}", id.getValue());
                }
                if (url.startsWith("/factchecks")) {
                    url += "?lang=es";
                }
                String text = SpanishPages.read(given().filter(spanish.get(ROLES[i])), url);
                if (url.startsWith("/reports/print")) {
                    text = SpanishPages.withoutData(text, deskLabels);
                }
                SpanishPages.noEnglish(problems, url + " as " + ROLES[i], SpanishPages.withoutData(text, data),
                        SpanishPages.UI_WORDS);
                pages++;
            }
        }
        assertTrue(pages > 40, "only " + pages + " pages were read");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private void check(String method, String pathTemplate, String role, String expected) {
        String path = pathTemplate;
        for (Map.Entry<String, String> id : IDS.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        boolean api = path.startsWith("/api/") || path.startsWith("/q/");
        RequestSpecification request = given().redirects().follow(false);
        CookieFilter session = SESSIONS.get(role);
        if (session != null) {
            request = request.filter(session);
        }
        if (!method.equals("GET")) {
            if (api) {
                request = request.contentType(ContentType.JSON).body("{}");
            } else if (path.equals("/articles")) {
                String token = session == null ? "none" : TestAccounts.csrfFrom(session, "/account");
                request = request.multiPart("csrf-token", token);
            } else {
                String token = session == null ? "none" : TestAccounts.csrfFrom(session, "/account");
                request = request.contentType(ContentType.URLENC).formParam("csrf-token", token);
            }
        }
        Response response = request.request(method, path);
        int status = response.statusCode();
        String where = method + " " + path + " as " + role + " gave " + status;
        String location = response.header("Location");
        boolean toLogin = status == 302 && location != null && location.contains("/login");
        switch (expected) {
            case "L" -> {
                if (api) {
                    assertEquals(401, status, where);
                    assertTrue(response.contentType().startsWith("application/problem+json"), where);
                } else {
                    assertTrue(toLogin, where + " (expected a redirect to /login)");
                }
            }
            case "D" -> {
                assertEquals(403, status, where);
                if (api) {
                    assertTrue(response.contentType().startsWith("application/problem+json"), where);
                } else {
                    assertTrue(response.asString().contains("Not allowed"), where);
                }
            }
            case "A" -> {
                if (status == 401 || status == 403 || toLogin || status >= 500) {
                    fail(where + " (expected to be allowed): " + response.asString());
                }
            }
            default -> assertEquals(Integer.parseInt(expected), status, where);
        }
    }
}
