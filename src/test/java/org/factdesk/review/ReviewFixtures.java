package org.factdesk.review;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.factdesk.claim.ClaimStatus;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * People and claims for workflow tests: each fixture signs its people in once (sessions are cheap, bcrypt per
 * request is not) and makes claims in any status through the real API.
 */
public final class ReviewFixtures {

    public final Account editor = TestAccounts.create("wf-editor", "editor");
    public final Account secondEditor = TestAccounts.create("wf-editor2", "editor");
    public final Account reviewer = TestAccounts.create("wf-reviewer", "reviewer");
    public final Account otherReviewer = TestAccounts.create("wf-other", "reviewer");
    public final Account editorReviewer = TestAccounts.create("wf-both", "editor", "reviewer");
    public final Account admin = TestAccounts.create("wf-admin", "admin");
    public final Account auditor = TestAccounts.create("wf-auditor", "auditor");
    private final Map<String, CookieFilter> sessions = new java.util.HashMap<>();

    public CookieFilter session(Account account) {
        return sessions.computeIfAbsent(account.username, u -> TestAccounts.signIn(u, TestAccounts.PASSWORD));
    }

    public RequestSpecification as(Account account) {
        return given().filter(session(account)).contentType(ContentType.JSON).redirects().follow(false);
    }

    public static String due() {
        return LocalDate.now().plusDays(3).toString();
    }

    public static Map<String, Object> verdictBody(String rating, String summary, List<Map<String, String>> sources) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("rating", rating);
        body.put("summary", summary);
        body.put("analysis", "The **figures** show otherwise.");
        body.put("sources", sources);
        return body;
    }

    public static Map<String, String> source(String url, String title) {
        return Map.of("url", url, "title", title, "publisher", "Statistics Office", "excerpt", "Table 4");
    }

    /** A new claim in a fresh article. */
    public int newClaim() {
        String text = "Unemployment fell to 3.1% in May, the minister said. " + System.nanoTime();
        int article = as(editor).body(Map.of("title", "Workflow " + System.nanoTime(), "text", text,
                "url", "https://example.org/wf/" + System.nanoTime()))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        return as(editor).body(Map.of("start", 0, "end", 39)).post("/api/v1/articles/" + article + "/claims")
                .then().statusCode(201).extract().path("id");
    }

    /**
     * A claim of {@code sentence}, the first sentence of a new article titled {@code title}; the article's text ends
     * with the title, so each article's text is its own.
     */
    public int claimInNewArticle(String title, String sentence) {
        int article = as(editor).body(Map.of("title", title, "text", sentence + "\n\nFiled as " + title + ".",
                "url", "https://example.org/articles/" + System.nanoTime())).post("/api/v1/articles")
                .then().statusCode(201).extract().path("id");
        return as(editor).body(Map.of("start", 0, "end", sentence.length()))
                .post("/api/v1/articles/" + article + "/claims").then().statusCode(201).extract().path("id");
    }

    /** A claim brought to {@code status} through the API: assigned to {@link #reviewer}, written by them. */
    public int claimIn(ClaimStatus status) {
        return claimIn(status, reviewer);
    }

    public int claimIn(ClaimStatus status, Account assignee) {
        int id = newClaim();
        if (status == ClaimStatus.NEW) {
            return id;
        }
        if (status == ClaimStatus.DISMISSED) {
            as(editor).body(Map.of("reason", "Opinion, not a checkable claim.")).post("/api/v1/claims/" + id
                    + "/dismiss").then().statusCode(200);
            return id;
        }
        as(editor).body(Map.of("reviewer", assignee.username, "due", due())).post("/api/v1/claims/" + id + "/assign")
                .then().statusCode(200);
        if (status == ClaimStatus.ASSIGNED) {
            return id;
        }
        as(assignee).body(withVersion(verdictBody("false", "The rate was 4.2%, not 3.1%.",
                List.of(source("https://stats.example.org/labour", "Labour survey"))), id))
                .put("/api/v1/claims/" + id + "/verdict").then().statusCode(200);
        if (status == ClaimStatus.IN_REVIEW) {
            return id;
        }
        as(assignee).body("{}").post("/api/v1/claims/" + id + "/submit").then().statusCode(200);
        if (status == ClaimStatus.SUBMITTED) {
            return id;
        }
        as(secondEditor).body("{}").post("/api/v1/claims/" + id + "/approve").then().statusCode(200);
        return id;
    }

    /**
     * Takes a claim from NEW to PUBLISHED through the API as people would: the editor assigns it to the reviewer,
     * who saves a verdict with one source and submits it, and the second editor approves it.
     */
    public void publish(int id, String rating, String summary) {
        as(editor).body(Map.of("reviewer", reviewer.username, "due", due()))
                .post("/api/v1/claims/" + id + "/assign").then().statusCode(200);
        as(reviewer).body(withVersion(verdictBody(rating, summary,
                List.of(source("https://stats.example.org/" + id, "Survey " + id))), id))
                .put("/api/v1/claims/" + id + "/verdict").then().statusCode(200);
        as(reviewer).body("{}").post("/api/v1/claims/" + id + "/submit").then().statusCode(200);
        as(secondEditor).body("{}").post("/api/v1/claims/" + id + "/approve").then().statusCode(200);
    }

    /** {@code body} with the claim's current version, which saving a draft requires. */
    public Map<String, Object> withVersion(Map<String, ?> body, int claimId) {
        Map<String, Object> copy = new java.util.HashMap<>(body);
        copy.put("version", version(claimId));
        return copy;
    }

    public int version(int claimId) {
        return as(editor).get("/api/v1/claims/" + claimId).then().statusCode(200).extract().path("version");
    }

    public String status(int claimId) {
        return as(editor).get("/api/v1/claims/" + claimId).then().statusCode(200).extract().path("status");
    }
}
