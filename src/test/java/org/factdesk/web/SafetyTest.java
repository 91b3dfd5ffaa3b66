package org.factdesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class SafetyTest {

    static void hasSecurityHeaders(ValidatableResponse response) {
        response.header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("form-action 'self'"))
                .header("Content-Security-Policy", containsString("base-uri 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "same-origin");
    }

    @Test
    void securityHeadersOnAPage() {
        hasSecurityHeaders(given().get("/login").then().statusCode(200)
                .header("Content-Type", containsString("charset=UTF-8")));
    }

    @Test
    void securityHeadersOnAStaticFile() {
        hasSecurityHeaders(given().get("/css/factdesk.css").then().statusCode(200));
        hasSecurityHeaders(given().get("/js/factdesk.js").then().statusCode(200));
    }

    @Test
    @TestSecurity(user = "headers-editor", roles = "editor")
    void securityHeadersOnErrorPagesWhichUseTheLayout() {
        hasSecurityHeaders(given().get("/no/such/page").then().statusCode(404)
                .body(containsString("Not found"), containsString("Dashboard")));
        hasSecurityHeaders(given().get("/admin/accounts").then().statusCode(403)
                .body(containsString("Not allowed")));
        hasSecurityHeaders(given().redirects().follow(false).get("/api/v1/nothing").then().statusCode(404)
                .contentType("application/problem+json"));
    }

    @Test
    void securityHeadersOnTheSignInChallenge() {
        hasSecurityHeaders(given().redirects().follow(false).get("/").then().statusCode(302));
        hasSecurityHeaders(given().get("/api/v1/accounts").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401)));
    }

    @Test
    void postWithoutCsrfTokenChangesNothing() {
        CookieFilter admin = TestAccounts.signIn("admin", TestAccounts.ADMIN_PASSWORD);
        String username = TestAccounts.uniqueName("csrf");
        int status = given().filter(admin).redirects().follow(false)
                .formParam("username", username).formParam("displayName", "No Token")
                .formParam("email", username + "@example.org").formParam("roles", "editor")
                .formParam("password", "Juniper-Canyon-Ledger-12")
                .post("/admin/accounts").statusCode();
        assertTrue(status == 400 || status == 403, "refused, got " + status);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).isEmpty()));

        int forged = given().filter(admin).redirects().follow(false)
                .formParam("csrf-token", "forged-token-value")
                .formParam("username", username).formParam("displayName", "Forged")
                .formParam("email", username + "@example.org").formParam("roles", "editor")
                .formParam("password", "Juniper-Canyon-Ledger-12")
                .post("/admin/accounts").statusCode();
        assertTrue(forged == 400 || forged == 403, "refused, got " + forged);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).isEmpty()));
    }

    @Test
    void signOutWithoutCsrfTokenDoesNotSignOut() {
        Account account = TestAccounts.create("csrf-out", "editor");
        CookieFilter user = TestAccounts.signIn(account.username, TestAccounts.PASSWORD);
        given().filter(user).redirects().follow(false).post("/logout").then().statusCode(400);
        given().filter(user).get("/").then().statusCode(200).body(containsString("My claims"));
    }

    @TestHTTPResource("/")
    java.net.URL base;

    @Test
    void oversizedBodyGetsAClear413() throws Exception {
        // Announce 13 MB and send none of it: the server must answer from the headers alone.
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            String request = "POST /api/v1/accounts HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
                    + (13 * 1024 * 1024) + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            byte[] buffer = new byte[4096];
            StringBuilder response = new StringBuilder();
            int read;
            while (!response.toString().contains("}") && (read = socket.getInputStream().read(buffer)) > 0) {
                response.append(new String(buffer, 0, read, java.nio.charset.StandardCharsets.UTF_8));
            }
            String text = response.toString();
            assertTrue(text.startsWith("HTTP/1.1 413"), text);
            assertTrue(text.contains("larger than FactDesk accepts"), text);
            assertTrue(text.contains("application/problem+json"), text);
        }
    }

    @Test
    void unsafeRequestsFromAnotherSiteAreRefused() {
        CookieFilter admin = TestAccounts.signIn("admin", TestAccounts.ADMIN_PASSWORD);
        String username = TestAccounts.uniqueName("xsite");
        given().filter(admin).redirects().follow(false).header("Origin", "https://evil.example")
                .formParam("csrf-token", TestAccounts.csrfFrom(admin, "/admin/accounts/new"))
                .formParam("username", username).formParam("displayName", "Cross Site")
                .formParam("email", username + "@example.org").formParam("roles", "editor")
                .formParam("password", "Juniper-Canyon-Ledger-12")
                .post("/admin/accounts")
                .then().statusCode(403);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).isEmpty()));
    }

    @Test
    void healthIsPublicAndChecksTheDatabase() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database"));
    }

    @Test
    @TestSecurity(user = "ops-admin", roles = "admin")
    void metricsAndOpenApiAreServedToSignedInPeople() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/accounts"));
    }

    @Test
    void httpBasicIsTakenOnlyByTheApiAndNeverOfferedToABrowser() {
        Account account = TestAccounts.create("basic-scope", "editor");
        // A page ignores Basic credentials: the visitor is sent to sign in.
        given().auth().preemptive().basic(account.username, TestAccounts.PASSWORD).redirects().follow(false)
                .get("/claims").then().statusCode(302).header("Location", containsString("/login"));
        given().auth().preemptive().basic(account.username, TestAccounts.PASSWORD).accept("application/json")
                .get("/api/v1/notifications").then().statusCode(200);
        // A script gets a Basic challenge; a browser (Sec-Fetch-*) gets none it would answer with a password dialog.
        given().accept("application/json").get("/api/v1/notifications").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic "));
        given().accept("application/json").header("Sec-Fetch-Mode", "navigate").header("Sec-Fetch-Site", "none")
                .get("/api/v1/notifications").then().statusCode(401)
                .header("WWW-Authenticate", not(containsString("Basic")));
    }

    @Test
    void aStateChangingPageRouteRefusesABodyThatIsNotAForm() {
        CookieFilter admin = TestAccounts.signIn("admin", TestAccounts.ADMIN_PASSWORD);
        given().filter(admin).redirects().follow(false).contentType("application/json").body("{}")
                .post("/admin/ratings/1/retire").then().statusCode(415);
        given().filter(admin).redirects().follow(false).contentType("text/plain").body("x")
                .post("/logout").then().statusCode(415);
        given().filter(admin).get("/admin/ratings").then().statusCode(200)
                .body(not(containsString("Rating True retired")));
    }

    @Test
    void absoluteLinksUseTheConfiguredPublicAddressNeverTheHostHeader() {
        org.factdesk.review.ReviewFixtures f = new org.factdesk.review.ReviewFixtures();
        int id = f.claimIn(org.factdesk.claim.ClaimStatus.PUBLISHED);
        String page = given().header("Host", "evil.example").get("/factchecks/" + id).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("https://desk.example.org/factchecks/" + id), "ClaimReview url from FACTDESK_PUBLIC_URL");
        assertTrue(!page.contains("evil.example"), "never from the Host header");
    }
}
