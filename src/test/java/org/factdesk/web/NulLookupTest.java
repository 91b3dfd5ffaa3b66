package org.factdesk.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.review.ReviewFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;

/**
 * A NUL (U+0000) in a value FactDesk looks up, a list's filter in the address or a sign-in name, is never a server
 * error. PostgreSQL refuses the character even as a query parameter, so on H2 this passes either way: run this class
 * on PostgreSQL too (README, "Tests against PostgreSQL").
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NulLookupTest {

    private static final String NUL = "\u0000";

    ReviewFixtures f;
    Account spare;
    int published;
    long article;

    /** Made once, before the first test: RestAssured learns the app's port only per test. */
    @BeforeEach
    void desk() {
        if (f != null) {
            return;
        }
        f = new ReviewFixtures();
        spare = TestAccounts.create("nul-spare", "reviewer");
        published = f.claimIn(ClaimStatus.PUBLISHED);
        article = ((Number) f.as(f.editor).get("/api/v1/claims/" + published).then().statusCode(200).extract()
                .path("articleId")).longValue();
    }

    @Test
    void aNulInAnyListFilterIsNeverAServerError() {
        Account everyone = TestAccounts.create("nul-all", "admin", "editor", "reviewer", "auditor");
        CookieFilter session = TestAccounts.signIn(everyone.username, TestAccounts.PASSWORD);
        String claimFilters = "status assignee rating q dueAfter dueBefore sort page";
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("/claims", claimFilters);
        lists.put("/articles", "outlet q page");
        lists.put("/articles/" + article, "all made");
        lists.put("/claims/" + published + "/history", "page");
        lists.put("/notifications", "page");
        lists.put("/admin/accounts", "page");
        lists.put("/audit", "user from to entity page");
        lists.put("/audit/verify", "user from to entity");
        lists.put("/audit/security", "user from to page");
        lists.put("/reports", "article from to status rating");
        lists.put("/reports/print", "article from to status rating");
        lists.put("/factchecks", "page");
        lists.put("/login", "next");
        lists.put("/api/v1/claims", claimFilters + " size");
        lists.put("/api/v1/articles", "outlet q page size");
        lists.put("/api/v1/notifications", "unread page size");
        lists.put("/api/v1/accounts", "page size");
        lists.put("/api/v1/audit", "from to user entity format");
        lists.put("/api/v1/reports/verdicts", "format article from to status rating");
        lists.put("/api/v1/ratings", "all");
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, String> list : lists.entrySet()) {
            for (String param : list.getValue().split(" ")) {
                for (String value : List.of(NUL, "a" + NUL + "b")) {
                    String where = "GET " + list.getKey() + "?" + param + "=" + value.replace(NUL, "%00");
                    sent++;
                    try {
                        Response answer = given().filter(session).redirects().follow(false).queryParam(param, value)
                                .get(list.getKey());
                        if (answer.statusCode() >= 500) {
                            failures.add(where + " answered " + answer.statusCode() + ": "
                                    + shorten(answer.asString()));
                        }
                    } catch (Exception e) {
                        // An export that fails after its headers are sent is cut off: the client sees no end.
                        failures.add(where + " was cut off: " + e);
                    }
                }
            }
        }
        assertTrue(sent > 100, "sent " + sent);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void aNulInBasicCredentialsIsAFailedSignIn() {
        for (String[] credentials : List.of(new String[] { spare.username + NUL, TestAccounts.PASSWORD },
                new String[] { NUL, TestAccounts.PASSWORD },
                new String[] { spare.username, TestAccounts.PASSWORD + NUL })) {
            int status = given().auth().preemptive().basic(credentials[0], credentials[1]).get("/api/v1/claims")
                    .statusCode();
            assertEquals(401, status, LogText.of(credentials[0]) + " / " + LogText.of(credentials[1]));
        }
        given().auth().preemptive().basic(spare.username, TestAccounts.PASSWORD).get("/api/v1/claims").then()
                .statusCode(200);
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }
}
