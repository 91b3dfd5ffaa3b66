package org.factdesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.BadRequestException;

import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The cases of issue 12 one by one: each is refused with a readable 4xx and the saved draft is kept. */
@QuarkusTest
class InputRulesTest {

    private Account editor;
    private Account reviewer;
    private long claim;

    @BeforeEach
    void claimWithASavedDraft() {
        editor = TestAccounts.create("rules-editor", "editor");
        reviewer = TestAccounts.create("rules-reviewer", "reviewer");
        String text = "Unemployment fell to 3.1% in May, the minister said. Rules " + System.nanoTime();
        int article = as(editor).body(Map.of("title", "Rules", "text", text)).post("/api/v1/articles").then()
                .statusCode(201).extract().path("id");
        claim = ((Number) as(editor).body(Map.of("start", 0, "end", 39)).post("/api/v1/articles/" + article
                + "/claims").then().statusCode(201).extract().path("id")).longValue();
        as(editor).body(Map.of("reviewer", reviewer.username, "due", LocalDate.now().plusDays(3).toString()))
                .post("/api/v1/claims/" + claim + "/assign").then().statusCode(200);
        as(reviewer).body(Map.of("version", version(), "rating", "false", "summary", "Saved summary",
                "analysis", "Saved analysis", "sources", List.of(Map.of("url", "https://example.org/s"))))
                .put(verdict()).then().statusCode(200);
    }

    @Test
    void anEmptyNullOrVersionlessDraftNeverBlanksTheSavedOne() {
        for (String body : List.of("", "null", "  ", "{}", "{\"summary\":null,\"sources\":[]}")) {
            as(reviewer).body(body).put(verdict()).then().statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("detail", containsString(body.strip().startsWith("{") ? "version" : "JSON object"));
        }
        draftIsKept();
    }

    @Test
    void malformedJsonIsRefusedWithADetail() {
        byte[] bom = ("\uFEFF{\"version\":" + version() + ",\"summary\":\"x\"}").getBytes(StandardCharsets.UTF_8);
        as(reviewer).body(bom).put(verdict()).then().statusCode(400).body("detail", containsString("byte-order mark"));
        as(reviewer).body("{\"version\":" + version() + "}{\"summary\":\"second\"}").put(verdict()).then()
                .statusCode(400).body("detail", containsString("one JSON object"));
        as(reviewer).body("{\"version\":\"abc\"}").put(verdict()).then().statusCode(400)
                .body("detail", containsString("version"));
        as(reviewer).body("{\"version\": 1,").put(verdict()).then().statusCode(400)
                .body("detail", containsString("not valid JSON"));
        draftIsKept();
    }

    @Test
    void aStaleDraftIsAConflictAndTheCurrentVersionSaves() {
        int seen = version();
        as(reviewer).body(Map.of("version", seen - 1, "summary", "Stale")).put(verdict()).then().statusCode(409);
        draftIsKept();
        as(reviewer).body(Map.of("version", seen, "rating", "false", "summary", "Newer")).put(verdict()).then()
                .statusCode(200).body("verdict.summary", equalTo("Newer"));
    }

    @Test
    void pagingThatWouldOverflowIsRefused() {
        Account admin = TestAccounts.create("rules-admin", "admin");
        as(admin).get("/api/v1/accounts?page=2147483647&size=200").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("detail", equalTo("page must be a whole number from 0 to 1000000."));
        as(admin).get("/api/v1/accounts?page=1000000&size=200").then().statusCode(200).body("size", equalTo(200));
    }

    @Test
    void datesOutsideTheRangeAreRefusedBeforeAnExportStarts() {
        as(editor).get("/api/v1/audit?from=-999999999-01-01").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("From must be a date like"));
        as(editor).get("/api/v1/audit?to=%2B999999999-12-31&format=csv").then().statusCode(400)
                .body("detail", containsString("To must be a date like"));
        as(editor).get("/api/v1/audit?to=2201-01-01&format=csv").then().statusCode(400)
                .body("detail", containsString("1900 to 2200"));
        given().filter(TestAccounts.signIn(editor.username, TestAccounts.PASSWORD)).accept(ContentType.HTML)
                .get("/audit?from=1899-12-31").then().statusCode(422)
                .body(containsString("From must be a date from 1900 to 2200."));
        as(editor).get("/api/v1/audit?from=1900-01-01&to=2200-12-31").then().statusCode(200);
    }

    @Test
    void anUppercaseFormTypeIsStillCheckedForItsTokenAndAnswered() {
        given().redirects().follow(false).contentType("APPLICATION/X-WWW-FORM-URLENCODED; charset=UTF-8")
                .accept(ContentType.HTML).body("username=someone&password=wrong").post("/login").then()
                .statusCode(400).body(containsString("Form expired"));
    }

    @Test
    void pagingAndDatesAreReadInOnePlace() {
        assertEquals(new Paging(0, 25), Paging.of(null, "", 25));
        assertEquals(new Paging(3, 200), Paging.of("3", "5000", 25));
        assertThrows(BadRequestException.class, () -> Paging.of("-1", null, 25));
        assertThrows(BadRequestException.class, () -> Paging.of("1000001", null, 25));
        assertThrows(BadRequestException.class, () -> Paging.pageNumber("1e3"));
        assertEquals(LocalDate.of(1900, 1, 1), DateInput.parse(" 1900-01-01 "));
        assertEquals(null, DateInput.parse(" "));
        assertThrows(DateInput.InvalidDateException.class, () -> DateInput.parse("+999999999-12-31"));
        assertThrows(DateInput.InvalidDateException.class, () -> DateInput.parse("2201-01-01"));
        assertThrows(DateInput.InvalidDateException.class, () -> DateInput.parse("2026-02-30"));
    }

    private void draftIsKept() {
        as(reviewer).get("/api/v1/claims/" + claim).then().statusCode(200)
                .body("verdict.summary", equalTo("Saved summary"))
                .body("verdict.analysis", equalTo("Saved analysis"))
                .body("verdict.rating", equalTo("false"))
                .body("verdict.sources.size()", equalTo(1));
    }

    private int version() {
        return as(editor).get("/api/v1/claims/" + claim).then().statusCode(200).extract().path("version");
    }

    private String verdict() {
        return "/api/v1/claims/" + claim + "/verdict";
    }

    private static RequestSpecification as(Account account) {
        return given().auth().preemptive().basic(account.username, TestAccounts.PASSWORD)
                .contentType(ContentType.JSON);
    }
}
