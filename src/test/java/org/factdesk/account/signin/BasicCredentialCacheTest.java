package org.factdesk.account.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import jakarta.inject.Inject;

import org.factdesk.account.Account;
import org.factdesk.account.AccountService;
import org.factdesk.TestAccounts;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * HTTP Basic skips bcrypt for credentials it verified minutes ago against the same stored hash, and never lets
 * that memory outlive a password change, a deactivation or a lock.
 */
@QuarkusTest
class BasicCredentialCacheTest {

    private static final String NEW_PASSWORD = "Harbour-Quartz-Meadow-77";

    @Inject
    VerifiedCredentials verified;

    @Inject
    AccountService accounts;

    private static ValidatableResponse call(String username, String password) {
        return given().auth().preemptive().basic(username, password).accept("application/json")
                .get("/api/v1/ratings").then();
    }

    @Test
    void repeatedCallsAreAnsweredFromMemoryAfterTheFirstBcryptCheck() {
        Account account = TestAccounts.create("basic-cache", "reviewer");
        long before = verified.hits();
        call(account.username, TestAccounts.PASSWORD).statusCode(200);
        long afterFirst = verified.hits();
        call(account.username, TestAccounts.PASSWORD).statusCode(200);
        call(account.username, TestAccounts.PASSWORD).statusCode(200);
        assertEquals(before, afterFirst, "the first call goes through bcrypt");
        assertEquals(afterFirst + 2, verified.hits(), "the next two calls are answered from memory");
        Instant signedIn = lastSignIn(account);
        assertTrue(signedIn != null, "the first call records the sign-in");
        call(account.username, TestAccounts.PASSWORD).statusCode(200);
        assertEquals(signedIn, lastSignIn(account), "calls within a minute do not write the account row again");
    }

    @Test
    void aWrongPasswordIsNeverAcceptedAndNeverRemembered() {
        Account account = TestAccounts.create("basic-wrong", "reviewer");
        call(account.username, TestAccounts.PASSWORD).statusCode(200);
        call(account.username, "Not-The-Password-123").statusCode(401).contentType("application/problem+json");
        assertFalse(verified.verified(account.username, "Not-The-Password-123", hashOf(account)));
        assertTrue(verified.verified(account.username, TestAccounts.PASSWORD, hashOf(account)));
        // The remembered key is of the exact name and password.
        assertFalse(verified.verified(account.username + "x", TestAccounts.PASSWORD, hashOf(account)));
        assertFalse(verified.verified(account.username, TestAccounts.PASSWORD + " ", hashOf(account)));
    }

    @Test
    void aPasswordResetEndsTheOldPasswordAtOnce() {
        Account account = TestAccounts.create("basic-reset", "reviewer");
        call(account.username, TestAccounts.PASSWORD).statusCode(200);
        call(account.username, TestAccounts.PASSWORD).statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> accounts.resetPassword(account.id, NEW_PASSWORD));
        call(account.username, TestAccounts.PASSWORD).statusCode(401)
                .body("detail", containsString("Wrong username or password"));
        call(account.username, NEW_PASSWORD).statusCode(200);
    }

    @Test
    void aDeactivatedAccountIsRefusedEvenWhenItsPasswordIsRemembered() {
        Account account = TestAccounts.create("basic-inactive", "reviewer");
        call(account.username, TestAccounts.PASSWORD).statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> accounts.deactivate(account.id));
        call(account.username, TestAccounts.PASSWORD).statusCode(401)
                .body("detail", containsString("deactivated"));
    }

    private static Instant lastSignIn(Account account) {
        return QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(account.id).lastSignInAt);
    }

    private static String hashOf(Account account) {
        return QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(account.id).passwordHash);
    }
}
