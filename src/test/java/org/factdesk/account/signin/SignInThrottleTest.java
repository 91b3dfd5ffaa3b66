package org.factdesk.account.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import jakarta.inject.Inject;

import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.factdesk.audit.SecurityEvent;
import org.factdesk.web.SecuritySignal;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;

/**
 * Sign-in throttling as an attacker meets it, with small limits and each client given its own address through
 * {@code X-Forwarded-For} (the app trusts it here as it does behind a configured proxy). Earlier failures are written
 * straight into the database, as if they had happened a moment ago, so no test waits through real delays.
 */
@QuarkusTest
@TestProfile(SignInThrottleTest.SmallLimits.class)
class SignInThrottleTest {

    /** Limits small enough to reach in a test, and forwarded addresses trusted. */
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factdesk.login.address-free-failures", "3",
                    "factdesk.login.address-max-failures", "6",
                    "factdesk.login.network-max-failures", "12",
                    "factdesk.login.account-free-failures", "4",
                    "factdesk.login.account-min-networks", "3",
                    "factdesk.login.max-delay", "PT2S",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    /** Distinct /24 networks for each test, so tests never count each other's failures. */
    private static final AtomicInteger NETWORK = new AtomicInteger(10);

    @Inject
    SignInThrottle throttle;

    @Inject
    org.factdesk.audit.SecurityLog securityLog;

    private static String freshNetwork() {
        int n = NETWORK.incrementAndGet();
        return "10." + (n / 250) + "." + (n % 250) + ".";
    }

    @Test
    void failuresFromOneAddressNeverDelayTheAccountFromAnother() {
        // What an ordinary sign-in takes on this machine right now (a password check), to compare the owner's with.
        Account bystander = TestAccounts.create("bystander", "reviewer");
        long before = System.nanoTime();
        assertEquals(303, form(bystander.username, TestAccounts.PASSWORD, freshNetwork() + "21", null).statusCode());
        long usual = (System.nanoTime() - before) / 1_000_000;

        Account account = TestAccounts.create("victim", "reviewer");
        String attacker = freshNetwork() + "7";
        failures(account.username, attacker, 6, Instant.now());
        Response refused = form(account.username, TestAccounts.PASSWORD, attacker, null);
        assertEquals(429, refused.statusCode());
        assertTrue(refused.asString().contains("Too many failed sign-ins from your network address"),
                refused.asString());
        assertNotNull(refused.header("Retry-After"));

        long started = System.nanoTime();
        Response owner = form(account.username, TestAccounts.PASSWORD, freshNetwork() + "20", null);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(303, owner.statusCode(), "the owner from a clean address signs in at once");
        assertTrue(millis < usual + 1_000,
                "and is not delayed by a second or more: " + millis + " ms against " + usual + " ms unattacked");
    }

    @Test
    void aRefusedAttemptIsDecidedBeforeAnyPasswordCheck() {
        Account account = TestAccounts.create("no-bcrypt", "reviewer");
        String address = freshNetwork() + "8";
        failures("someone-else", address, 6, Instant.now());
        Response refused = form(account.username, "Wrong-Password-Again-42", address, null);
        assertEquals(429, refused.statusCode());
        assertEquals(0, count(account.username, LoginAttempt.Outcome.FAILED),
                "the refused attempt was not checked, so it cannot have failed");
        assertEquals(1, count(account.username, LoginAttempt.Outcome.THROTTLED));
    }

    @Test
    void aPausedAddressIsRefusedAgainWithoutARowPerAttempt() {
        Account account = TestAccounts.create("flooded", "reviewer");
        String address = freshNetwork() + "17";
        failures("someone-else", address, 6, Instant.now());
        for (int i = 0; i < 15; i++) {
            Response refused = form(account.username, "Wrong-Guess-Number-" + i, address, null);
            assertEquals(429, refused.statusCode());
            assertTrue(refused.asString().contains("is paused for"), refused.asString());
        }
        assertEquals(1, count(account.username, LoginAttempt.Outcome.THROTTLED),
                "only the refusal decided from the database writes a row; the others are answered from memory");
        assertEquals(0, count(account.username, LoginAttempt.Outcome.FAILED));
    }

    @Test
    void anAddressThatKeepsFailingWaitsLongerEachTime() throws InterruptedException {
        Account account = TestAccounts.create("slowed", "reviewer");
        String address = freshNetwork() + "9";
        failures(account.username, address, 3, Instant.now());
        Response slowed = form(account.username, TestAccounts.PASSWORD, address, null);
        assertEquals(429, slowed.statusCode());
        assertTrue(slowed.asString().contains("try again in 1 second"), slowed.asString());
        Thread.sleep(1_100);
        assertEquals(401, form(account.username, "Wrong-Password-Once-More-7", address, null).statusCode(),
                "after the wait the attempt is checked (and this one is wrong)");
        Response longer = form(account.username, TestAccounts.PASSWORD, address, null);
        assertEquals(429, longer.statusCode());
        assertTrue(longer.asString().contains("try again in 2 seconds"), longer.asString());
        Thread.sleep(2_100);
        assertEquals(303, form(account.username, TestAccounts.PASSWORD, address, null).statusCode());
    }

