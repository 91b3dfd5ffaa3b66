package org.factdesk.review.comment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.Source;
import org.factdesk.notify.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class CommentTest {

    Account editor;
    long claimId;

    @BeforeEach
    void articleWithAClaim() {
        editor = TestAccounts.create("comment-editor", "editor");
        int article = api(editor).contentType(ContentType.JSON)
                .body(Map.of("title", "Comments", "text", "Unemployment fell to 3% last year, the mayor said. "
                        + System.nanoTime()))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        claimId = ((Number) api(editor).contentType(ContentType.JSON).body(Map.of("start", 0, "end", 30))
                .post("/api/v1/articles/" + article + "/claims").then().statusCode(201).extract().path("id"))
                .longValue();
    }

    private static RequestSpecification api(Account account) {
        return given().auth().preemptive().basic(account.username, TestAccounts.PASSWORD);
    }

    private String commentsPath() {
        return "/claims/" + claimId + "/comments";
    }

    private void assign(Account reviewer) {
        QuarkusTransaction.requiringNew().run(() -> {
            Claim claim = Claim.findById(claimId);
            claim.assignee = Account.findById(reviewer.id);
            claim.status = ClaimStatus.ASSIGNED;
        });
    }

    private static long notifications(Account recipient, long claimId, Notification.Kind kind) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.count(
                "recipient.id = ?1 and claim.id = ?2 and kind = ?3", recipient.id, claimId, kind));
    }

    @Test
    void editorCommentsThroughTheFormAndReturnsToTheClaim() {
        CookieFilter session = TestAccounts.signIn(editor.username, TestAccounts.PASSWORD);
        given().filter(session).get(commentsPath()).then().statusCode(200)
                .body(containsString("<h2 id=\"comments-heading\">Comments</h2>"),
                        containsString("<label for=\"comment-body\">Comment</label>"),
                        containsString("Markdown; @username notifies a colleague."),
                        containsString("Add comment"), containsString("No comments yet."),
                        containsString("action=\"/claims/" + claimId + "/comments\""));

        given().filter(session).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfFrom(session, commentsPath()))
                .formParam("body", "**Checked** the council's figures.\n\n- source one")
                .post(commentsPath())
                .then().statusCode(303).header("Location", endsWith("/claims/" + claimId + "#comments"));

        given().filter(session).get("/claims/" + claimId).then().statusCode(200)
                .body(containsString("Comment added."));
        given().filter(session).get(commentsPath()).then().statusCode(200)
                .body(containsString("<strong>Checked</strong> the council"), containsString("<li>source one</li>"),
                        containsString("Test comment-editor"), containsString("<time datetime=\""),
                        not(containsString("No comments yet.")));
    }

    @Test
    void formWithoutCsrfTokenAddsNothing() {
        CookieFilter session = TestAccounts.signIn(editor.username, TestAccounts.PASSWORD);
        int status = given().filter(session).redirects().follow(false).formParam("body", "forged")
                .post(commentsPath()).statusCode();
        assertTrue(status == 400 || status == 403, "refused, got " + status);
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> Comment.count("claim.id", claimId)));
    }

    @Test
    void emptyCommentComesBackWith422AndAMessageByTheField() {
        CookieFilter session = TestAccounts.signIn(editor.username, TestAccounts.PASSWORD);
        given().filter(session)
                .formParam("csrf-token", TestAccounts.csrfFrom(session, commentsPath()))
                .formParam("body", "   \n ")
                .post(commentsPath())
                .then().statusCode(422)
                .body(containsString("Write a comment."), containsString("aria-invalid=\"true\""),
                        containsString("The comment was not added"), containsString("Add comment"));
    }

    @Test
    void oversizeCommentComesBackWith422AndTheTypedTextKept() {
        CookieFilter session = TestAccounts.signIn(editor.username, TestAccounts.PASSWORD);
        String typed = "<b>keep me</b> " + "x".repeat(Comment.MAX_BODY);
        String page = given().filter(session)
                .formParam("csrf-token", TestAccounts.csrfFrom(session, commentsPath()))
                .formParam("body", typed)
                .post(commentsPath())
                .then().statusCode(422).extract().asString();
        assertTrue(page.contains("Use at most 10,000 characters"), page);
        assertTrue(page.contains("&lt;b&gt;keep me&lt;/b&gt; " + "x".repeat(Comment.MAX_BODY) + "</textarea>"),
                "typed text kept, escaped");
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> Comment.count("claim.id", claimId)));
    }

    @Test
    void reviewerNotAssignedIsRefusedByFormAndApi() {
        Account reviewer = TestAccounts.create("comment-rev", "reviewer");
        CookieFilter session = TestAccounts.signIn(reviewer.username, TestAccounts.PASSWORD);
        given().filter(session).get(commentsPath()).then().statusCode(200)
                .body(containsString("Comments"), not(containsString("Add comment")));
        given().filter(session).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfFrom(session, commentsPath()))
                .formParam("body", "Let me in")
                .post(commentsPath())
                .then().statusCode(403)
                .body(containsString("Not allowed"), containsString("Only the reviewer assigned to this claim"));
        api(reviewer).contentType(ContentType.JSON).body(Map.of("body", "Let me in"))
                .post("/api/v1" + commentsPath())
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("assigned"));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> Comment.count("claim.id", claimId)));
    }

    @Test
    void adminsAndAuditorsReadButDoNotComment() {
        for (String role : List.of("admin", "auditor")) {
            Account account = TestAccounts.create("comment-" + role, role);
            api(account).contentType(ContentType.JSON).body(Map.of("body", "Hello"))
                    .post("/api/v1" + commentsPath())
                    .then().statusCode(403).contentType("application/problem+json");
            api(account).get("/api/v1" + commentsPath()).then().statusCode(200);
        }
    }

    @Test
    void assignedReviewerCanComment() {
        Account reviewer = TestAccounts.create("comment-assigned", "reviewer");
        assign(reviewer);
        CookieFilter session = TestAccounts.signIn(reviewer.username, TestAccounts.PASSWORD);
        given().filter(session).get(commentsPath()).then().statusCode(200).body(containsString("Add comment"));
        given().filter(session).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfFrom(session, commentsPath()))
                .formParam("body", "Source found.")
                .post(commentsPath())
                .then().statusCode(303);
        api(reviewer).contentType(ContentType.JSON).body(Map.of("body", "And a *second* one."))
                .post("/api/v1" + commentsPath())
                .then().statusCode(201).body("author", equalTo(reviewer.username))
                .body("html", equalTo("<p>And a <em>second</em> one.</p>"));
        api(editor).get("/api/v1" + commentsPath()).then().statusCode(200)
                .body("body", equalTo(List.of("Source found.", "And a *second* one.")))
                .body("author", hasItem(reviewer.username));
    }

    @Test
    void commentHtmlIsEscapedOnTheCommentsPageAndInTheApi() {
        String body = "<script>alert('x')</script> <img src=x onerror=alert(1)>\n\n[go](javascript:alert(2))";
        api(editor).contentType(ContentType.JSON).body(Map.of("body", body))
                .post("/api/v1" + commentsPath())
                .then().statusCode(201).body("body", equalTo(body))
                .body("html", not(containsString("<script"))).body("html", not(containsString("<img")))
                .body("html", not(containsString("href"))).body("html", containsString(">go</a>"));
        // Pages take the session, never HTTP Basic.
        String page = given().filter(TestAccounts.signIn(editor.username, TestAccounts.PASSWORD))
                .get(commentsPath()).then().statusCode(200).extract().asString();
        assertTrue(page.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), page);
        assertFalse(page.contains("<script>alert"), page);
        assertFalse(page.contains("<img src=x"), page);
        assertFalse(page.contains("href=\"javascript"), page);
    }

    @Test
    void apiValidatesAndAnswers404ForAnUnknownClaim() {
        api(editor).contentType(ContentType.JSON).body(Map.of("body", " "))
                .post("/api/v1" + commentsPath())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.body", equalTo("Write a comment."));
        api(editor).contentType(ContentType.JSON).body("{}")
                .post("/api/v1" + commentsPath())
                .then().statusCode(400).body("errors.body", equalTo("Write a comment."));
        api(editor).get("/api/v1/claims/999999999/comments").then().statusCode(404)
                .contentType("application/problem+json");
        api(editor).contentType(ContentType.JSON).body(Map.of("body", "x"))
                .post("/api/v1/claims/999999999/comments").then().statusCode(404);
        given().filter(TestAccounts.signIn(editor.username, TestAccounts.PASSWORD))
                .get("/claims/999999999/comments").then().statusCode(404);
    }

    @Test
    void mentionNotifiesActiveColleaguesButNotUnknownInactiveOrTheAuthor() {
        Account mentioned = TestAccounts.create("mentioned", "reviewer");
        Account inactive = TestAccounts.create("gone", "reviewer");
        QuarkusTransaction.requiringNew().run(() -> ((Account) Account.findById(inactive.id)).active = false);
        String body = "@" + mentioned.username.toUpperCase() + " please look; cc @" + inactive.username + " @"
                + editor.username + " @nobody-" + System.nanoTime() + " `@" + mentioned.username + "` again @"
                + mentioned.username;
        api(editor).contentType(ContentType.JSON).body(Map.of("body", body))
                .post("/api/v1" + commentsPath()).then().statusCode(201)
                .body("html", containsString("<strong class=\"mention\">@" + mentioned.username.toUpperCase()
                        + "</strong>"));

        assertEquals(1, notifications(mentioned, claimId, Notification.Kind.MENTION));
        assertEquals(0, notifications(inactive, claimId, Notification.Kind.MENTION));
        assertEquals(0, notifications(editor, claimId, Notification.Kind.MENTION));
        String message = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find(
                "recipient.id = ?1 and claim.id = ?2", mentioned.id, claimId).firstResult().message);
        assertTrue(message.startsWith("Test comment-editor mentioned you on claim " + claimId + ": “Unemployment"),
                message);
    }
}
