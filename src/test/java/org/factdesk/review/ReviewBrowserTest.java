package org.factdesk.review;

import static io.restassured.RestAssured.given;
import static org.factdesk.BrowserSupport.axe;
import static org.factdesk.BrowserSupport.button;
import static org.factdesk.BrowserSupport.field;
import static org.factdesk.BrowserSupport.heading;
import static org.factdesk.BrowserSupport.waitForPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.factdesk.BrowserSupport;
import org.factdesk.BrowserTest;
import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.factdesk.web.Formats;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Issue 4's journey in Chromium: an editor assigns a claim, the reviewer writes and submits a verdict with two
 * sources, a second editor returns it with a note, the reviewer resubmits and the first editor publishes it; each
 * person learns of their part through notifications and the dashboard, and every page passes the axe audit.
 */
@QuarkusTest
class ReviewBrowserTest extends BrowserTest {

    /** The dashboard shows at most this many claims per queue, oldest waiting first (DashboardResource). */
    private static final int QUEUE_LENGTH = 10;

    @Test
    void claimIsAssignedReviewedReturnedResubmittedAndPublished() {
        Account editorA = TestAccounts.create("journey-editor-a", "editor");
        Account editorB = TestAccounts.create("journey-editor-b", "editor");
        Account reviewer = TestAccounts.create("journey-reviewer", "reviewer");
        String run = Long.toString(System.nanoTime(), 36);
        JsonPath claim = newClaim(editorA, run);
        long id = claim.getLong("id");
        String statement = claim.getString("statement");
        String claimPath = "/claims/" + id;
        String summary = "The harbour board's own accounts show fares rose by a fifth, not double (" + run + ").";
        String note = "Please cite the 2024 tariff table as well (" + run + ").";

        // 1. Editor A assigns the claim to the reviewer.
        signIn(editorA);
        openClaim(id);
        assertEquals("New", status());
        String due = LocalDate.now().plusDays(5).toString();
        new Select(field(browser, "Reviewer")).selectByVisibleText(reviewer.displayName + " (" + reviewer.username
                + ")");
        setDate(field(browser, "Due date"), due);
        new Select(field(browser, "Priority")).selectByVisibleText("High");
        axe(browser);
        submit(button(browser, "Assign"), "Claim assigned.");
        assertEquals(claimPath, path());
        assertEquals("Assigned", status());
        assertEquals(reviewer.displayName + " (" + reviewer.username + ")",
                new Select(field(browser, "Reviewer")).getFirstSelectedOption().getText(), "Assignment shows R");
        assertEquals(due, field(browser, "Due date").getDomProperty("value"));
        button(browser, "Reassign");
        signOut();

        // 2. The reviewer is told, finds the claim on the dashboard, and opening it reads the notification.
        signIn(reviewer);
        assertTrue(unreadCount() >= 1, "navigation shows unread notifications");
        WebElement mine = section("my-claims");
        assertTrue(linkTo(mine, claimPath).getText().contains(statement), "My claims lists the claim");
        axe(browser);
        openNotifications();
        WebElement assigned = notification(id, "assigned you");
        assertTrue(assigned.getText().contains(editorA.displayName + " assigned you claim " + id),
                assigned.getText());
        assertTrue(assigned.getText().contains("due " + Formats.day(LocalDate.parse(due))), assigned.getText());
        assertTrue(isUnread(assigned), "the new notification is marked New");
        axe(browser);
        assigned.findElement(By.tagName("a")).click();
        waitForPath(browser, claimPath);
        heading(browser, "Verdict");
        assertEquals(0, unreadCount(), "opening the claim read its only notification");
        openNotifications();
        assertFalse(isUnread(notification(id, "assigned you")), "the notification is no longer New");

        // 3. The reviewer writes the verdict with two sources, saves a draft, mentions editor B, and submits.
        openClaim(id);
        assertEquals("Assigned", status());
        new Select(field(browser, "Rating")).selectByVisibleText("False");
        field(browser, "Summary").sendKeys(summary);
        field(browser, "Analysis").sendKeys("The tariff rose from 4.00 to 4.80, a *fifth* more, not double.");
        field(browser, "URL").sendKeys("https://example.org/harbour/accounts-2025-" + run);
        field(browser, "Title").sendKeys("Harbour board accounts 2025");
        WebElement add = button(browser, "Add source");
        add.click();
        BrowserSupport.waitUntilGone(browser, add);
        WebElement secondUrl = new WebDriverWait(browser, BrowserSupport.WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("source-1-url")));
        assertEquals("Harbour board accounts 2025", browser.findElement(By.id("source-0-title"))
                .getDomProperty("value"), "Add source keeps what was typed");
        assertEquals(summary, field(browser, "Summary").getDomProperty("value"));
        assertEquals("False", new Select(field(browser, "Rating")).getFirstSelectedOption().getText());
        secondUrl.sendKeys("https://example.org/harbour/tariff-2024-" + run);
        browser.findElement(By.id("source-1-title")).sendKeys("Harbour tariff table 2024");
        submit(button(browser, "Save draft"), "Draft saved.");
        assertEquals(claimPath, path());
        assertEquals("In review", status());
        assertEquals("Harbour tariff table 2024", browser.findElement(By.id("source-1-title"))
                .getDomProperty("value"), "the saved draft keeps both sources");
        axe(browser);

