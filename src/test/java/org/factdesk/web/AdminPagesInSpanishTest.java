package org.factdesk.web;

import static io.restassured.RestAssured.given;
import static org.factdesk.web.SpanishPages.noEnglish;
import static org.factdesk.web.SpanishPages.data;
import static org.factdesk.web.SpanishPages.read;
import static org.factdesk.web.SpanishPages.withoutData;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.factdesk.claim.Rating;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;

/**
 * The pages an admin and an auditor use (accounts, the rating scale, backups, the audit log and its security
 * events, the chain's verification), a refused form, a notice and the pager, read by an admin whose account chose
 * Spanish (the browser asks for nothing): none of the UI's English words is left in the visible text. What people
 * typed (names, e-mail addresses, rating labels and keys, of this test and of others sharing the database) is data,
 * and is taken out before looking.
 */
@QuarkusTest
class AdminPagesInSpanishTest {

    /**
     * The admin and audit pages' English words, matched as whole words with their case. Words Spanish spells the
     * same ("Roles", "Editor", "Auditor") are left out.
     */
    private static final String[] ENGLISH = { "Accounts", "Account", "New account", "Edit", "Save", "Save changes",
            "Cancel", "Username", "Name", "Display name", "Email", "Password", "New password", "Reset password",
            "Role", "Reviewer", "Admin", "Status", "Active", "Deactivated", "Deactivate", "Reactivate",
            "Last sign-in", "never", "Created", "Create account", "Profile", "Access", "All accounts", "Next",
            "Previous", "First", "Last", "Page", "Backup", "Backups", "Back up now", "Restore", "Restoring", "Made",
            "Size", "Audit", "Audit log", "Verify", "Verify chain", "Chain OK", "verified", "Export", "Rating",
            "Rating scale", "Add rating", "Retire", "Retired", "Delete", "Label", "Key", "Value", "Colour", "Order",
            "Actions", "Used by", "No verdict", "Search", "Filter", "Clear filters", "User", "From", "To", "Entity",
            "Any entity", "Revisions", "Revision", "Time", "Who", "Action", "Note", "Changed", "Seal", "system",
            "not sealed", "added", "changed", "removed", "Claim", "History", "Security events", "Event",
            "Signed in", "From address", "Path", "Detail", "newest first", "Organisation", "Administration",
            "Enter", "Choose", "Use at", "not created", "created", "saved", "Nothing" };

    private static CookieFilter inSpanish(Account account) {
        CookieFilter cookies = TestAccounts.signIn(account.username, TestAccounts.PASSWORD);
        given().filter(cookies).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfFrom(cookies, "/account"))
                .formParam("language", "es").formParam("timeZone", "Europe/Madrid")
                .post("/account/preferences").then().statusCode(303);
        return cookies;
    }

    @Test
    void theAdminAndAuditPagesShowNoEnglishToAnAdminWhoChoseSpanish() {
        Account me = TestAccounts.create("es-admin", "admin");
        CookieFilter admin = inSpanish(me);
        String username = TestAccounts.uniqueName("lucia");
        String key = "casi-" + System.nanoTime();
        List<String> problems = new ArrayList<>();

        // A refused form: its messages are the page's words.
        String refused = given().filter(admin)
                .formParam("csrf-token", TestAccounts.csrfFrom(admin, "/admin/accounts/new"))
                .formParam("username", "").formParam("displayName", "").formParam("email", "x")
                .formParam("password", "corta").post("/admin/accounts").then().statusCode(422).extract().asString();
        assertTrue(refused.contains("<html lang=\"es\">"), "the refused form is not in Spanish");
        noEnglish(problems, "POST /admin/accounts (refused)", SpanishPages.visibleText(refused), ENGLISH);

        // A refused rating form: the scale's own rules answer in Spanish too.
        String refusedRating = given().filter(admin)
                .formParam("csrf-token", TestAccounts.csrfFrom(admin, "/admin/ratings/new"))
                .formParam("key", "").formParam("label", "").formParam("value", "1000").formParam("colour", "red")
                .formParam("order", "-1").post("/admin/ratings").then().statusCode(422).extract().asString();
        assertTrue(refusedRating.contains("Escribe una clave, como mostly-true."), refusedRating);
        assertTrue(refusedRating.contains("Escribe un número entero de -100 a 100"), refusedRating);
        noEnglish(problems, "POST /admin/ratings (refused)", SpanishPages.visibleText(refusedRating), ENGLISH);

        // An account and a rating made through the pages; the page after each shows its notice, which names the
        // rating by the label its reader reads.
        given().filter(admin).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfFrom(admin, "/admin/accounts/new"))
                .formParam("username", username).formParam("displayName", "Lucía Pérez")
                .formParam("email", username + "@example.org").formParam("roles", "reviewer")
                .formParam("roles", "auditor").formParam("password", TestAccounts.PASSWORD)
                .post("/admin/accounts").then().statusCode(303);
        String accounts = read(given().filter(admin), "/admin/accounts");
        assertTrue(accounts.contains("Cuenta " + username + " creada."), accounts);
        given().filter(admin).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfFrom(admin, "/admin/ratings/new"))
                .formParam("key", key).formParam("label", "Nearly true " + key)
                .formParam("label-es", "Casi cierto " + key).formParam("value", "4")
                .formParam("colour", "#1a7f37").formParam("order", "950")
                .post("/admin/ratings").then().statusCode(303);
        String ratings = read(given().filter(admin), "/admin/ratings");
        assertTrue(ratings.contains("Calificación Casi cierto " + key + " añadida."), ratings);
        long accountId = QuarkusTransaction.requiringNew()
                .call(() -> Account.findByUsername(username).orElseThrow().id);
        long ratingId = QuarkusTransaction.requiringNew().call(() -> Rating.byKey(key).orElseThrow().id);

        List<String> data = data();
        noEnglish(problems, "/admin/accounts", withoutData(accounts, data), ENGLISH);
        noEnglish(problems, "/admin/ratings", withoutData(ratings, data), ENGLISH);
        String[] paths = { "/admin/accounts/new", "/admin/accounts/" + accountId, "/admin/ratings/new",
                "/admin/ratings/" + ratingId, "/admin/backups", "/admin/organisation", "/audit?user=" + me.username,
                "/audit/verify?user=" + me.username, "/audit/security?user=" + me.username };
        for (String path : paths) {
            noEnglish(problems, path, withoutData(read(given().filter(admin), path), data), ENGLISH);
        }
        String badFilter = given().filter(admin).get("/audit?user=" + me.username + "&from=2026-02-30").then()
                .statusCode(422).extract().asString();
        noEnglish(problems, "/audit (refused filter)", withoutData(SpanishPages.visibleText(badFilter), data),
                ENGLISH);
        // The pager: the account list has more than a page (25) of accounts.
        long accountsNow = QuarkusTransaction.requiringNew().call(() -> Account.count());
        for (long i = accountsNow; i <= 25; i++) {
            TestAccounts.create("es-pager", "reviewer");
        }
        String second = read(given().filter(admin), "/admin/accounts?page=1");
        assertTrue(second.contains("Anterior"), second);
        noEnglish(problems, "/admin/accounts?page=1", withoutData(second, data()), ENGLISH);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
