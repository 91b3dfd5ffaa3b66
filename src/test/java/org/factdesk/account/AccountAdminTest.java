package org.factdesk.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.factdesk.TestAccounts;
import org.factdesk.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;

@QuarkusTest
class AccountAdminTest {

    @Inject
    AccountService service;

    @Test
    void adminCreatesAnAccountThroughTheForm() {
        CookieFilter admin = TestAccounts.signIn("admin", TestAccounts.ADMIN_PASSWORD);
        String username = TestAccounts.uniqueName("ana");
        given().filter(admin).get("/admin/accounts/new").then().statusCode(200)
                .body(containsString("Username"), containsString("Display name"), containsString("Email"),
                        containsString("Editor"), containsString("Reviewer"), containsString("Auditor"),
                        containsString("Create account"));

        given().filter(admin).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfFrom(admin, "/admin/accounts/new"))
                .formParam("username", username).formParam("displayName", "Ana López")
                .formParam("email", username + "@example.org")
                .formParam("roles", "editor").formParam("roles", "reviewer")
                .formParam("password", "Granite-Heron-Velvet-44")
                .post("/admin/accounts")
                .then().statusCode(303).header("Location", containsString("/admin/accounts"));

        Account created = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow());
        assertEquals("Ana López", created.displayName);
        assertEquals(java.util.Set.of("editor", "reviewer"), created.roles);
        assertTrue(created.passwordHash.startsWith("$2a$12$") || created.passwordHash.startsWith("$2b$12$")
                || created.passwordHash.startsWith("$2y$12$"), "bcrypt cost 12");
        given().filter(admin).get("/admin/accounts/" + created.id).then().statusCode(200)
                .body(containsString("Ana López"), containsString("Deactivate"),
                        containsString("action=\"/admin/accounts/" + created.id + "/deactivate\""),
                        containsString("action=\"/admin/accounts/" + created.id + "/password\""),
                        not(containsString("action=\"/admin/accounts/{")));
    }

    @Test
    void invalidAccountFormComesBackWithValuesAndMessagesByTheFields() {
        CookieFilter admin = TestAccounts.signIn("admin", TestAccounts.ADMIN_PASSWORD);
        String username = TestAccounts.uniqueName("bad");
        String page = given().filter(admin)
                .formParam("csrf-token", TestAccounts.csrfFrom(admin, "/admin/accounts/new"))
                .formParam("username", username).formParam("displayName", "Bea Bad")
                .formParam("email", "not-an-email")
                .formParam("password", "password1234")
                .post("/admin/accounts")
                .then().statusCode(422).extract().asString();

        assertTrue(page.contains("value=\"" + username + "\""), "username kept");
        assertTrue(page.contains("value=\"Bea Bad\""), "display name kept");
        assertTrue(page.contains("value=\"not-an-email\""), "email kept");
        assertTrue(page.contains("Enter an email address such as name@example.org."));
        assertTrue(page.contains("Choose at least one role."));
        assertTrue(page.contains("most common"));
        assertFalse(page.contains("password1234"), "the password is never echoed");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).isEmpty()));
    }

    @Test
    void adminChangesRolesAndResetsAPasswordWhichEndsSessions() {
        Account account = TestAccounts.create("roles", "reviewer");
        CookieFilter user = TestAccounts.signIn(account.username, TestAccounts.PASSWORD);
        CookieFilter admin = TestAccounts.signIn("admin", TestAccounts.ADMIN_PASSWORD);

        given().filter(admin).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfFrom(admin, "/admin/accounts/" + account.id))
                .formParam("displayName", "Renamed Person").formParam("email", "renamed@example.org")
                .formParam("roles", "auditor")
                .post("/admin/accounts/" + account.id)
                .then().statusCode(303);
        given().filter(user).get("/").then().statusCode(200).body(containsString("Renamed Person"));

        given().filter(admin).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfFrom(admin, "/admin/accounts/" + account.id))
                .formParam("password", "Copper-Meadow-Lantern-8")
                .post("/admin/accounts/" + account.id + "/password")
                .then().statusCode(303);
        given().filter(user).redirects().follow(false).get("/").then().statusCode(302);
        TestAccounts.signIn(account.username, "Copper-Meadow-Lantern-8");
    }

    @Test
    @TestTransaction
    void theLastActiveAdminCannotBeDeactivatedOrDemoted() {
        Account admin = Account.findByUsername("admin").orElseThrow();
        // Make "admin" the only active admin inside this rolled-back transaction.
        Account.update("active = false where id <> ?1 and id in (select a.id from Account a join a.roles r where r = 'admin')",
                admin.id);

        InvalidInputException deactivate = assertThrows(InvalidInputException.class,
                () -> service.deactivate(admin.id));
        assertTrue(deactivate.errors().get("active").contains("last active admin"));
        InvalidInputException demote = assertThrows(InvalidInputException.class,
                () -> service.update(admin.id, admin.displayName, admin.email, List.of("editor")));
        assertTrue(demote.errors().get("roles").contains("last active admin"));
    }

    @Test
    void peopleChangeTheirOwnPassword() {
        Account account = TestAccounts.create("ownpw", "editor");
        CookieFilter user = TestAccounts.signIn(account.username, TestAccounts.PASSWORD);
        String wrong = given().filter(user)
                .formParam("csrf-token", TestAccounts.csrfFrom(user, "/account"))
                .formParam("current", "not-my-password").formParam("password", "Harbor-Willow-Cobalt-73")
                .formParam("confirmation", "Harbor-Willow-Cobalt-73")
                .post("/account/password").then().statusCode(422).extract().asString();
        assertTrue(wrong.contains("This is not your current password."));

        given().filter(user).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfFrom(user, "/account"))
                .formParam("current", TestAccounts.PASSWORD).formParam("password", "Harbor-Willow-Cobalt-73")
                .formParam("confirmation", "Harbor-Willow-Cobalt-73")
                .post("/account/password").then().statusCode(303);
        // The session that changed the password stays signed in.
        given().filter(user).get("/account").then().statusCode(200)
                .body(containsString("Your password is changed"));
        TestAccounts.signIn(account.username, "Harbor-Willow-Cobalt-73");
    }

    @Test
    void apiCreatesAndListsAccountsWithProblemDetailsOnErrors() {
        String username = TestAccounts.uniqueName("api");
        Map<String, Object> body = Map.of("username", username, "displayName", "Api Person",
                "email", username + "@example.org", "roles", List.of("reviewer"), "password", "Saffron-Glacier-Otter-5");
        given().auth().preemptive().basic("admin", TestAccounts.ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(body).post("/api/v1/accounts")
                .then().statusCode(201).header("Location", containsString("/api/v1/accounts/"))
                .body("username", equalTo(username)).body("roles", hasItem("reviewer"))
                .body(not(containsString("password")));

        given().auth().preemptive().basic("admin", TestAccounts.ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(body).post("/api/v1/accounts")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("taken"));

        given().auth().preemptive().basic("admin", TestAccounts.ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("username", "x", "roles", List.of("wizard"))).post("/api/v1/accounts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.username", containsString("2–32"))
                .body("errors.roles", containsString("Unknown role"))
                .body("errors.password", equalTo("Enter a password."));

        given().auth().preemptive().basic("admin", TestAccounts.ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body("{not json").post("/api/v1/accounts")
                .then().statusCode(400).contentType("application/problem+json");

        Account reviewer = TestAccounts.create("apirev", "reviewer");
        given().auth().preemptive().basic(reviewer.username, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(body).post("/api/v1/accounts")
                .then().statusCode(403).contentType("application/problem+json");

        given().auth().preemptive().basic("admin", TestAccounts.ADMIN_PASSWORD)
                .get("/api/v1/accounts?size=200")
                .then().statusCode(200).body("items.username", hasItem(username)).body("size", equalTo(200));
    }
}