        field(browser, "Comment").sendKeys("@" + editorB.username + " the second source is the *older* tariff.");
        submit(button(browser, "Add comment"), "Comment added.");
        WebElement comment = browser.findElement(By.cssSelector("#comments .comment-thread li:last-child"));
        assertTrue(comment.getText().contains("@" + editorB.username), comment.getText());
        assertEquals("older", comment.findElement(By.cssSelector(".comment-body em")).getText());

        submit(button(browser, "Submit for approval"), "Verdict submitted for approval.");
        assertEquals("Submitted", status());
        assertTrue(heading(browser, "Submitted verdict").isDisplayed());
        assertTrue(browser.findElements(By.id("verdict-form")).isEmpty(), "a submitted verdict is no longer editable");
        signOut();

        // 4. Editor B is told of the mention, finds the claim awaiting approval and returns it with a note.
        signIn(editorB);
        assertTrue(unreadCount() >= 1, "navigation shows the mention");
        openFromAwaitingApproval(claimPath, statement);
        assertEquals("Submitted", status());
        WebElement submitted = verdictSection();
        assertTrue(submitted.getText().contains(summary), submitted.getText());
        assertTrue(submitted.getText().contains("Harbour tariff table 2024"), submitted.getText());
        axe(browser);
        openNotifications();
        assertTrue(notification(id, "mentioned you").getText().contains(reviewer.displayName + " mentioned you on claim "
                + id));
        openClaim(id);
        field(browser, "Note").sendKeys(note);
        submit(button(browser, "Return to reviewer"), "Verdict returned to the reviewer.");
        assertEquals("In review", status());
        signOut();

        // 5. The reviewer reads the note, finds the draft intact, and submits again.
        signIn(reviewer);
        openNotifications();
        WebElement returned = notification(id, "returned");
        assertTrue(returned.getText().contains(editorB.displayName + " returned your verdict on claim " + id),
                returned.getText());
        assertTrue(returned.getText().contains("Note: " + note), returned.getText());
        returned.findElement(By.tagName("a")).click();
        waitForPath(browser, claimPath);
        assertEquals("In review", status());
        WebElement returnedPanel = heading(browser, "Returned by the editor").findElement(By.xpath("./.."));
        assertEquals(note, returnedPanel.findElement(By.className("return-note")).getText());
        assertEquals("https://example.org/harbour/accounts-2025-" + run,
                browser.findElement(By.id("source-0-url")).getDomProperty("value"));
        assertEquals("https://example.org/harbour/tariff-2024-" + run,
                browser.findElement(By.id("source-1-url")).getDomProperty("value"));
        assertEquals("Harbour tariff table 2024", browser.findElement(By.id("source-1-title")).getDomProperty("value"));
        assertEquals(summary, field(browser, "Summary").getDomProperty("value"));
        axe(browser);
        submit(button(browser, "Submit for approval"), "Verdict submitted for approval.");
        assertEquals("Submitted", status());
        assertTrue(browser.findElements(By.id("returned-heading")).isEmpty(), "the answered note is gone");
        signOut();