    @Test
    void aBurstOfParallelGuessesFromOneAddressIsCheckedOneAtATime() throws Exception {
        Account account = TestAccounts.create("burst", "reviewer");
        String address = freshNetwork() + "17";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String guess = "Wrong-Guess-" + i + "-Lantern";
                answers.add(pool.submit(() -> form(account.username, guess, address, null).statusCode()));
            }
            List<Integer> codes = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                codes.add(answer.get());
            }
            // One password check at a time: each guess waits its turn (a second at most) and is decided again then,
            // so at most the three free failures are ever checked. On a slow machine a guess may give up waiting
            // (503) before its turn comes, so fewer may be checked; never more.
            long checked = count(account.username, LoginAttempt.Outcome.FAILED);
            assertTrue(checked >= 1 && checked <= 3, "checked " + checked + " of the guesses: " + codes);
            assertEquals(checked, codes.stream().filter(c -> c == 401).count(), codes.toString());
            assertTrue(codes.stream().allMatch(c -> c == 401 || c == 429 || c == 503),
                    "every other guess is refused, slowed (429) or told to wait (503): " + codes);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void hoppingAddressesWithinOneNetworkGainsNothing() {
        Account account = TestAccounts.create("network", "reviewer");
        String network = freshNetwork();
        for (int i = 1; i <= 12; i++) {
            failures("spray-" + i, network + i, 1, Instant.now());
        }
        Response refused = form(account.username, TestAccounts.PASSWORD, network + "200", null);
        assertEquals(429, refused.statusCode());
        assertTrue(refused.asString().contains("Too many failed sign-ins from your network."), refused.asString());
    }

    @Test
    void anAccountFailingFromManyPlacesSpacesNewBrowsersButNotItsOwnersBrowser() {
        Account account = TestAccounts.create("spread", "reviewer");
        Response first = form(account.username, TestAccounts.PASSWORD, freshNetwork() + "5", null);
        assertEquals(303, first.statusCode(), "the owner signs in once, so this browser is known");
        String ownBrowser = first.cookie(KnownBrowsers.COOKIE);
        assertNotNull(ownBrowser);
        for (int i = 0; i < 4; i++) {
            failures(account.username, freshNetwork() + "66", 1, Instant.now());
        }
        Response newBrowser = form(account.username, TestAccounts.PASSWORD, freshNetwork() + "30", null);
        assertEquals(429, newBrowser.statusCode());
        assertTrue(newBrowser.asString().contains("failing from many places"), newBrowser.asString());
        int wait = Integer.parseInt(newBrowser.header("Retry-After"));
        assertTrue(wait >= 1 && wait <= 2, "spaced, never locked: at most the maximum delay, " + wait + " s");

        assertEquals(303, form(account.username, TestAccounts.PASSWORD, freshNetwork() + "31", ownBrowser)
                .statusCode(), "the browser it signed in from before goes straight on");
    }

    @Test
    void onlyAnAttemptWithNothingAgainstItFromANetworkTheNameSignedInFromGoesFirstInLine() {
        Account account = TestAccounts.create("first-in-line", "reviewer");
        String home = freshNetwork();
        assertEquals(303, form(account.username, TestAccounts.PASSWORD, home + "5", null).statusCode());
        Instant now = Instant.now();
        assertTrue(firstInLine(account.username, home + "6", now),
                "a new browser on a network the name signed in from, nothing failed: first in line");
        assertFalse(firstInLine(account.username, freshNetwork() + "6", now), "not from another network");
        assertFalse(firstInLine(TestAccounts.uniqueName("nobody"), home + "6", now),
                "an unknown name is treated as a real one that never signed in from there");
        String failedHere = home + "7";
        failures("someone-else", failedHere, 1, now);
        assertFalse(firstInLine(account.username, failedHere, now), "not from an address with a failure");
        failures(account.username, freshNetwork() + "8", 1, now);
        assertFalse(firstInLine(account.username, home + "6", now), "not once the name has a failure");
        assertFalse(firstInLine(account.username, home + "6", now.plus(Duration.ofDays(2))),
                "nor once the sign-in from that network is older than the attempts kept");
    }

    @Test
    void httpBasicGetsTheSameRefusalAsAProblemWithRetryAfter() {
        Account account = TestAccounts.create("basic-throttle", "reviewer");
        String address = freshNetwork() + "11";
        given().header("X-Forwarded-For", address).auth().preemptive().basic(account.username, TestAccounts.PASSWORD)
                .accept("application/json").get("/api/v1/notifications").then().statusCode(200);
        failures(account.username, address, 6, Instant.now());
        given().header("X-Forwarded-For", address).auth().preemptive().basic(account.username, TestAccounts.PASSWORD)
                .accept("application/json").get("/api/v1/notifications")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("detail", containsString("from your network address"));
        // Even a remembered password is not looked up from a refused address: that would be a guessing oracle.
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        String address = freshNetwork() + "12";
        Instant now = Instant.now();
        failures("old-failures", address, 6, now.minus(Duration.ofMinutes(16)));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> throttle.forAddress(address, now)).allowed());
        failures("old-failures", address, 6, now.minus(Duration.ofMinutes(14)));
        SignInThrottle.Decision paused = QuarkusTransaction.requiringNew().call(() -> throttle.forAddress(address,
                now));
        assertEquals(SignInThrottle.Refusal.ADDRESS_PAUSED, paused.refusal());
        assertTrue(paused.retryAfter().toSeconds() <= 60 + 1, "paused until they age out: " + paused.retryAfter());
    }

    @Test
    void oldAttemptsAndSecurityEventsArePurged() {
        String name = TestAccounts.uniqueName("purge");
        failures(name, freshNetwork() + "13", 2, Instant.now().minus(Duration.ofDays(2)));
        QuarkusTransaction.requiringNew().run(() -> {
            SecurityEvent old = new SecurityEvent();
            old.at = Instant.now().minus(Duration.ofDays(91));
            old.kind = SecuritySignal.Kind.SIGN_IN_FAILED;
            old.username = name;
            old.persist();
        });
        throttle.purge();
        securityLog.purge();
        assertEquals(0, count(name, LoginAttempt.Outcome.FAILED));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> SecurityEvent.count("username", name) > 0));
    }

    @Test
    void httpsThroughTheTrustedProxyGetsHstsAndOnlySecureCookies() {
        Response page = given().header("X-Forwarded-Proto", "https").header("X-Forwarded-For", freshNetwork() + "14")
                .get("/login");
        assertEquals(200, page.statusCode());
        assertEquals("max-age=31536000", page.header("Strict-Transport-Security"));
        List<String> cookies = page.headers().getValues("Set-Cookie");
        assertFalse(cookies.isEmpty(), "the sign-in page sets its form-token cookie");
        for (String cookie : cookies) {
            assertTrue(cookie.toLowerCase(Locale.ROOT).contains("; secure"), cookie);
        }
        Response plain = given().header("X-Forwarded-For", freshNetwork() + "15").get("/login");
        assertEquals(null, plain.header("Strict-Transport-Security"), "plain HTTP is not told to stay on HTTPS");
    }

    @Test
    void aUsernameWithALineBreakCannotForgeALogLine() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger security = java.util.logging.Logger.getLogger("factdesk.security");
        security.addHandler(capture);
        try {
            form("intruder\r\n12:00:00 INFO  [fa.security] sign-in user=admin", "Wrong-Password-77-abc",
                    freshNetwork() + "16", null);
        } finally {
            security.removeHandler(capture);
        }
        String forged = lines.stream().filter(l -> l.contains("intruder")).findFirst().orElseThrow();
        assertTrue(forged.contains("intruder\\r\\n12:00:00"), "the line break is written as an escape: " + forged);
        assertFalse(forged.contains("\n") || forged.contains("\r"), forged);
    }

    /** Whether the throttle puts an attempt on {@code name} from {@code ip} first in line for a password check. */
    private boolean firstInLine(String name, String ip, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SignInThrottle.Decision address = throttle.forAddress(ip, now);
            SignInThrottle.Decision account = throttle.forAccount(name, ip, address.clean(), now);
            return address.allowed() && account.allowed() && account.clean();
        });
    }

    /** Records {@code n} failures for {@code username} from {@code ip}, the newest at {@code newest}. */
    private static void failures(String username, String ip, int n, Instant newest) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < n; i++) {
                LoginAttempt a = new LoginAttempt();
                a.username = username;
                a.ip = ip;
                a.network = ClientNetwork.of(ip);
                a.outcome = LoginAttempt.Outcome.FAILED;
                a.attemptedAt = newest.minusSeconds(n - 1L - i);
                a.persist();
            }
        });
    }

    private static long count(String username, LoginAttempt.Outcome outcome) {
        return QuarkusTransaction.requiringNew().call(() -> LoginAttempt.count("username = ?1 and outcome = ?2",
                username, outcome));
    }

    /** The sign-in form posted from {@code ip}, by a browser holding {@code deviceCookie} when it is not null. */
    private static Response form(String username, String password, String ip, String deviceCookie) {
        CookieFilter cookies = new CookieFilter();
        Response page = given().filter(cookies).header("X-Forwarded-For", ip).get("/login");
        var post = given().filter(cookies).header("X-Forwarded-For", ip).redirects().follow(false);
        if (deviceCookie != null) {
            post = post.cookie(KnownBrowsers.COOKIE, deviceCookie);
        }
        return post.formParam("csrf-token", TestAccounts.csrfToken(page))
                .formParam("username", username)
                .formParam("password", password)
                .post("/login");
    }
}
