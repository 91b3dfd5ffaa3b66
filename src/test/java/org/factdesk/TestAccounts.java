package org.factdesk;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.inject.spi.CDI;

import org.factdesk.account.Account;
import org.factdesk.account.AccountService;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;

/** Accounts with unique names for tests that share one database, and a real sign-in through the form. */
public final class TestAccounts {

    public static final String PASSWORD = "Tide-Lantern-Quartz-91";
    public static final String ADMIN_PASSWORD = "test-admin-Password-2026";
    private static final java.util.regex.Pattern CSRF_FIELD =
            java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestAccounts() {
    }

    /** A fresh unique username with the given prefix. */
    public static String uniqueName(String prefix) {
        return (prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + COUNTER.incrementAndGet())
                .toLowerCase();
    }

    /** Creates an active account with the given roles and {@link #PASSWORD}. */
    public static Account create(String prefix, String... roles) {
        String username = uniqueName(prefix);
        AccountService service = CDI.current().select(AccountService.class).get();
        return QuarkusTransaction.requiringNew().call(() -> service.create(new AccountService.NewAccount(username,
                "Test " + prefix, username + "@example.org", List.of(roles), PASSWORD)));
    }

    /**
     * Signs in as {@code account} and chooses {@code language} and {@code timeZone} under My account, as a person
     * does; the pages then read in that language.
     */
    public static CookieFilter signInReading(Account account, String language, String timeZone) {
        CookieFilter cookies = signIn(account.username, PASSWORD);
        RestAssured.given().filter(cookies).redirects().follow(false)
                .formParam("csrf-token", csrfFrom(cookies, "/account"))
                .formParam("language", language).formParam("timeZone", timeZone)
                .post("/account/preferences").then().statusCode(303);
        return cookies;
    }

    /** Reads the CSRF token from a page's hidden field. */
    public static String csrfToken(Response page) {
        java.util.regex.Matcher m = CSRF_FIELD.matcher(page.asString());
        if (!m.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return m.group(1);
    }

    /** Signs in through the login form like a browser; the filter then carries the session and CSRF cookies. */
    public static CookieFilter signIn(String username, String password) {
        CookieFilter cookies = new CookieFilter();
        Response form = RestAssured.given().filter(cookies).get("/login");
        Response result = RestAssured.given().filter(cookies).redirects().follow(false)
                .formParam("csrf-token", csrfToken(form))
                .formParam("username", username)
                .formParam("password", password)
                .post("/login");
        if (result.statusCode() != 303) {
            throw new AssertionError("sign-in as " + username + " failed with " + result.statusCode());
        }
        return cookies;
    }

    /** The CSRF token of a page fetched with the given cookies. */
    public static String csrfFrom(CookieFilter cookies, String path) {
        return csrfToken(RestAssured.given().filter(cookies).get(path));
    }
}
