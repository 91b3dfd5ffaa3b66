package org.factdesk.notify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.factdesk.claim.Claim;
import org.factdesk.review.ReviewEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;

@QuarkusTest
class NotificationTest {

    @Inject
    Event<ReviewEvent> events;

    @Inject
    NotificationService service;

    Account editor;
    Account reviewer;
    long claimId;
    long otherClaimId;

    @BeforeEach
    void twoClaimsAnEditorAndAReviewer() {
        editor = TestAccounts.create("notify-editor", "editor");
        reviewer = TestAccounts.create("notify-reviewer", "reviewer");
        int article = given().auth().preemptive().basic(editor.username, TestAccounts.PASSWORD)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Notify", "text", "Rents doubled since 2015, the report said. Crime fell by "
                        + "a third in ten years. " + System.nanoTime()))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        claimId = claim(article, 0, 41);
        otherClaimId = claim(article, 42, 79);
        QuarkusTransaction.requiringNew().run(() -> {
            Claim claim = Claim.findById(claimId);
            claim.dueDate = LocalDate.of(2031, 3, 14);
        });
    }

    private long claim(int article, int start, int end) {
        return ((Number) given().auth().preemptive().basic(editor.username, TestAccounts.PASSWORD)
                .contentType(ContentType.JSON).body(Map.of("start", start, "end", end))
                .post("/api/v1/articles/" + article + "/claims").then().statusCode(201).extract().path("id"))
                .longValue();
    }

    private void fire(ReviewEvent.Type type, long claim, Account actor, Account recipient, String note) {
        QuarkusTransaction.requiringNew().run(() -> events.fire(new ReviewEvent(type, Claim.findById(claim),
                actor == null ? null : Account.findById(actor.id), recipient == null ? null
                        : Account.findById(recipient.id), note)));
    }

    private static long count(Account recipient) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.count("recipient.id", recipient.id));
    }

    private static CookieFilter signIn(Account account) {
        return TestAccounts.signIn(account.username, TestAccounts.PASSWORD);
    }

    @Test
    void workflowStepsReachTheRecipientsPageAndApi() {
        fire(ReviewEvent.Type.ASSIGNED, claimId, editor, reviewer, null);
        fire(ReviewEvent.Type.RETURNED, claimId, editor, reviewer, "Add the census table as a source.");
        fire(ReviewEvent.Type.APPROVED, claimId, editor, reviewer, null);
        fire(ReviewEvent.Type.CORRECTION_OPENED, claimId, editor, reviewer, "The year was 2016.");

        CookieFilter session = signIn(reviewer);
        String page = given().filter(session).get("/notifications").then().statusCode(200)
                .body(containsString("<h1>Notifications</h1>"), containsString("Mark all as read"))
                .extract().asString();
        assertTrue(page.contains("Test notify-editor assigned you claim " + claimId
                + ": “Rents doubled since 2015, the report said”, due 14 March 2031."), page);
        assertTrue(page.contains("returned your verdict on claim " + claimId), page);
        assertTrue(page.contains("Note: Add the census table as a source."), page);
        assertTrue(page.contains("approved and published your verdict on claim " + claimId), page);
        assertTrue(page.contains("opened a correction on claim " + claimId), page);
        assertTrue(page.contains("Reason: The year was 2016."), page);
        assertTrue(page.contains("href=\"/claims/" + claimId + "\""), page);
        assertEquals(4, page.split(">New<", -1).length - 1, "each unread one says New");

        given().filter(session).get("/api/v1/notifications").then().statusCode(200)
                .body("total", equalTo(4)).body("page", equalTo(0))
                .body("items.kind", equalTo(List.of("CORRECTION", "APPROVED", "RETURNED", "ASSIGNED")))
                .body("items.claimId", equalTo(List.of((int) claimId, (int) claimId, (int) claimId, (int) claimId)))
                .body("items.read", equalTo(List.of(false, false, false, false)));
        given().filter(session).get("/api/v1/notifications?size=1&page=1").then().statusCode(200)
                .body("total", equalTo(4)).body("size", equalTo(1)).body("items.kind", equalTo(List.of("APPROVED")));
        given().filter(session).get("/notifications?page=1").then().statusCode(200);
    }

    @Test
    void navigationCountsUnreadAndMarkAllReadClearsIt() {
        fire(ReviewEvent.Type.ASSIGNED, claimId, editor, reviewer, null);
        fire(ReviewEvent.Type.MENTIONED, otherClaimId, editor, reviewer, null);
        CookieFilter session = signIn(reviewer);
        given().filter(session).get("/").then().statusCode(200)
                .body(containsString("href=\"/notifications\""),
                        containsString("Notifications <span class=\"count\">2</span>"
                                + "<span class=\"visually-hidden\"> unread</span>"));
        given().filter(session).get("/no/such/page").then().statusCode(404)
                .body(containsString("Not found"), containsString("href=\"/notifications\""));

        given().filter(session).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfFrom(session, "/notifications"))
                .post("/notifications/read")
                .then().statusCode(303).header("Location", endsWith("/notifications"));
        given().filter(session).get("/notifications").then().statusCode(200)
                .body(containsString("All notifications marked as read."), not(containsString(">New<")),
                        not(containsString("class=\"count\"")), not(containsString("Mark all as read")),
                        containsString("mentioned you on claim " + otherClaimId));
        given().filter(session).get("/api/v1/notifications?unread=true").then().statusCode(200)
                .body("total", equalTo(0));
        given().filter(session).get("/api/v1/notifications").then().statusCode(200)
                .body("total", equalTo(2)).body("items.read", equalTo(List.of(true, true)));
    }

    @Test
    void openingAClaimMarksOnlyThatClaimsNotificationsRead() {
        fire(ReviewEvent.Type.ASSIGNED, claimId, editor, reviewer, null);
        fire(ReviewEvent.Type.RETURNED, claimId, editor, reviewer, "Again");
        fire(ReviewEvent.Type.ASSIGNED, otherClaimId, editor, reviewer, null);
        Account recipient = QuarkusTransaction.requiringNew().call(() -> Account.findById(reviewer.id));
        assertEquals(3, service.unreadCount(recipient));

        assertEquals(2, service.markReadForClaim(recipient, claimId));
        assertEquals(1, service.unreadCount(recipient));
        given().filter(signIn(reviewer)).get("/api/v1/notifications?unread=true").then().statusCode(200)
                .body("total", equalTo(1)).body("items.claimId", equalTo(List.of((int) otherClaimId)));
    }

    @Test
    void viewingAClaimReadsItsNotificationsAndTheNavigationCountsWhatIsLeft() {
        fire(ReviewEvent.Type.ASSIGNED, claimId, editor, reviewer, null);
        fire(ReviewEvent.Type.RETURNED, claimId, editor, reviewer, "Again");
        fire(ReviewEvent.Type.ASSIGNED, otherClaimId, editor, reviewer, null);
        CookieFilter session = signIn(reviewer);
        String left = "Notifications <span class=\"count\">1</span>";
        given().filter(session).get("/claims/" + claimId).then().statusCode(200).body(containsString(left));
        given().filter(session).get("/claims/" + claimId).then().statusCode(200).body(containsString(left));
        given().filter(session).get("/api/v1/notifications?unread=true").then().statusCode(200)
                .body("total", equalTo(1)).body("items.claimId", equalTo(List.of((int) otherClaimId)));
        given().filter(session).get("/claims/" + otherClaimId).then().statusCode(200)
                .body(not(containsString("class=\"count\"")));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> Notification.count(
                "recipient.id = ?1 and readAt is null", reviewer.id)));
    }

    @Test
    void aPersonNeverSeesAnotherPersonsNotifications() {
        Account other = TestAccounts.create("notify-other", "reviewer");
        fire(ReviewEvent.Type.RETURNED, claimId, editor, reviewer, "Private note for the reviewer only");
        CookieFilter session = signIn(other);
        given().filter(session).get("/notifications").then().statusCode(200)
                .body(not(containsString("Private note")), containsString("No notifications."),
                        not(containsString("class=\"count\"")));
        given().filter(session).get("/api/v1/notifications").then().statusCode(200).body("total", equalTo(0));
        given().filter(session).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfFrom(session, "/notifications"))
                .post("/notifications/read").then().statusCode(303);
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> Notification.count(
                "recipient.id = ?1 and readAt is null", reviewer.id)), "someone else's mark-all left it unread");
    }

    @Test
    void selfActionsAndOtherStepsCreateNothing() {
        fire(ReviewEvent.Type.ASSIGNED, claimId, reviewer, reviewer, null);
        fire(ReviewEvent.Type.MENTIONED, claimId, reviewer, reviewer, null);
        fire(ReviewEvent.Type.DRAFT_SAVED, claimId, editor, reviewer, null);
        fire(ReviewEvent.Type.COMMENTED, claimId, editor, reviewer, null);
        fire(ReviewEvent.Type.DISMISSED, claimId, editor, reviewer, "dup");
        fire(ReviewEvent.Type.ASSIGNED, claimId, editor, null, null);
        assertEquals(0, count(reviewer));
        assertEquals(0, count(editor));
    }

    @Test
    void longStatementsAndNotesAreCutToFit() {
        QuarkusTransaction.requiringNew().run(() -> {
            Claim claim = Claim.findById(claimId);
            claim.statement = "Rents ".repeat(300).strip();
        });
        fire(ReviewEvent.Type.RETURNED, claimId, editor, reviewer, "note ".repeat(400));
        String message = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find(
                "recipient.id", reviewer.id).firstResult().message);
        assertTrue(message.length() <= 500, "at most 500, was " + message.length());
        assertTrue(message.endsWith("…"), message);
        int open = message.indexOf('“');
        int close = message.indexOf('”');
        assertTrue(close - open - 1 <= NotificationService.STATEMENT_CHARS && message.charAt(close - 1) == '…',
                message);
    }

    @Test
    void withoutNotificationsThePageSaysSo() {
        given().filter(signIn(TestAccounts.create("notify-empty", "auditor"))).get("/notifications").then()
                .statusCode(200).body(containsString("No notifications."), not(containsString("Mark all as read")));
    }
}
