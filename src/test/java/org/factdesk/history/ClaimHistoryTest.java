package org.factdesk.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.inject.spi.CDI;

import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.factdesk.account.AccountService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A claim's history as people read it: every workflow step taken through the pages and through the API appears
 * with the right person, the values before and after, and the notes, newest first on the page and oldest first in
 * the API; what people typed is escaped; everyone signed in can read it and nobody can change it.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimHistoryTest {

    private static final String STATEMENT = "Unemployment fell to 3.1% in May, the minister said.";
    private static final String LABOUR = "https://stats.example.org/labour";
    private static final String HOUSEHOLD = "https://stats.example.org/household";
    private static final String MAY = "https://stats.example.org/may-release";

    private Account ana;
    private Account cleo;
    private Account ben;
    private Account dev;
    private Account ida;
    private final Map<String, CookieFilter> sessions = new HashMap<>();

    @BeforeAll
    void people() {
        ana = account("hist-ana", "Ana Editor", "editor");
        cleo = account("hist-cleo", "Cleo Editor", "editor");
        ben = account("hist-ben", "Ben Reviewer", "reviewer");
        dev = account("hist-dev", "Dev Reviewer", "reviewer");
        ida = account("hist-ida", "Ida Auditor", "auditor");
    }

    @Test
    void journeyThroughThePagesShowsEveryStepWithPeopleValuesAndNotes() {
        int id = newClaim(ana);
        String claim = "/claims/" + id;
        String due = LocalDate.now().plusDays(4).toString();
        form(ana, claim).formParam("version", version(id)).formParam("reviewer", ben.username).formParam("due", due)
                .formParam("priority", "HIGH").post(claim + "/assign").then().statusCode(303);
        verdictForm(ben, id, "draft", "mostly-false", "Unemployment was 4.2% in May.", null,
                List.of(LABOUR, HOUSEHOLD), List.of("Labour survey", "Household survey"))
                .then().statusCode(303);
        verdictForm(ben, id, "submit", "false", "Unemployment was 4.2%, not 3.1%.", null,
                List.of(LABOUR, HOUSEHOLD), List.of("Labour survey", "Household survey"))
                .then().statusCode(303);
        form(cleo, claim).formParam("version", version(id)).formParam("note", "Cite the May release, not April's.")
                .post(claim + "/return").then().statusCode(303);
        verdictForm(ben, id, "submit", "false", "Unemployment was 4.2%, not 3.1%.", null,
                List.of(LABOUR, MAY), List.of("Labour survey", "May release"))
                .then().statusCode(303);
        form(ana, claim).formParam("version", version(id)).post(claim + "/approve").then().statusCode(303);
        Map<String, Object> current = api(ana).get("/api/v1/claims/" + id).then().statusCode(200).extract()
                .as(new TypeRef<Map<String, Object>>() {
                });
        form(cleo, claim).formParam("version", version(id))
                .formParam("statement", "Unemployment rose to 3.1% in May, the minister said.")
                .formParam("claimant", "Minister Hale").formParam("claimDate", "")
                .formParam("appearanceUrl", current.get("appearanceUrl")).formParam("tags", "jobs, economy")
                .formParam("priority", "HIGH").post(claim).then().statusCode(303);
        form(ben, claim).formParam("body", "Checked the **May** release too.").post(claim + "/comments")
                .then().statusCode(303);
        form(cleo, claim).formParam("version", version(id)).formParam("reason", "The May release revised the rate.")
                .post(claim + "/correction").then().statusCode(303);
        verdictForm(ben, id, "draft", "mostly-false", "Unemployment was 4.2%, not 3.1%.",
                "Rating lowered after a revision.", List.of(LABOUR, MAY), List.of("Labour survey", "May release"))
                .then().statusCode(303);

        Document page = historyPage(ida, id, 0);
        assertEquals("History of claim " + id, page.selectFirst("h1").text());
        assertTrue(page.title().startsWith("History of claim " + id), page.title());
        assertEquals("Unemployment rose to 3.1% in May, the minister said.",
                page.selectFirst(".claim-statement").text());
        assertNotNull(page.selectFirst("a[href='/claims/" + id + "']"), "a link back to the claim");
        List<Element> entries = page.select("ol.timeline > li");
        assertEquals(11, entries.size(), texts(entries));
        for (Element entry : entries) {
            Instant.parse(entry.selectFirst("time").attr("datetime"));
        }

        // Newest first.
        expect(entries.get(0), "Ben Reviewer saved the draft verdict",
                "Ben Reviewer changed the rating from False to Mostly false",
                "Ben Reviewer changed the correction note");
        assertEquals("<del>The May release revised the rate.</del><ins>Rating lowered after a revision.</ins>",
                entries.get(0).selectFirst(".diff").html());
        expect(entries.get(1), "Cleo Editor opened a correction", "Reason: The May release revised the rate.");
        assertEquals(1, entries.get(1).select(".timeline-what").size(), "a correction copies the verdict: no other "
                + "change to tell");
        expect(entries.get(2), "Ben Reviewer commented", "Checked the **May** release too.");
        expect(entries.get(3), "Cleo Editor changed the statement",
                "Cleo Editor changed the claimant from “the minister” to “Minister Hale”",
                "Cleo Editor changed the tags from none to “economy, jobs”");
        assertTrue(entries.get(3).html().contains("Unemployment <del>fell</del><ins>rose</ins> to 3.1% in May"),
                entries.get(3).html());
        expect(entries.get(4), "Ana Editor approved and published the verdict");
        expect(entries.get(5), "Ben Reviewer submitted the verdict for approval",
                "Ben Reviewer added the source “May release” (" + MAY + ")",
                "Ben Reviewer removed the source “Household survey” (" + HOUSEHOLD + ")");
        assertFalse(entries.get(5).text().contains("Labour survey"), "an unchanged source is no change");
        expect(entries.get(6), "Cleo Editor returned the verdict to Ben Reviewer",
                "Note: Cite the May release, not April's.");
        assertEquals("Cite the May release, not April's.", entries.get(6).selectFirst("blockquote.note").text());
        expect(entries.get(7), "Ben Reviewer submitted the verdict for approval",
                "Ben Reviewer changed the rating from Mostly false to False", "Ben Reviewer changed the summary");
        assertEquals("Unemployment was <del>4.2% in May.</del><ins>4.2%, not 3.1%.</ins>",
                entries.get(7).selectFirst(".diff").html());
        expect(entries.get(8), "Ben Reviewer started the verdict", "Ben Reviewer set the rating to Mostly false",
                "Ben Reviewer wrote the summary", "Ben Reviewer wrote the analysis",
                "Ben Reviewer added the source “Labour survey” (" + LABOUR + ")",
                "Ben Reviewer added the source “Household survey” (" + HOUSEHOLD + ")");
        expect(entries.get(9), "Ana Editor assigned the claim to Ben Reviewer, due " + day(due),
                "Ana Editor changed the priority from Normal to High");
        expect(entries.get(10), "Ana Editor made the claim", STATEMENT);

        // The API tells the same story oldest first, in plain text.
        List<Map<String, Object>> history = apiHistory(dev, id);
        assertEquals(List.of("create-claim", "assign", "save-draft", "submit", "return", "submit", "approve",
                "edit-claim", "comment", "correction", "save-draft"),
                history.stream().map(e -> e.get("action")).toList());
        assertEquals(List.of(ana.username, ana.username, ben.username, ben.username, cleo.username, ben.username,
                ana.username, cleo.username, ben.username, cleo.username, ben.username),
                history.stream().map(e -> e.get("user")).toList());
        assertEquals("Cite the May release, not April's.", history.get(4).get("note"));
        assertEquals("The May release revised the rate.", history.get(9).get("note"));
        assertTrue(change(history.get(10), "verdict", "rating", "false", "mostly-false"), history.get(10).toString());
        assertTrue(change(history.get(7), "claim", "statement", STATEMENT,
                "Unemployment rose to 3.1% in May, the minister said."), history.get(7).toString());
        assertTrue(change(history.get(7), "claim", "tags", null, "economy, jobs"), history.get(7).toString());
        assertTrue(change(history.get(5), "source", "url", null, MAY), history.get(5).toString());
        assertTrue(change(history.get(5), "source", "url", HOUSEHOLD, null), history.get(5).toString());
        for (Map<String, Object> e : history) {
            assertFalse(e.get("summary").toString().contains("<"), "plain text: " + e.get("summary"));
        }
    }

    @Test
    void journeyThroughTheApiIsRecordedTheSameWay() {
        int id = newClaim(ana);
        String api = "/api/v1/claims/" + id;
        String due = LocalDate.now().plusDays(2).toString();
        // Edited first: PATCH answers 500 once the claim has an assignee (ClaimApi reads lazy fields after its
        // transaction), although the edit itself is saved.
        api(cleo).body(Map.of("version", version(id), "statement", "Unemployment fell to 3.2% in May, the minister "
                + "said.")).patch(api).then().statusCode(200);
        api(ana).body(Map.of("reviewer", ben.username, "due", due)).post(api + "/assign").then().statusCode(200);
        api(ben).body(withVersion(verdict("mostly-false", "Unemployment was 4.2% in May.", null,
                source(LABOUR, "Labour survey"), source(HOUSEHOLD, "Household survey")), id))
                .put(api + "/verdict").then().statusCode(200);
        api(ben).body("{}").post(api + "/submit").then().statusCode(200);
        api(cleo).body(Map.of("note", "Use the seasonally adjusted rate.")).post(api + "/return")
                .then().statusCode(200);
        api(ben).body(withVersion(verdict("false", "The adjusted rate was 4.2%.", null, source(LABOUR, "Labour survey"),
                source(MAY, "May release")), id)).put(api + "/verdict").then().statusCode(200);
        api(ben).body("{}").post(api + "/submit").then().statusCode(200);
        api(ana).body("{}").post(api + "/approve").then().statusCode(200);
        api(ben).body(Map.of("body", "Adjusted figures are in table 2.")).post(api + "/comments").then()
                .statusCode(201);
        api(cleo).body(Map.of("reason", "Table 2 was revised.")).post(api + "/correction").then().statusCode(200);
        api(ben).body(withVersion(verdict("mostly-false", "The adjusted rate was 4.2%.", "Rating after the table 2 revision.",
                source(LABOUR, "Labour survey"), source(MAY, "May release")), id)).put(api + "/verdict").then()
                .statusCode(200);

        List<Map<String, Object>> history = apiHistory(ida, id);
        assertEquals(List.of("create-claim", "edit-claim", "assign", "save-draft", "submit", "return", "save-draft",
                "submit", "approve", "comment", "correction", "save-draft"),
                history.stream().map(e -> e.get("action")).toList());
        long previous = 0;
        for (Map<String, Object> e : history) {
            long rev = ((Number) e.get("rev")).longValue();
            assertTrue(rev > previous, "oldest first");
            previous = rev;
            Instant.parse(e.get("at").toString());
        }
        assertEquals("Ana Editor", history.get(0).get("userName"));
        assertEquals("Ana Editor made the claim.", history.get(0).get("summary"));
        assertTrue(change(history.get(1), "claim", "statement", STATEMENT,
                "Unemployment fell to 3.2% in May, the minister said."), history.get(1).toString());
        assertEquals("Cleo Editor changed the statement.", history.get(1).get("summary"));
        Map<String, Object> assign = history.get(2);
        assertEquals("Ana Editor assigned the claim to Ben Reviewer, due " + day(due) + ".", assign.get("summary"));
        assertTrue(change(assign, "claim", "assignee", null, ben.username), assign.toString());
        assertTrue(change(assign, "claim", "dueDate", null, due), assign.toString());
        assertTrue(change(assign, "claim", "status", "NEW", "ASSIGNED"), assign.toString());
        Map<String, Object> draft = history.get(3);
        assertEquals("Ben Reviewer", draft.get("userName"));
        assertTrue(draft.get("summary").toString().startsWith("Ben Reviewer started the verdict."),
                draft.get("summary").toString());
        assertTrue(change(draft, "verdict", "rating", null, "mostly-false"), draft.toString());
        assertTrue(change(draft, "source", "url", null, LABOUR) && change(draft, "source", "url", null, HOUSEHOLD),
                draft.toString());
        assertEquals("Ben Reviewer submitted the verdict for approval.", history.get(4).get("summary"));
        Map<String, Object> returned = history.get(5);
        assertEquals("Cleo Editor", returned.get("userName"));
        assertEquals("Use the seasonally adjusted rate.", returned.get("note"));
        assertEquals("Cleo Editor returned the verdict to Ben Reviewer.", returned.get("summary"));
        assertTrue(change(returned, "claim", "returnNote", null, "Use the seasonally adjusted rate."),
                returned.toString());
        Map<String, Object> redraft = history.get(6);
        assertTrue(redraft.get("summary").toString().contains("Ben Reviewer changed the rating from Mostly false to "
                + "False"), redraft.get("summary").toString());
        assertTrue(change(redraft, "verdict", "summary", "Unemployment was 4.2% in May.",
                "The adjusted rate was 4.2%."), redraft.toString());
        assertTrue(change(history.get(8), "verdict", "approver", null, ana.username), history.get(8).toString());
        assertEquals("Ben Reviewer commented.", history.get(9).get("summary"));
        assertTrue(change(history.get(9), "comment", "body", null, "Adjusted figures are in table 2."));
        assertEquals("Table 2 was revised.", history.get(10).get("note"));
        assertEquals("Cleo Editor opened a correction.", history.get(10).get("summary"));
        Map<String, Object> corrected = history.get(11);
        assertTrue(corrected.get("summary").toString().contains("Ben Reviewer changed the rating from False to "
                + "Mostly false"), corrected.get("summary").toString());
        assertTrue(change(corrected, "verdict", "rating", "false", "mostly-false"), corrected.toString());
        assertTrue(change(corrected, "verdict", "correctionNote", "Table 2 was revised.",
                "Rating after the table 2 revision."), corrected.toString());

        // The page shows the API's steps newest first.
        List<Element> entries = historyPage(dev, id, 0).select("ol.timeline > li");
        assertEquals(12, entries.size(), texts(entries));
        expect(entries.get(0), "Ben Reviewer changed the rating from False to Mostly false");
        expect(entries.get(6), "Cleo Editor returned the verdict to Ben Reviewer",
                "Note: Use the seasonally adjusted rate.");
        expect(entries.get(9), "Ana Editor assigned the claim to Ben Reviewer, due " + day(due));
        expect(entries.get(10), "Cleo Editor changed the statement");
        assertTrue(entries.get(10).html().contains("<del>3.1%</del><ins>3.2%</ins>"), entries.get(10).html());
        expect(entries.get(11), "Ana Editor made the claim");
    }

    @Test
    void dismissalAndReopeningShowTheReasonAndThePeople() {
        int id = newClaim(ana);
        String claim = "/claims/" + id;
        form(ana, claim).formParam("version", version(id)).formParam("reason", "Opinion, not a checkable claim.")
                .post(claim + "/dismiss").then().statusCode(303);
        api(cleo).body(Map.of("version", version(id))).post("/api/v1/claims/" + id + "/reopen").then()
                .statusCode(200);

        List<Element> entries = historyPage(ben, id, 0).select("ol.timeline > li");
        assertEquals(3, entries.size(), texts(entries));
        expect(entries.get(0), "Cleo Editor reopened the claim");
        expect(entries.get(1), "Ana Editor dismissed the claim", "Reason: Opinion, not a checkable claim.");
        expect(entries.get(2), "Ana Editor made the claim");
        List<Map<String, Object>> history = apiHistory(ida, id);
        assertEquals(List.of("create-claim", "dismiss", "reopen"), history.stream().map(e -> e.get("action")).toList());
        assertEquals("Opinion, not a checkable claim.", history.get(1).get("note"));
        assertTrue(change(history.get(1), "claim", "status", "NEW", "DISMISSED"), history.get(1).toString());
        assertTrue(change(history.get(2), "claim", "status", "DISMISSED", "NEW"), history.get(2).toString());
    }

    @Test
    void whatPeopleTypedIsEscaped() {
        int id = newClaim(ana);
        String api = "/api/v1/claims/" + id;
        api(cleo).body(Map.of("version", version(id), "statement", "Unemployment <img src=x onerror=alert(1)> fell."))
                .patch(api).then().statusCode(200);
        api(ana).body(Map.of("reviewer", ben.username, "due", LocalDate.now().plusDays(1).toString()))
                .post(api + "/assign").then().statusCode(200);
        api(ben).body(withVersion(verdict("false", "It was <script>alert('summary')</script> 4.2%.", null,
                source(LABOUR, "Labour <b>survey</b>")), id)).put(api + "/verdict").then().statusCode(200);
        api(ben).body(Map.of("body", "<script>alert('comment')</script>")).post(api + "/comments").then()
                .statusCode(201);

        String html = given().filter(session(ida)).get("/claims/" + id + "/history").then().statusCode(200)
                .extract().asString();
        assertFalse(html.contains("<script>alert"), "no script from the summary or comment");
        assertFalse(html.contains("<img src=x"), "no image from the statement");
        assertFalse(html.contains("<b>survey"), "no markup from a source title");
        assertTrue(html.contains("<ins>It was &lt;script&gt;alert(&#39;summary&#39;)&lt;/script&gt; 4.2%.</ins>"),
                "the summary's diff, escaped");
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "the statement, escaped");
        assertTrue(html.contains("“Labour &lt;b&gt;survey&lt;/b&gt;”"), "the source title, escaped");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;comment&#39;)&lt;/script&gt;")
                || html.contains("&lt;script&gt;alert('comment')&lt;/script&gt;"), "the comment, escaped");
    }

    @Test
    void auditorsAndOtherReviewersReadTheHistoryAndCanChangeNothing() {
        int id = newClaim(ana);
        api(ana).body(Map.of("reviewer", ben.username, "due", LocalDate.now().plusDays(1).toString()))
                .post("/api/v1/claims/" + id + "/assign").then().statusCode(200);
        for (Account reader : List.of(ida, dev)) {
            String html = given().filter(session(reader)).get("/claims/" + id + "/history").then().statusCode(200)
                    .extract().asString();
            Document page = Jsoup.parse(html);
            assertEquals(List.of("/logout"), page.select("main form, header form").stream().map(f -> f.attr("action"))
                    .toList(), "the only form is Sign out");
            assertTrue(page.select("main button, main input, main textarea, main select").isEmpty(),
                    "no controls on the history");
            expect(page.select("ol.timeline > li").get(0), "Ana Editor assigned the claim to Ben Reviewer");
            api(reader).get("/api/v1/claims/" + id + "/history").then().statusCode(200)
                    .header("Server-Timing", containsString("history;dur="));
        }
        given().filter(session(ida)).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("csrf-token", TestAccounts.csrfFrom(session(ida), "/account"))
                .post("/claims/" + id + "/history").then().statusCode(405);
        api(ida).body("{}").post("/api/v1/claims/" + id + "/history").then().statusCode(405);
        api(ida).body("{}").delete("/api/v1/claims/" + id + "/history").then().statusCode(405);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        int id = newClaim(ana);
        given().redirects().follow(false).get("/claims/" + id + "/history").then().statusCode(302)
                .header("Location", containsString("/login"));
        given().redirects().follow(false).get("/api/v1/claims/" + id + "/history").then().statusCode(401)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void unknownClaimHasNoHistory() {
        given().filter(session(ida)).get("/claims/999999999/history").then().statusCode(404)
                .body(containsString("Not found"));
        api(ida).get("/api/v1/claims/999999999/history").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void claimPageLinksToItsHistory() {
        int id = newClaim(ana);
        Document page = Jsoup.parse(given().filter(session(dev)).get("/claims/" + id).then().statusCode(200).extract()
                .asString());
        Element link = page.selectFirst("main a[href='/claims/" + id + "/history']");
        assertNotNull(link, "a History link on the claim page");
        assertEquals("History", link.text());
    }

    @Test
    void longHistoryIsPagedNewestFirst() {
        int id = newClaim(ana);
        int version = version(id);
        for (int i = 1; i <= 60; i++) {
            version = api(ana).body(Map.of("version", version, "statement", "Edit " + i + " of the statement."))
                    .patch("/api/v1/claims/" + id).then().statusCode(200).extract().path("version");
        }
        Document first = historyPage(dev, id, 0);
        List<Element> newest = first.select("ol.timeline > li");
        assertEquals(ClaimHistory.PAGE_SIZE, newest.size());
        assertTrue(newest.get(0).html().contains("Edit <del>59</del><ins>60</ins> of the statement."),
                newest.get(0).html());
        assertTrue(first.selectFirst("nav.pager").text().contains("Page 1 of 2"));
        assertEquals("/claims/" + id + "/history?page=1", first.selectFirst("nav.pager a[rel=next]").attr("href"));
        List<Element> oldest = historyPage(dev, id, 1).select("ol.timeline > li");
        assertEquals(11, oldest.size());
        expect(oldest.get(oldest.size() - 1), "Ana Editor made the claim");
        assertEquals(11, historyPage(dev, id, 99).select("ol.timeline > li").size(), "past the end: the last page");
        assertEquals(61, apiHistory(dev, id).size(), "the API gives the whole history");
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static Account account(String prefix, String displayName, String... roles) {
        String username = TestAccounts.uniqueName(prefix);
        AccountService service = CDI.current().select(AccountService.class).get();
        return QuarkusTransaction.requiringNew().call(() -> service.create(new AccountService.NewAccount(username,
                displayName, username + "@example.org", List.of(roles), TestAccounts.PASSWORD)));
    }

    private CookieFilter session(Account account) {
        return sessions.computeIfAbsent(account.username, u -> TestAccounts.signIn(u, TestAccounts.PASSWORD));
    }

    private RequestSpecification api(Account account) {
        return given().filter(session(account)).contentType(ContentType.JSON).redirects().follow(false);
    }

    /** A form post from {@code who}'s browser session with the CSRF token of the page they are on. */
    private RequestSpecification form(Account who, String page) {
        return given().filter(session(who)).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("csrf-token", TestAccounts.csrfFrom(session(who), page));
    }

    private io.restassured.response.Response verdictForm(Account who, int id, String action, String rating,
            String summary, String correctionNote, List<String> urls, List<String> titles) {
        List<String> blanks = urls.stream().map(u -> "").toList();
        RequestSpecification request = form(who, "/claims/" + id).formParam("version", version(id))
                .formParam("action", action).formParam("rating", rating).formParam("summary", summary)
                .formParam("analysis", "The survey says 4.2%.").formParam("sourceUrl", urls)
                .formParam("sourceTitle", titles).formParam("sourcePublisher", blanks)
                .formParam("sourceExcerpt", blanks);
        if (correctionNote != null) {
            request = request.formParam("correctionNote", correctionNote);
        }
        return request.post("/claims/" + id + "/verdict");
    }

    private int newClaim(Account editor) {
        String text = STATEMENT + " Analysts expected 3.4%. " + System.nanoTime();
        int article = api(editor).body(Map.of("title", "History " + System.nanoTime(), "text", text,
                "url", "https://example.org/history/" + System.nanoTime()))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        return api(editor).body(Map.of("start", 0, "end", STATEMENT.length(), "statement", STATEMENT,
                "claimant", "the minister")).post("/api/v1/articles/" + article + "/claims")
                .then().statusCode(201).extract().path("id");
    }

    private int version(int id) {
        return api(ana).get("/api/v1/claims/" + id).then().statusCode(200).extract().path("version");
    }

    /** A draft body with the claim's current version, which saving a draft requires. */
    private Map<String, Object> withVersion(Map<String, Object> body, int id) {
        body.put("version", version(id));
        return body;
    }

    @SafeVarargs
    private static Map<String, Object> verdict(String rating, String summary, String correctionNote,
            Map<String, String>... sources) {
        Map<String, Object> body = new HashMap<>();
        body.put("rating", rating);
        body.put("summary", summary);
        body.put("analysis", "The survey says 4.2%.");
        body.put("correctionNote", correctionNote);
        body.put("sources", List.of(sources));
        return body;
    }

    private static Map<String, String> source(String url, String title) {
        return Map.of("url", url, "title", title);
    }

    private Document historyPage(Account who, int id, int page) {
        return Jsoup.parse(given().filter(session(who)).get("/claims/" + id + "/history?page=" + page).then()
                .statusCode(200).extract().asString());
    }

    private List<Map<String, Object>> apiHistory(Account who, int id) {
        return api(who).get("/api/v1/claims/" + id + "/history").then().statusCode(200)
                .contentType(ContentType.JSON).extract().as(new TypeRef<List<Map<String, Object>>>() {
                });
    }

    /** The entry's text contains each fragment, in this order. */
    private static void expect(Element entry, String... fragments) {
        String text = entry.text();
        int from = 0;
        for (String fragment : fragments) {
            int at = text.indexOf(fragment, from);
            assertTrue(at >= 0, "expected \"" + fragment + "\" in: " + text);
            from = at + fragment.length();
        }
    }

    /** The entry lists this change of this entity's field. */
    @SuppressWarnings("unchecked")
    private static boolean change(Map<String, Object> entry, String entity, String field, String before,
            String after) {
        for (Map<String, Object> c : (List<Map<String, Object>>) entry.get("changes")) {
            if (entity.equals(c.get("entity")) && field.equals(c.get("field"))
                    && java.util.Objects.equals(before, c.get("before"))
                    && java.util.Objects.equals(after, c.get("after"))) {
                return true;
            }
        }
        return false;
    }

    private static String texts(List<Element> entries) {
        return String.join("\n", entries.stream().map(Element::text).toList());
    }

    private static String day(String isoDate) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(LocalDate.parse(isoDate));
    }
}
