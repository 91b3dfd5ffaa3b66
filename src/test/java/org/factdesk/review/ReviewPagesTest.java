package org.factdesk.review;

import static io.restassured.RestAssured.given;
import static org.factdesk.review.ReviewFixtures.due;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.factdesk.claim.ClaimStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The workflow through the claim page's forms, the claims list and the dashboard, as a person uses them. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewPagesTest {

    ReviewFixtures f;

    @BeforeAll
    void people() {
        f = new ReviewFixtures();
    }

    /** A form post from {@code who}'s browser session, with the CSRF token of the page they are on. */
    private RequestSpecification form(Account who, String page) {
        return given().filter(f.session(who)).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("csrf-token", TestAccounts.csrfFrom(f.session(who), page));
    }

    private String page(Account who, String path) {
        return given().filter(f.session(who)).get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void editorAssignsThroughTheFormAndTheReviewerSeesTheClaim() {
        int id = f.claimIn(ClaimStatus.NEW);
        String claimPage = page(f.editor, "/claims/" + id);
        assertTrue(claimPage.contains("action=\"/claims/" + id + "/assign\""), "the assign form posts to this claim");
        form(f.editor, "/claims/" + id).formParam("version", f.version(id)).formParam("reviewer", f.reviewer.username)
                .formParam("due", due()).formParam("priority", "HIGH")
                .post("/claims/" + id + "/assign").then().statusCode(303)
                .header("Location", containsString("/claims/" + id));
        assertEquals("ASSIGNED", f.status(id));
        String reviewerPage = page(f.reviewer, "/claims/" + id);
        assertTrue(reviewerPage.contains("Submit for approval") && reviewerPage.contains("Save draft"),
                "the assignee gets the verdict form");
        assertFalse(reviewerPage.contains("action=\"/claims/" + id + "/assign\""), "reviewers only read the assignment");
        assertTrue(reviewerPage.contains(f.reviewer.displayName), "the assignment is shown");
        assertTrue(page(f.reviewer, "/").contains("/claims/" + id + "\""), "the claim is in My claims");
    }

    @Test
    void badAssignmentComesBackWithMessagesAndValues() {
        int id = f.claimIn(ClaimStatus.NEW);
        String body = form(f.editor, "/claims/" + id).formParam("version", f.version(id)).formParam("reviewer", "")
                .formParam("due", "2001-02-03").post("/claims/" + id + "/assign")
                .then().statusCode(422).extract().asString();
        assertTrue(body.contains("Choose the reviewer."));
        assertTrue(body.contains("Choose today or a later date."));
        assertTrue(body.contains("value=\"2001-02-03\""), "the typed date is kept");
        assertEquals("NEW", f.status(id));
    }

    @Test
    void anotherReviewerCannotTouchTheClaimByPageOrForm() {
        int id = f.claimIn(ClaimStatus.ASSIGNED);
        String otherPage = page(f.otherReviewer, "/claims/" + id);
        assertFalse(otherPage.contains("Submit for approval"), "no verdict form for someone else's claim");
        form(f.otherReviewer, "/claims/" + id).formParam("version", f.version(id)).formParam("action", "submit")
                .formParam("rating", "false").formParam("summary", "Mine now.")
                .formParam("sourceUrl", "https://example.org/x").formParam("sourceTitle", "x")
                .formParam("sourcePublisher", "").formParam("sourceExcerpt", "")
                .post("/claims/" + id + "/verdict").then().statusCode(403)
                .body(containsString("Only the reviewer this claim is assigned to"));
        form(f.otherReviewer, "/claims/" + id).formParam("version", f.version(id)).formParam("reason", "x")
                .post("/claims/" + id + "/dismiss").then().statusCode(403);
        assertEquals("ASSIGNED", f.status(id));
    }

    @Test
    void addSourceRedrawsTheFormWithTheTypedValuesAndSavesNothing() {
        int id = f.claimIn(ClaimStatus.ASSIGNED);
        int version = f.version(id);
        String body = form(f.reviewer, "/claims/" + id).formParam("version", version).formParam("action", "add-source")
                .formParam("rating", "false").formParam("summary", "Typed summary <b>kept</b>")
                .formParam("analysis", "").formParam("sourceUrl", "https://example.org/one")
                .formParam("sourceTitle", "One").formParam("sourcePublisher", "").formParam("sourceExcerpt", "")
                .post("/claims/" + id + "/verdict").then().statusCode(200).extract().asString();
        assertTrue(body.contains("id=\"source-1-url\""), "a second source row");
        assertTrue(body.contains("value=\"https://example.org/one\""), "the first source is kept");
        assertTrue(body.contains("Typed summary &lt;b&gt;kept&lt;/b&gt;"), "typed text is kept, escaped");
        assertEquals(version, f.version(id), "nothing was saved");
    }

    @Test
    void submitWithTwoSourcesThenSecondEditorReturnsAndFirstApproves() {
        int id = f.claimIn(ClaimStatus.ASSIGNED);
        String missing = form(f.reviewer, "/claims/" + id).formParam("version", f.version(id))
                .formParam("action", "submit").formParam("rating", "").formParam("summary", "")
                .formParam("analysis", "Draft").formParam("sourceUrl", "").formParam("sourceTitle", "")
                .formParam("sourcePublisher", "").formParam("sourceExcerpt", "")
                .post("/claims/" + id + "/verdict").then().statusCode(422).extract().asString();
        assertTrue(missing.contains("Choose a rating before submitting."));
        assertTrue(missing.contains("Cite at least one source"));
        form(f.reviewer, "/claims/" + id).formParam("version", f.version(id)).formParam("action", "submit")
                .formParam("rating", "false").formParam("summary", "The rate was 4.2%.")
                .formParam("analysis", "See both surveys.")
                .formParam("sourceUrl", "https://stats.example.org/a", "https://stats.example.org/b")
                .formParam("sourceTitle", "Survey A", "Survey B").formParam("sourcePublisher", "Office", "")
                .formParam("sourceExcerpt", "", "Table 2")
                .post("/claims/" + id + "/verdict").then().statusCode(303);
        assertEquals("SUBMITTED", f.status(id));
        assertTrue(page(f.secondEditor, "/").contains("/claims/" + id + "\""), "awaiting approval on the dashboard");
        form(f.secondEditor, "/claims/" + id).formParam("version", f.version(id)).formParam("note", "")
                .post("/claims/" + id + "/return").then().statusCode(422)
                .body(containsString("Write a note telling the reviewer what to change."));
        form(f.secondEditor, "/claims/" + id).formParam("version", f.version(id))
                .formParam("note", "Survey B is from 2019; use the 2025 edition.")
                .post("/claims/" + id + "/return").then().statusCode(303);
        String reviewerPage = page(f.reviewer, "/claims/" + id);
        assertTrue(reviewerPage.contains("Returned by the editor")
                && reviewerPage.contains("Survey B is from 2019; use the 2025 edition."), "the reviewer sees the note");
        assertTrue(reviewerPage.contains("value=\"https://stats.example.org/b\""), "the draft keeps both sources");
        form(f.reviewer, "/claims/" + id).formParam("version", f.version(id)).formParam("action", "submit")
                .formParam("rating", "false").formParam("summary", "The rate was 4.2%.").formParam("analysis", "")
                .formParam("sourceUrl", "https://stats.example.org/a", "https://stats.example.org/b2025")
                .formParam("sourceTitle", "Survey A", "Survey B 2025").formParam("sourcePublisher", "", "")
                .formParam("sourceExcerpt", "", "").post("/claims/" + id + "/verdict").then().statusCode(303);
        form(f.editor, "/claims/" + id).formParam("version", f.version(id)).post("/claims/" + id + "/approve")
                .then().statusCode(303);
        String published = page(f.auditor, "/claims/" + id);
        assertTrue(published.contains("Published verdict") && published.contains("Survey B 2025"));
        assertFalse(published.contains("Approve and publish"), "auditors change nothing");
    }

    @Test
    void staleFormGetsTheConflictPageAndKeepsWhatWasTyped() {
        int id = f.claimIn(ClaimStatus.NEW);
        int seen = f.version(id);
        String firstToken = TestAccounts.csrfFrom(f.session(f.editor), "/claims/" + id);
        form(f.secondEditor, "/claims/" + id).formParam("version", seen).formParam("reviewer", f.reviewer.username)
                .formParam("due", due()).post("/claims/" + id + "/assign").then().statusCode(303);
        String conflict = given().filter(f.session(f.editor)).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("csrf-token", firstToken).formParam("version", seen)
                .formParam("reason", "Duplicate of claim 12, typed before the assignment")
                .post("/claims/" + id + "/dismiss").then().statusCode(409).extract().asString();
        assertTrue(conflict.contains("changed while you were working on it"));
        assertTrue(conflict.contains("Duplicate of claim 12, typed before the assignment"), "typed text kept");
        assertTrue(conflict.contains(f.reviewer.displayName), "the saved assignment is shown");
        assertEquals("ASSIGNED", f.status(id), "nothing was overwritten");
    }

    @Test
    void addSourceOnAStaleFormKeepsTheLoadedVersionSoTheLaterSaveIsAConflict() {
        int id = f.claimIn(ClaimStatus.ASSIGNED);
        int loaded = f.version(id);
        form(f.reviewer, "/claims/" + id).formParam("version", loaded).formParam("action", "draft")
                .formParam("rating", "false").formParam("summary", "Saved in the first tab.")
                .formParam("analysis", "").formParam("sourceUrl", "https://example.org/first")
                .formParam("sourceTitle", "").formParam("sourcePublisher", "").formParam("sourceExcerpt", "")
                .post("/claims/" + id + "/verdict").then().statusCode(303);
        String redrawn = form(f.reviewer, "/claims/" + id).formParam("version", loaded)
                .formParam("action", "add-source").formParam("rating", "false")
                .formParam("summary", "Typed in the second tab.").formParam("analysis", "")
                .formParam("sourceUrl", "https://example.org/second").formParam("sourceTitle", "")
                .formParam("sourcePublisher", "").formParam("sourceExcerpt", "")
                .post("/claims/" + id + "/verdict").then().statusCode(200).extract().asString();
        assertTrue(redrawn.contains("name=\"version\" value=\"" + loaded + "\""), "the redrawn form keeps the loaded version");
        String conflict = form(f.reviewer, "/claims/" + id).formParam("version", loaded).formParam("action", "draft")
                .formParam("rating", "false").formParam("summary", "Typed in the second tab.")
                .formParam("analysis", "").formParam("sourceUrl", "https://example.org/second", "")
                .formParam("sourceTitle", "", "").formParam("sourcePublisher", "", "").formParam("sourceExcerpt", "", "")
                .post("/claims/" + id + "/verdict").then().statusCode(409).extract().asString();
        assertTrue(conflict.contains("Saved in the first tab.") && conflict.contains("Typed in the second tab."),
                "saved and typed values side by side");
        String saved = f.as(f.editor).get("/api/v1/claims/" + id).then().extract().path("verdict.summary");
        assertEquals("Saved in the first tab.", saved, "nothing was overwritten");
    }

    @Test
    void ownVerdictShowsNoApproveButtonToItsAuthor() {
        int id = f.claimIn(ClaimStatus.SUBMITTED, f.editorReviewer);
        String own = page(f.editorReviewer, "/claims/" + id);
        assertFalse(own.contains("Approve and publish"));
        assertTrue(own.contains("another editor must approve it"));
        assertFalse(page(f.editorReviewer, "/").contains("/claims/" + id + "\""), "not awaiting my own approval");
        assertTrue(page(f.editor, "/claims/" + id).contains("Approve and publish"));
    }

    @Test
    void bulkAssignAssignsWhatItCanAndExplainsTheRest() {
        int a = f.claimIn(ClaimStatus.NEW);
        int b = f.claimIn(ClaimStatus.NEW);
        int published = f.claimIn(ClaimStatus.PUBLISHED);
        String invalid = form(f.editor, "/claims").formParam("ids", a).formParam("reviewer", "")
                .formParam("due", due()).formParam("status", "new").post("/claims/bulk-assign")
                .then().statusCode(422).extract().asString();
        assertTrue(invalid.contains("Choose the reviewer."));
        assertTrue(invalid.contains("value=\"" + a + "\" form=\"bulk-assign\" id=\"select-" + a + "\"")
                && invalid.contains("aria-labelledby=\"select-column claim-" + a + "\" checked"), "the tick is kept");
        form(f.editor, "/claims").formParam("ids", a, b, published).formParam("reviewer", f.otherReviewer.username)
                .formParam("due", due()).formParam("status", "").formParam("q", "Unemployment")
                .post("/claims/bulk-assign").then().statusCode(303)
                .header("Location", containsString("q=Unemployment"));
        assertEquals("ASSIGNED", f.status(a));
        assertEquals("ASSIGNED", f.status(b));
        assertEquals("PUBLISHED", f.status(published));
        String mine = page(f.otherReviewer, "/claims?assignee=me");
        assertTrue(mine.contains("/claims/" + a + "\"") && mine.contains("/claims/" + b + "\""));
        form(f.reviewer, "/claims").formParam("ids", a).formParam("reviewer", f.reviewer.username)
                .formParam("due", due()).post("/claims/bulk-assign").then().statusCode(403);
    }

    @Test
    void claimsListFiltersByAssigneeRatingStatusAndDueDatesInTheUrl() {
        int published = f.claimIn(ClaimStatus.PUBLISHED);
        int assigned = f.claimIn(ClaimStatus.ASSIGNED);
        String byRating = page(f.editor, "/claims?rating=false&assignee=" + f.reviewer.username + "&status=published");
        assertTrue(byRating.contains("/claims/" + published + "\""));
        assertFalse(byRating.contains("/claims/" + assigned + "\""));
        String byDue = page(f.editor, "/claims?assignee=" + f.reviewer.username + "&dueAfter=" + due()
                + "&dueBefore=" + due() + "&status=assigned&sort=due");
        assertTrue(byDue.contains("/claims/" + assigned + "\""));
        assertTrue(byDue.contains("<option value=\"due\" selected>"), "the sort is kept in the form");
        given().filter(f.session(f.editor)).get("/claims?dueAfter=soon").then().statusCode(200)
                .body(containsString("is not a date"));
        f.as(f.editor).get("/api/v1/claims?dueAfter=soon").then().statusCode(400)
                .contentType("application/problem+json");
        List<Integer> ids = f.as(f.editor).get("/api/v1/claims?rating=false&assignee=" + f.reviewer.username
                + "&size=200").then().statusCode(200).extract().path("items.id");
        assertTrue(ids.contains(published) && !ids.contains(assigned));
    }

    @Test
    void dashboardShowsCountsAndTheWeeklyChart() {
        f.claimIn(ClaimStatus.PUBLISHED);
        given().filter(f.session(f.editor)).get("/").then().statusCode(200)
                .body(containsString("Claims by status"))
                .body(containsString("<svg class=\"bar-chart\""))
                .body(containsString("Awaiting approval"));
        given().filter(f.session(f.reviewer)).get("/").then().statusCode(200)
                .body(not(containsString("Awaiting approval")));
    }
}
