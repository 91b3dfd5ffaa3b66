package org.factdesk.claim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ClaimAnchorTest {

    private Account editor;

    @BeforeEach
    void editor() {
        editor = TestAccounts.create("anchor", "editor");
    }

    private RequestSpecification api() {
        return given().auth().preemptive().basic(editor.username, TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    private int importText(String text) {
        return api().body(Map.of("title", "Anchors " + System.nanoTime(), "text", text + "\n\n" + System.nanoTime(),
                "format", "text", "url", "https://example.org/a/" + System.nanoTime()))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
    }

    @Test
    void offsetsRoundTripThroughSentencesClaimAndHighlightWithCjkEmojiAndCombiningMarks() {
        String text = "Le cafe\u0301 a vendu 3 000 tasses 🙂 en mars, a dit Ana.\n\n"
                + "东京的人口超过1400万。👩‍🔬 Researchers found 12% more cases, Dr. Lee said.";
        int id = importText(text);
        String stored = api().get("/api/v1/articles/" + id).then().statusCode(200).extract().path("text");
        List<Map<String, Object>> sentences = api().get("/api/v1/articles/" + id + "/sentences")
                .then().statusCode(200).body("size()", greaterThan(2)).extract().path("$");
        for (Map<String, Object> s : sentences) {
            int start = (Integer) s.get("start");
            int end = (Integer) s.get("end");
            assertEquals(stored.substring(start, end), s.get("text"), "sentence offsets index the stored text");
        }
        Map<String, Object> withEmoji = sentences.stream()
                .filter(s -> ((String) s.get("text")).contains("Researchers")).findFirst().orElseThrow();
        int start = (Integer) withEmoji.get("start");
        int end = (Integer) withEmoji.get("end");
        int claimId = api().body(Map.of("start", start, "end", end)).post("/api/v1/articles/" + id + "/claims")
                .then().statusCode(201)
                .body("quote", equalTo(stored.substring(start, end)))
                .body("claimant", containsString("Lee")).extract().path("id");
        String cafe = "Le caf\u00e9 a vendu 3 000 tasses 🙂 en mars";
        int cafeStart = stored.indexOf(cafe);
        api().body(Map.of("start", cafeStart, "end", cafeStart + cafe.length(), "quote", cafe))
                .post("/api/v1/articles/" + id + "/claims").then().statusCode(201).body("quote", equalTo(cafe));

        CookieFilter cookies = TestAccounts.signIn(editor.username, TestAccounts.PASSWORD);
        String page = given().filter(cookies).get("/articles/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("href=\"/claims/" + claimId + "\""), "the claim is linked from the text");
        assertTrue(page.contains("<mark"), "claims are highlighted");
        assertTrue(page.contains("action=\"/articles/" + id + "/claims\""), "forms post to this article");
        assertTrue(page.contains("🙂") && page.contains("👩‍🔬") && page.contains("东京"), "text survives intact");
    }

    @Test
    void spansOutOfRangeEmptyOrNotOnTheTextAreRefused() {
        int id = importText("Inflation reached 7% in April, the bank said.");
        String path = "/api/v1/articles/" + id + "/claims";
        api().body(Map.of("start", 5, "end", 100000)).post(path).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("outside the article text"));
        api().body(Map.of("start", -1, "end", 3)).post(path).then().statusCode(400);
        api().body(Map.of("start", 4, "end", 4)).post(path).then().statusCode(400);
        api().body(Map.of("start", 9, "end", 10)).post(path).then().statusCode(400)
                .body("detail", containsString("white space"));
        api().body(Map.of("start", 0, "end", 9, "quote", "Deflation")).post(path).then().statusCode(400)
                .body("detail", containsString("does not match"));
        api().body(Map.of("end", 9)).post(path).then().statusCode(400);
        api().body("[]").post(path).then().statusCode(400);
        api().body(Map.of("start", 0, "end", 9)).post("/api/v1/articles/999999999/claims").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void staleVersionGets409AndChangesNothing() {
        int id = importText("Exports fell 3% in May, the ministry said.");
        int claimId = api().body(Map.of("start", 0, "end", 23)).post("/api/v1/articles/" + id + "/claims")
                .then().statusCode(201).body("status", equalTo("NEW")).body("version", equalTo(0))
                .body("claimant", equalTo("the ministry")).extract().path("id");
        api().body(Map.of("version", 0, "statement", "Exports fell 3% in May", "tags", List.of("Trade", "economy")))
                .patch("/api/v1/claims/" + claimId)
                .then().statusCode(200).body("version", equalTo(1)).body("tags", equalTo(List.of("economy", "trade")));
        api().body(Map.of("version", 0, "statement", "Overwritten")).patch("/api/v1/claims/" + claimId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("current.statement", equalTo("Exports fell 3% in May"));
        api().get("/api/v1/claims/" + claimId).then().body("statement", equalTo("Exports fell 3% in May"));
        api().body(Map.of("version", 1, "statement", " ", "claimDate", "yesterday"))
                .patch("/api/v1/claims/" + claimId).then().statusCode(400)
                .body("errors.statement", containsString("Write the claim"))
                .body("errors.claimDate", containsString("YYYY-MM-DD"));
    }

    @Test
    void twoEditorsEditingTheSameClaimOnPagesGetAConflictPageAndNothingIsLost() {
        int id = importText("Rents rose 9% last year, the agency said.");
        int claimId = api().body(Map.of("start", 0, "end", 24)).post("/api/v1/articles/" + id + "/claims")
                .then().statusCode(201).extract().path("id");
        CookieFilter first = TestAccounts.signIn(editor.username, TestAccounts.PASSWORD);
        Account other = TestAccounts.create("anchor2", "editor");
        CookieFilter second = TestAccounts.signIn(other.username, TestAccounts.PASSWORD);
        String firstToken = TestAccounts.csrfFrom(first, "/claims/" + claimId);
        String secondToken = TestAccounts.csrfFrom(second, "/claims/" + claimId);

        given().filter(first).redirects().follow(false).formParam("csrf-token", firstToken)
                .formParam("version", 0).formParam("statement", "Rents rose 9% in 2025")
                .formParam("priority", "HIGH").post("/claims/" + claimId).then().statusCode(303);
        String conflict = given().filter(second).formParam("csrf-token", secondToken)
                .formParam("version", 0).formParam("statement", "Rents went up by nine per cent")
                .formParam("priority", "LOW").post("/claims/" + claimId)
                .then().statusCode(409).extract().asString();
        assertTrue(conflict.contains("Rents rose 9% in 2025"), "shows the saved value");
        assertTrue(conflict.contains("Rents went up by nine per cent"), "keeps what the second editor typed");
        api().get("/api/v1/claims/" + claimId).then().body("statement", equalTo("Rents rose 9% in 2025"))
                .body("priority", equalTo("high"));
    }

    @Test
    void hostileTextIsEscapedEverywhere() {
        String hostile = "<script>alert(1)</script> The council said \"><img src=x onerror=alert(2)> costs rose 40%.";
        int id = importText(hostile);
        String stored = api().get("/api/v1/articles/" + id).then().extract().path("text");
        int start = stored.indexOf("The council");
        int claimId = api().body(Map.of("start", start, "end", stored.indexOf("40%.") + 4))
                .post("/api/v1/articles/" + id + "/claims").then().statusCode(201).extract().path("id");
        CookieFilter cookies = TestAccounts.signIn(editor.username, TestAccounts.PASSWORD);
        for (String path : List.of("/articles/" + id, "/claims/" + claimId, "/claims", "/articles")) {
            String page = given().filter(cookies).get(path).then().statusCode(200).extract().asString();
            assertTrue(!page.contains("<script>alert"), path + " must not contain a live script tag");
            assertTrue(!page.contains("<img src=x"), path + " must not contain a live img tag");
        }
        given().filter(cookies).get("/articles/" + id).then().body(containsString("&lt;script&gt;"))
                .body(not(containsString("onerror=alert(2)>")));
    }

    @Test
    void theBodyIsFrozenOnceClaimsExistButDetailsStayEditable() {
        int id = importText("Crime fell 11% in the city, police said.");
        api().body(Map.of("start", 0, "end", 26)).post("/api/v1/articles/" + id + "/claims").then().statusCode(201);
        CookieFilter cookies = TestAccounts.signIn(editor.username, TestAccounts.PASSWORD);
        given().filter(cookies).get("/articles/" + id + "/edit").then().statusCode(200)
                .body(containsString("The text cannot change"));
        given().filter(cookies).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfFrom(cookies, "/articles/" + id + "/edit"))
                .formParam("version", 0).formParam("title", "Renamed").formParam("outlet", "The Post")
                .post("/articles/" + id + "/edit").then().statusCode(303);
        api().get("/api/v1/articles/" + id).then().body("title", equalTo("Renamed")).body("outlet", equalTo("The Post"));
    }
}
