package org.factdesk.settings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;

/** The organisation row is shared by every test: each test here puts the values it found back. */
@QuarkusTest
class OrganisationSettingsTest {

    private record Saved(String name, String url, String logoUrl, long version) {
    }

    private Saved before;
    private CookieFilter admin;

    @BeforeEach
    void remember() {
        before = current();
        admin = TestAccounts.signIn("admin", TestAccounts.ADMIN_PASSWORD);
    }

    @AfterEach
    void putBack() {
        QuarkusTransaction.requiringNew().run(() -> {
            Organisation o = Organisation.current();
            o.name = before.name();
            o.url = before.url();
            o.logoUrl = before.logoUrl();
        });
    }

    private static Saved current() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Organisation o = Organisation.current();
            return new Saved(o.name, o.url, o.logoUrl, o.version);
        });
    }

    private Response save(Map<String, String> fields) {
        return given().filter(admin).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfFrom(admin, "/admin/organisation"))
                .formParams(fields).post("/admin/organisation");
    }

    @Test
    void adminSavesThePublisherDetailsThatTheApiThenShows() {
        given().filter(admin).get("/admin/organisation").then().statusCode(200)
                .body(containsString("Name"), containsString("URL"), containsString("Logo URL"),
                        containsString("Save settings"), containsString("ClaimReview"),
                        containsString("href=\"/admin/organisation\" aria-current=\"page\">Organisation"),
                        containsString("name=\"version\" value=\"" + before.version() + "\""));
        String name = "Desk " + TestAccounts.uniqueName("org");
        save(Map.of("version", String.valueOf(before.version()), "name", "  " + name + " ",
                "url", "https://factdesk.example/about", "logoUrl", ""))
                .then().statusCode(303).header("Location", containsString("/admin/organisation"));

        Saved after = current();
        assertEquals(name, after.name());
        assertEquals("https://factdesk.example/about", after.url());
        assertEquals(null, after.logoUrl(), "an empty address is stored as none");
        assertEquals(before.version() + 1, after.version());
        given().filter(admin).get("/admin/organisation").then().statusCode(200)
                .body(containsString("Organisation settings saved."), containsString("value=\"" + name + "\""));
        Account reviewer = TestAccounts.create("org-reader", "reviewer");
        given().auth().preemptive().basic(reviewer.username, TestAccounts.PASSWORD).get("/api/v1/organisation")
                .then().statusCode(200).body("name", equalTo(name))
                .body("url", equalTo("https://factdesk.example/about")).body("logoUrl", equalTo(null));
    }

    @Test
    void invalidSettingsComeBackWithValuesAndMessagesByTheFields() {
        String page = save(Map.of("version", String.valueOf(before.version()), "name", " ",
                "url", "ftp://files.example/x", "logoUrl", "javascript:alert(1)"))
                .then().statusCode(422).extract().asString();
        assertTrue(page.contains("Nothing was saved"));
        assertTrue(page.contains("id=\"name-error\">Enter the organisation's name")
                || page.contains("id=\"name-error\">Enter the organisation&#39;s name"), page);
        assertTrue(page.contains("id=\"url-error\">Enter a web address starting with http:// or https://."));
        assertTrue(page.contains("id=\"logoUrl-error\">Enter a web address starting with http:// or https://."));
        assertTrue(page.contains("value=\"ftp://files.example/x\""), "URL kept");
        assertTrue(page.contains("value=\"javascript:alert(1)\""), "logo URL kept");

        save(Map.of("version", String.valueOf(before.version()), "name", "N".repeat(201), "url", "", "logoUrl",
                "https://"))
                .then().statusCode(422)
                .body(containsString("id=\"name-error\">Use at most 200 characters."),
                        containsString("id=\"logoUrl-error\">"));
        assertEquals(before, current(), "nothing changed");
    }

    @Test
    void staleSettingsFormGetsAConflictPageThatKeepsWhatWasTyped() {
        String page = save(Map.of("version", String.valueOf(before.version() + 1000), "name", "Typed name here",
                "url", "https://typed.example", "logoUrl", ""))
                .then().statusCode(409).extract().asString();
        assertTrue(page.contains("Someone else changed these settings"));
        assertTrue(page.contains("Saved now"));
        assertTrue(page.contains("value=\"Typed name here\""));
        assertTrue(page.contains("value=\"https://typed.example\""));
        assertTrue(page.contains("name=\"version\" value=\"" + before.version() + "\""));
        assertEquals(before, current(), "nothing changed");
    }

    @Test
    void onlyAdminsChangeTheSettings() {
        Account editor = TestAccounts.create("org-editor", "editor");
        CookieFilter session = TestAccounts.signIn(editor.username, TestAccounts.PASSWORD);
        given().filter(session).get("/admin/organisation").then().statusCode(403)
                .body(containsString("Not allowed"));
        given().filter(session).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfFrom(session, "/account"))
                .formParams(Map.of("version", String.valueOf(before.version()), "name", "Hijacked"))
                .post("/admin/organisation").then().statusCode(403);
        assertEquals(before, current(), "nothing changed");
        given().get("/api/v1/organisation").then().statusCode(401).contentType("application/problem+json");
    }
}
