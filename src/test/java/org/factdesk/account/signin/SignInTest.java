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
    void tenFailuresLockTheAccountEvenForTheRightPassword() {
        Account account = TestAccounts.create("throttle", "reviewer");
        for (int i = 0; i < 10; i++) {
            assertEquals(401, attempt(account.username, "Wrong-Password-" + i + "-xyz").statusCode());
        }

        Response locked = attempt(account.username, TestAccounts.PASSWORD);
        assertEquals(429, locked.statusCode());
        assertTrue(locked.asString().contains("Too many failed sign-in attempts for this account"),
                locked.asString());
        // HTTP Basic shares the same lock.
        given().auth().preemptive().basic(account.username, TestAccounts.PASSWORD).accept("application/json")
                .get("/api/v1/accounts")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("Too many failed sign-in attempts"));
        // Another account is not affected.
        Account other = TestAccounts.create("throttle-other", "reviewer");
        assertEquals(303, attempt(other.username, TestAccounts.PASSWORD).statusCode());
    }

    @Test
    void lockLiftsAfterTheLockoutPeriod() {
        SignInService service = jakarta.enterprise.inject.spi.CDI.current().select(SignInService.class).get();
        String name = TestAccounts.uniqueName("lockout");
        java.time.Instant start = java.time.Instant.now().minus(java.time.Duration.ofMinutes(40));
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 10; i++) {
                LoginAttempt a = new LoginAttempt();
                a.username = name;
                a.outcome = LoginAttempt.Outcome.FAILED;
                a.attemptedAt = start.plusSeconds(i * 60L);
                a.persist();
            }
        });
        java.time.Instant tenth = start.plusSeconds(9 * 60L);
        assertTrue(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> service.lockedUntil(name, tenth.plusSeconds(60))).isPresent());
        assertEquals(java.util.Optional.empty(), io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> service.lockedUntil(name, tenth.plus(java.time.Duration.ofMinutes(16)))));
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
