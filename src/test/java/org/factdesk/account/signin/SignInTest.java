package org.factdesk.account.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdesk.account.Account;
import org.factdesk.TestAccounts;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;

@QuarkusTest
class SignInTest {

    @Test
    void signingInThroughTheFormOpensTheDashboard() {
        Account account = TestAccounts.create("signin", "editor");
        CookieFilter cookies = TestAccounts.signIn(account.username, TestAccounts.PASSWORD);

        given().filter(cookies).get("/")
                .then().statusCode(200)
                .body("html.head.title", equalTo("Dashboard · FactDesk"))
                .body(containsString("My claims"), containsString("Awaiting approval"), containsString("Sign out"));
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        Account account = TestAccounts.create("cookie", "reviewer");
        CookieFilter cookies = new CookieFilter();
        Response form = given().filter(cookies).get("/login");
        Response result = given().filter(cookies).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfToken(form))
                .formParam("username", account.username.toUpperCase())
                .formParam("password", TestAccounts.PASSWORD)
                .post("/login");

        assertEquals(303, result.statusCode());
        String setCookie = result.headers().getValues("Set-Cookie").stream()
                .filter(h -> h.startsWith("factdesk-session=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HTTPOnly") || setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
    }

    @Test
    void wrongPasswordGetsTheSameMessageAsAnUnknownUsername() {
        Account account = TestAccounts.create("wrongpw", "editor");
        Response known = attempt(account.username, "Not-The-Password-123");
        Response unknown = attempt(TestAccounts.uniqueName("nobody"), "Not-The-Password-123");

        assertEquals(401, known.statusCode());
        assertEquals(401, unknown.statusCode());
        String message = "Wrong username or password. Check both and try again.";
        assertTrue(known.asString().contains(message));
        assertTrue(unknown.asString().contains(message));
        // The username typed is kept in the form; the password never is.
        assertTrue(known.asString().contains("value=\"" + account.username + "\""));
        assertTrue(!known.asString().contains("Not-The-Password-123"));
    }

    @Test
    void failuresOnAnAccountNeverLockItsOwnerOut() {
        Account account = TestAccounts.create("no-lock", "reviewer");
        for (int i = 0; i < 12; i++) {
            assertEquals(401, attempt(account.username, "Wrong-Password-" + i + "-xyz").statusCode());
        }
        // Twelve failures from one address (this test's limits are far above that) leave the owner free to sign in.
        assertEquals(303, attempt(account.username, TestAccounts.PASSWORD).statusCode());
        given().auth().preemptive().basic(account.username, TestAccounts.PASSWORD).accept("application/json")
                .get("/api/v1/notifications").then().statusCode(200);
    }

    @Test
    void aSuccessfulSignInLeavesADeviceCookieForTheSignInFormOnly() {
        Account account = TestAccounts.create("device", "reviewer");
        Response result = attempt(account.username, TestAccounts.PASSWORD);
        assertEquals(303, result.statusCode());
        String header = result.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(KnownBrowsers.COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(header.toLowerCase(java.util.Locale.ROOT).contains("httponly"), header);
        assertTrue(header.contains("SameSite=Strict"), header);
        assertTrue(header.contains("Path=/login"), header);
        assertTrue(header.contains("Max-Age="), header);
    }

    @Test
    void signingOutRevokesTheOldCookie() {
        Account account = TestAccounts.create("signout", "editor");
        CookieFilter cookies = TestAccounts.signIn(account.username, TestAccounts.PASSWORD);
        String token = TestAccounts.csrfFrom(cookies, "/");
        String oldCookie = sessionCookieValue(cookies);
        assertNotNull(oldCookie);

        given().filter(cookies).redirects().follow(false).formParam("csrf-token", token).post("/logout")
                .then().statusCode(303).header("Location", containsString("/login"));

        // Replaying the old cookie, as a thief who copied it would, is refused.
        given().cookie("factdesk-session", oldCookie).redirects().follow(false).get("/")
                .then().statusCode(302).header("Location", containsString("/login"));
        given().cookie("factdesk-session", oldCookie).accept("application/json").get("/api/v1/accounts")
                .then().statusCode(401);
    }

    @Test
    void deactivatedAccountIsLockedOutAtOnce() {
        Account account = TestAccounts.create("deact", "editor");
        CookieFilter user = TestAccounts.signIn(account.username, TestAccounts.PASSWORD);
        given().filter(user).get("/").then().statusCode(200);

        CookieFilter admin = TestAccounts.signIn("admin", TestAccounts.ADMIN_PASSWORD);
        given().filter(admin).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfFrom(admin, "/admin/accounts/" + account.id))
                .post("/admin/accounts/" + account.id + "/deactivate")
                .then().statusCode(303);

        given().filter(user).redirects().follow(false).get("/")
                .then().statusCode(302).header("Location", containsString("/login"));
        Response again = attempt(account.username, TestAccounts.PASSWORD);
        assertEquals(401, again.statusCode());
        assertTrue(again.asString().contains("This account is deactivated"));
    }

    @Test
    void nextOnlyLeadsToLocalPages() {
        Account account = TestAccounts.create("next", "editor");
        CookieFilter cookies = new CookieFilter();
        Response form = given().filter(cookies).get("/login?next=/account");
        assertTrue(form.asString().contains("value=\"/account\""));
        given().filter(cookies).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfToken(form))
                .formParam("username", account.username).formParam("password", TestAccounts.PASSWORD)
                .formParam("next", "//evil.example/phish")
                .post("/login")
                .then().statusCode(303).header("Location", not(containsString("evil")));
    }

    @Test
    void anonymousPageVisitsAreSentToSignInWithTheirAddressKept() {
        given().redirects().follow(false).get("/admin/accounts?page=2")
                .then().statusCode(302).header("Location", "/login?next=%2Fadmin%2Faccounts%3Fpage%3D2");
    }

    private static Response attempt(String username, String password) {
        CookieFilter cookies = new CookieFilter();
        Response form = given().filter(cookies).get("/login");
        return given().filter(cookies).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfToken(form))
                .formParam("username", username)
                .formParam("password", password)
                .post("/login");
    }

    private static String sessionCookieValue(CookieFilter cookies) {
        // The filter keeps cookies per domain; read it back from a request it decorates.
        String[] holder = new String[1];
        given().filter(cookies).filter((req, res, ctx) -> {
            holder[0] = req.getCookies().getValue("factdesk-session");
            return ctx.next(req, res);
        }).get("/account");
        return holder[0];
    }
}
