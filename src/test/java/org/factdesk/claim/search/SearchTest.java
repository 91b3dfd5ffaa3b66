package org.factdesk.claim.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.factdesk.claim.Claim;
import org.factdesk.review.ReviewFixtures;
import org.factdesk.web.AppSecrets;
import org.factdesk.web.FactDeskConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Search on the claims list and its API: ranking, prefixes, phrases, filters with a query, exact totals across pages,
 * changes made behind this instance's back, and hostile input. Every word searched for carries this run's marker,
 * so the claims other tests make never match.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest {

    @Inject
    ClaimIndex index;

    @Inject
    IndexSync sync;

    @Inject
    AppSecrets secrets;

    @Inject
    FactDeskConfig config;

    ReviewFixtures f;
    String m;

    @BeforeEach
    void desk() throws InterruptedException {
        if (f != null) {
            return;
        }
        assertTrue(index.awaitReady(Duration.ofSeconds(60)), "the index is ready at start-up");
        f = new ReviewFixtures();
        m = "zq" + Long.toString(System.nanoTime(), 36);
    }

    /** A claim of {@code sentence}, the first sentence of a new article titled {@code title}. */
    private int claim(String title, String sentence) {
        return f.claimInNewArticle(title, sentence);
    }

    private int claim(String sentence) {
        return claim("Search test " + System.nanoTime(), sentence);
    }

    /** {@code GET /api/v1/claims} with query parameters given as name, value, name, value... */
    private ExtractableResponse<Response> api(String... params) {
        var request = f.as(f.editor);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/api/v1/claims").then().statusCode(200).extract();
    }

    private List<Integer> ids(String... params) {
        return api(params).path("items.id");
    }

    @Test
    void aClaimWithBothWordsRanksAboveClaimsWithOne() {
        int one = claim("Sightings of kestrel" + m + " rose by 12% in the valley.");
        int both = claim("Sightings of kestrel" + m + " and osprey" + m + " rose by 40% in 2025.");
        int other = claim("Sightings of osprey" + m + " fell to 30 pairs.");
        String words = "kestrel" + m + " osprey" + m;
        List<Integer> found = ids("q", words);
        assertEquals(3, found.size(), "either word is enough to be found: " + found);
        assertEquals(both, found.get(0), "the claim with both words comes first: " + found);
        assertTrue(found.containsAll(List.of(one, other)));
        assertEquals(3, (int) api("q", words).path("total"));
    }

    @Test
    void aPrefixFindsWordsThatBeginSo() {
        int heron = claim("The heron" + m + "ry colony grew to 800 nests.");
        int egret = claim("The egret" + m + " colony shrank to 80 nests.");
        String prefix = "heron" + m.substring(0, 4) + "*";
        List<Integer> found = ids("q", prefix);
        assertTrue(found.contains(heron), found.toString());
        assertFalse(found.contains(egret), found.toString());
    }

    @Test
    void aQuotedPhraseMustAppearAsWritten() {
        int phrase = claim("The harbour" + m + " tariff doubled in 2024, the port said.");
        int apart = claim("The tariff on harbour" + m + " goods doubled in 2024.");
        assertEquals(List.of(phrase), ids("q", "\"harbour" + m + " tariff\""));
        assertTrue(ids("q", "harbour" + m + " tariff").containsAll(List.of(phrase, apart)), "unquoted, both match");
        assertEquals(List.of(phrase), ids("q", "harbour" + m + " -goods"), "a minus leaves out claims with the word");
    }

    @Test
    void theArticleTitleAndVerdictSummaryAreSearchedToo() {
        int titled = claim("Budget " + m + "title debate", "The deficit reached 4% of output last year.");
        assertEquals(List.of(titled), ids("q", m + "title"));
        int judged = claim("Wages grew by 9% in the north" + m + "wages.");
        f.publish(judged, "false", "Payroll records show 3% growth " + m + "summary.");
        assertEquals(List.of(judged), ids("q", m + "summary"));
    }

    @Test
    void filtersAndSortsCombineWithTheSearch() {
        int fresh = claim("Ferry" + m + " fares rose by 15% this spring.");
        int assigned = claim("Ferry" + m + " crossings fell by 20% last winter.");
        String later = java.time.LocalDate.now().plusDays(30).toString();
        f.as(f.editor).body(Map.of("reviewer", f.reviewer.username, "due", later))
                .post("/api/v1/claims/" + assigned + "/assign").then().statusCode(200);
        int published = claim("Ferry" + m + " delays doubled in 2025.");
        f.publish(published, "false", "Delays fell.");
        int dismissed = claim("Ferry" + m + " food is the best in Europe.");
        f.as(f.editor).body(Map.of("reason", "Opinion.")).post("/api/v1/claims/" + dismissed + "/dismiss")
                .then().statusCode(200);
        String q = "ferry" + m;
        assertEquals(List.of(assigned), ids("q", q, "status", "assigned"));
        assertEquals(List.of(published), ids("q", q, "rating", "false"));
        assertEquals(List.of(dismissed), ids("q", q, "status", "dismissed"));
        assertFalse(ids("q", q, "status", "new").contains(dismissed), "a dismissed claim is not new");
        assertEquals(List.of(assigned), ids("q", q, "assignee", f.reviewer.username, "status", "assigned"));
        assertTrue(ids("q", q, "assignee", "none").containsAll(List.of(fresh, dismissed)));
        assertEquals(List.of(assigned), ids("q", q, "dueAfter", later, "dueBefore", later));
        List<Integer> byDue = ids("q", q, "sort", "due");
        assertEquals(List.of(published, assigned), byDue.subList(0, 2),
                "due in three days, then in thirty, then those without a due date: " + byDue);
        assertTrue(byDue.subList(2, 4).containsAll(List.of(fresh, dismissed)));
        String page = f.as(f.editor).queryParam("q", q).queryParam("status", "assigned").get("/claims").then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("1 claim."), "the page counts what it shows");
        assertTrue(page.contains("<option value=\"relevance\" selected>Best match</option>"), "searches rank by match");
    }

    @Test
    void pagesHoldExactTotalsAndNeverOverlap() {
        List<Integer> made = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            made.add(claim("Lantern" + m + " sales rose by " + (10 + i) + "% in town number " + i + "."));
        }
        String q = "lantern" + m;
        List<Integer> all = ids("q", q, "size", "50", "sort", "score");
        assertEquals(7, all.size());
        assertTrue(all.containsAll(made));
        List<Integer> paged = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            ExtractableResponse<Response> r = api("q", q, "size", "3", "sort", "score", "page", Integer.toString(p));
            assertEquals(7, (int) r.path("total"));
            assertEquals(p, (int) r.path("page"));
            paged.addAll(r.path("items.id"));
        }
        assertEquals(all, paged, "three pages of three give the single page's order, the last read from the end");
        ExtractableResponse<Response> past = api("q", q, "size", "3", "sort", "score", "page", "9");
        assertEquals(2, (int) past.path("page"), "a page past the end shows the last page");
        assertEquals(List.of(all.get(6)), past.path("items.id"));

        // With a window of three claims from either end, page 4 of seven one-claim pages is too deep to serve.
        ClaimSearch narrow = new ClaimSearch();
        narrow.index = index;
        narrow.window = 3;
        ClaimSearch.Criteria criteria = new ClaimSearch.Criteria(null, null, null, null, null, null,
                SearchText.parse(q));
        ClaimSearch.Hits deep = narrow.find(criteria, ClaimSearch.Order.SCORE, 3, 1).orElseThrow();
        assertTrue(deep.tooDeep());
        assertEquals(List.of(), deep.ids());
        assertEquals(7, deep.total());
        for (int p : List.of(0, 2, 4, 6)) {
            ClaimSearch.Hits near = narrow.find(criteria, ClaimSearch.Order.SCORE, p, 1).orElseThrow();
            assertFalse(near.tooDeep(), "page " + p + " is within three claims of an end");
            assertEquals(List.of((long) all.get(p)), near.ids());
        }

        // Deep pages cut from a kept list read as sorting each one does, from both ends, and a change is seen at once.
        narrow.window = 7;
        narrow.keepFrom = 1;
        assertEquals(all.stream().map(Integer::longValue).toList(), onePerPage(narrow, criteria, 7));
        assertEquals(all.stream().map(Integer::longValue).toList(), onePerPage(narrow, criteria, 7),
                "read again from the kept lists");
        int added = claim("Lantern" + m + " sales rose by 40% in the harbour town.");
        List<Long> after = onePerPage(narrow, criteria, 8);
        assertEquals(8, after.size());
        assertEquals(8, new java.util.HashSet<>(after).size(), "no claim twice: " + after);
        assertTrue(after.contains((long) added), "the new claim is on a page at once: " + after);
        assertEquals(ids("q", q, "size", "50", "sort", "score").stream().map(Integer::longValue).toList(), after);
    }

    /** Every page of one claim, in order, as {@link ClaimSearch#find} gives them. */
    private static List<Long> onePerPage(ClaimSearch search, ClaimSearch.Criteria criteria, int pages) {
        List<Long> ids = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            ClaimSearch.Hits hits = search.find(criteria, ClaimSearch.Order.SCORE, p, 1).orElseThrow();
            assertEquals(pages, hits.total());
            ids.addAll(hits.ids());
        }
        return ids;
    }

    @Test
    void aClaimEditedInTheDatabaseIsFoundByItsNewWordsWithinTwoSeconds() throws InterruptedException {
        int id = claim("The glacier" + m + " lost 30 metres in 2025.");
        // Another instance's edit: the row changes and nothing on this instance hears of it.
        QuarkusTransaction.requiringNew().run(() -> Claim.update("statement = ?1, updatedAt = ?2 where id = ?3",
                "The icefield" + m + " lost 30 metres in 2025.", Instant.now(), (long) id));
        long started = System.nanoTime();
        List<Integer> found = List.of();
        while (System.nanoTime() - started < Duration.ofSeconds(2).toNanos()) {
            found = ids("q", "icefield" + m);
            if (!found.isEmpty()) {
                break;
            }
            Thread.sleep(50);
        }
        assertEquals(List.of(id), found, "found within 2 s by the words another instance wrote");
    }

    @Test
    void aClaimRemovedBehindTheApplicationsBackLeavesTheIndexAtTheNextCheck() {
        int kept = claim("The orchard" + m + " yielded 12 tonnes of apples.");
        int removed = claim("The orchard" + m + " yielded 9 tonnes of pears.");
        QuarkusTransaction.requiringNew().run(() -> Claim.delete("id", (long) removed));
        assertEquals(List.of(kept), ids("q", "orchard" + m), "rows that are gone are never shown");
        sync.check();
        assertEquals(1, (int) api("q", "orchard" + m).path("total"), "the check brings the total back in line");
    }

    @Test
    void hostileSearchesGetResultsOrAClearMessage() {
        claim("The museum" + m + " counted 4,000 visitors.");
        List<String> answered = List.of("title:(museum" + m + " AND x~2) [a TO b] ^3 \\ /re.*/ ?",
                "museum" + m + " && || ! ( ) { } [ ] ^ ~ : \\ /", "\"unclosed museum" + m, "museum" + m + "\"\"\"",
                "São Paulo 日本語 🙂 \u202e museum" + m + " e\u0301", "*museum" + m, "museum" + m + "**",
                "\u0000museum" + m, "museum" + m + " ".repeat(40) + "x".repeat(300));
        for (String q : answered) {
            f.as(f.editor).queryParam("q", q).get("/api/v1/claims").then().statusCode(200);
            f.as(f.editor).queryParam("q", q).get("/claims").then().statusCode(200);
        }
        String huge = "museum" + m + " " + "word ".repeat(2000);
        f.as(f.editor).queryParam("q", huge).get("/api/v1/claims").then().statusCode(200)
                .body(containsString("Searches are limited to 500 characters"));
        f.as(f.editor).queryParam("q", huge).get("/claims").then().statusCode(200)
                .body(containsString("Searches are limited to 500 characters"));
        for (String q : List.of("the of and", "-museum" + m, "* ** ***", "-", "%", "a*")) {
            f.as(f.editor).queryParam("q", q).get("/api/v1/claims").then().statusCode(400)
                    .contentType("application/problem+json").body("detail", not(containsString("Exception")));
            f.as(f.editor).queryParam("q", q).get("/claims").then().statusCode(200)
                    .body(containsString("role=\"alert\""));
        }
    }

    @Test
    void aRestartCatchesUpFromItsLastCommitWithoutRebuilding() throws Exception {
        int before = claim("The tramway" + m + " carried 2 million riders.");
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("factdesk-index");
        IndexSync first = IndexInstances.of(new ClaimIndex(), secrets, config);
        first.start(folder);
        assertFalse(first.index.ready(), "an empty folder is built from scratch");
        first.refresh();
        assertTrue(first.index.ready());
        first.stop();
        first.index.close();

        // While that instance is stopped, the claim changes.
        QuarkusTransaction.requiringNew().run(() -> Claim.update("statement = ?1, updatedAt = ?2 where id = ?3",
                "The funicular" + m + " carried 2 million riders.", Instant.now(), (long) before));

        IndexSync second = IndexInstances.of(new ClaimIndex(), secrets, config);
        second.start(folder);
        assertTrue(second.index.ready(), "the committed index is searchable at once, before any pass");
        second.refresh();
        ClaimSearch search = new ClaimSearch();
        search.index = second.index;
        ClaimSearch.Criteria byNewWord = new ClaimSearch.Criteria(null, null, null, null, null, null,
                SearchText.parse("funicular" + m));
        assertEquals(List.of((long) before), search.find(byNewWord, ClaimSearch.Order.RELEVANCE, 0, 10).orElseThrow()
                .ids(), "the change made while it was stopped is found after the catch-up");
        second.stop();
        second.index.close();
    }

    @Test
    void theClaimsPageSearchesWithoutJavaScript() {
        int id = claim("The aqueduct" + m + " carried 300 litres a second.");
        given().filter(f.session(f.editor)).queryParam("q", "aqueduct" + m).get("/claims").then().statusCode(200)
                .body(containsString("href=\"/claims/" + id + "\""))
                .body(containsString("value=\"aqueduct" + m + "\""));
    }
}