        // 6. Editor A approves: the verdict is published with its rating, summary, sources and rendered analysis.
        signIn(editorA);
        openClaim(id);
        assertEquals("Submitted", status());
        submit(button(browser, "Approve and publish"), "Verdict approved and published.");
        assertEquals("Published", status());
        WebElement published = heading(browser, "Published verdict").findElement(By.xpath("./.."));
        String text = published.getText();
        assertEquals("False", published.findElement(By.className("verdict-rating")).getText().replace(summary, "")
                .strip());
        assertTrue(text.contains(summary), text);
        assertTrue(text.contains("Harbour board accounts 2025"), text);
        assertTrue(text.contains("Harbour tariff table 2024"), text);
        assertTrue(text.contains("approved by " + editorA.displayName), text);
        assertEquals("fifth", published.findElement(By.cssSelector(".analysis em")).getText(),
                "the analysis Markdown is rendered");
        assertFalse(text.contains("*fifth*"), "no raw Markdown left");
        assertEquals(List.of("https://example.org/harbour/accounts-2025-" + run,
                "https://example.org/harbour/tariff-2024-" + run),
                published.findElements(By.cssSelector("ol.sources a")).stream().map(a -> a.getAttribute("href"))
                        .toList());
        axe(browser);
        signOut();

        // The reviewer learns that the verdict is out.
        signIn(reviewer);
        assertTrue(unreadCount() >= 1, "navigation shows the approval");
        openNotifications();
        WebElement approved = notification(id, "approved");
        assertTrue(approved.getText().contains(editorA.displayName + " approved and published your verdict on claim "
                + id), approved.getText());
        assertTrue(isUnread(approved));

        // 7. The claim's History tells the whole journey newest first, with the return note and what changed.
        openClaim(id);
        browser.findElement(By.linkText("History")).click();
        waitForPath(browser, claimPath + "/history");
        heading(browser, "History of claim " + id);
        List<WebElement> entries = browser.findElements(By.cssSelector("ol.timeline > li"));
        List<String> texts = entries.stream().map(WebElement::getText).toList();
        String dueDay = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)
                .format(LocalDate.parse(due));
        int[] at = inOrder(texts,
                editorA.displayName + " approved and published the verdict",
                reviewer.displayName + " submitted the verdict for approval",
                editorB.displayName + " returned the verdict to " + reviewer.displayName,
                reviewer.displayName + " submitted the verdict for approval",
                reviewer.displayName + " commented",
                reviewer.displayName + " started the verdict",
                editorA.displayName + " assigned the claim to " + reviewer.displayName + ", due " + dueDay,
                editorA.displayName + " made the claim");
        assertTrue(texts.get(at[2]).contains("Note:\n" + note), texts.get(at[2]));
        String draft = texts.get(at[5]);
        assertTrue(draft.contains(reviewer.displayName + " set the rating to False"), draft);
        assertTrue(draft.contains(reviewer.displayName + " added the source “Harbour board accounts 2025” "
                + "(https://example.org/harbour/accounts-2025-" + run + ")"), draft);
        assertTrue(draft.contains(reviewer.displayName + " added the source “Harbour tariff table 2024” "
                + "(https://example.org/harbour/tariff-2024-" + run + ")"), draft);
        assertEquals(summary, entries.get(at[5]).findElement(By.cssSelector(".diff ins")).getText(),
                "the summary as written, shown as added words");
        assertTrue(texts.get(at[6]).contains(editorA.displayName + " changed the priority from Normal to High"),
                texts.get(at[6]));
        assertTrue(texts.get(at[7]).contains(statement), texts.get(at[7]));
        axe(browser);
        browser.findElement(By.linkText("Back to claim " + id)).click();
        waitForPath(browser, claimPath);
    }

    /** The index of the first entry containing each fragment, each found after the one before; fails otherwise. */
    private static int[] inOrder(List<String> entries, String... fragments) {
        int[] found = new int[fragments.length];
        int from = 0;
        for (int f = 0; f < fragments.length; f++) {
            int i = from;
            while (i < entries.size() && !entries.get(i).contains(fragments[f])) {
                i++;
            }
            if (i == entries.size()) {
                throw new AssertionError("no entry \"" + fragments[f] + "\" after entry " + from + " in:\n"
                        + String.join("\n---\n", entries));
            }
            found[f] = i;
            from = i + 1;
        }
        return found;
    }

    /** An article and one claim on its first sentence, made by the editor through the JSON API. */
    private static JsonPath newClaim(Account editor, String run) {
        String sentence = "Ferry fares on the harbour route " + run + " doubled in 2025, the board said.";
        String text = sentence + " Passenger numbers fell slightly over the same period.";
        int article = given().auth().preemptive().basic(editor.username, TestAccounts.PASSWORD)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Harbour fares " + run, "text", text, "url", "https://example.org/fares/" + run))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        return given().auth().preemptive().basic(editor.username, TestAccounts.PASSWORD)
                .contentType(ContentType.JSON).body(Map.of("start", 0, "end", sentence.length()))
                .post("/api/v1/articles/" + article + "/claims").then().statusCode(201).extract().jsonPath();
    }

    private ClaimPageSteps steps() {
        return new ClaimPageSteps(browser, base);
    }

    private void signOut() {
        steps().signOut("Sign out", "You have signed out.");
    }

    private void openClaim(long id) {
        steps().openClaim(id, "Assignment");
    }

    private void submit(WebElement button, String notice) {
        steps().submit(button, notice);
    }

    private void setDate(WebElement input, String isoDate) {
        steps().setDate(input, isoDate);
    }

    /** Follows the navigation's Notifications link, whose text goes on with the unread count when there is one. */
    private void openNotifications() {
        browser.findElement(By.xpath("//header//a[starts-with(normalize-space(), 'Notifications')]")).click();
        waitForPath(browser, "/notifications");
        heading(browser, "Notifications");
    }

    private String status() {
        return steps().status();
    }

    private String path() {
        return steps().path();
    }

    /** The unread count beside Notifications in the navigation; 0 when none is shown. */
    private int unreadCount() {
        List<WebElement> count = browser.findElements(By.cssSelector("a.inbox .count"));
        return count.isEmpty() ? 0 : Integer.parseInt(count.get(0).getText().strip());
    }

    /** The dashboard section labelled by the heading with this id. */
    private WebElement section(String headingId) {
        return browser.findElement(By.cssSelector("section[aria-labelledby='" + headingId + "']"));
    }

    private static WebElement linkTo(WebElement within, String path) {
        return within.findElement(By.cssSelector("a[href='" + path + "']"));
    }

    /** The newest notification about this claim whose text contains the words. */
    private WebElement notification(long claimId, String words) {
        return browser.findElements(By.cssSelector("ul.notifications li.notification")).stream()
                .filter(li -> !li.findElements(By.cssSelector("a[href='/claims/" + claimId + "']")).isEmpty())
                .filter(li -> li.getText().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no notification \"" + words + "\" about claim " + claimId
                        + " on " + browser.getCurrentUrl() + ":\n" + browser.findElement(By.id("main")).getText()));
    }

    private static boolean isUnread(WebElement notification) {
        return notification.getAttribute("class").contains("unread")
                && !notification.findElements(By.cssSelector(".badge.new")).isEmpty();
    }

    /**
     * Opens the claim from the dashboard's Awaiting approval queue. The queue shows the {@value #QUEUE_LENGTH}
     * longest-waiting claims; when other claims fill it, the claim must be first on its "See all" list (most recently
     * changed first).
     */
    private void openFromAwaitingApproval(String claimPath, String statement) {
        WebElement awaiting = section("awaiting-approval");
        List<WebElement> links = awaiting.findElements(By.cssSelector("a[href='" + claimPath + "']"));
        if (links.isEmpty()) {
            assertEquals(QUEUE_LENGTH, awaiting.findElements(By.cssSelector("ul.queue > li")).size(),
                    "Awaiting approval leaves the claim out only when the queue is full");
            awaiting.findElement(By.linkText("See all")).click();
            waitForPath(browser, "/claims");
            links = browser.findElements(By.cssSelector("main a[href='" + claimPath + "']"));
            assertFalse(links.isEmpty(), "the claim is on the Submitted list");
        }
        WebElement link = links.get(0);
        assertTrue(link.getText().contains(statement), link.getText());
        link.click();
        waitForPath(browser, claimPath);
    }

    /** The panel with the submitted verdict an editor approves or returns. */
    private WebElement verdictSection() {
        return browser.findElement(By.cssSelector("section[aria-labelledby='verdict-heading']"));
    }
}
