package org.factdesk.claim.similar;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.factdesk.TestAccounts;
import org.factdesk.claim.Claim;
import org.factdesk.claim.search.ClaimIndex;
import org.factdesk.claim.search.IndexSync;
import org.factdesk.review.ReviewFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;

/**
 * Similar claims on the claim page and over the API. Every statement carries this run's marker word, which all the
 * claims made here share; two claims must share more than one word to be similar, so the marker alone never is.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimilarClaimsTest {

    private static final Pattern MADE = Pattern.compile("<h2 id=\"made-similar-heading\">Similar to claim \\d+</h2>");
    private static final Pattern NOTICE = Pattern.compile("<p class=\"notice\" role=\"status\">([^<]*)</p>");
    private static final Pattern CLAIM_LINK = Pattern.compile("href=\"/claims/(\\d+)\"");

    @Inject
    ClaimIndex claimIndex;

    @Inject
    IndexSync index;

    ReviewFixtures f;
    String run;
    int published;
    int fresh;
    int unrelated;

    /** Once per class, but in @BeforeEach: RestAssured learns the test port only when the first test starts. */
    @BeforeEach
    void desk() throws InterruptedException {
        if (f != null) {
            return;
        }
        assertTrue(claimIndex.awaitReady(Duration.ofSeconds(60)), "the index is built at start-up");
        f = new ReviewFixtures();
        run = "m" + Long.toString(System.nanoTime(), 36);
        published = claim("Port report " + run, "The harbour tariff doubled in 2024 " + run + ".");
        f.publish(published, "false", "It rose by a fifth.");
        fresh = claim("Shipping news " + run, "Harbour tariffs doubled last year " + run + ".");
        unrelated = claim("Museum news " + run, "The city museum opened a new wing " + run + ".");
    }

    /** A claim of the first sentence of a new article; the title makes each article's text its own. */
    private int claim(String title, String sentence) {
        return f.claimInNewArticle(title, sentence);
    }

    /** The "Similar claims" section of the claim page as {@code who} sees it. */
    private String section(int claim) {
        String html = f.as(f.editor).get("/claims/" + claim).then().statusCode(200).extract().asString();
        int from = html.indexOf("<h2 id=\"similar-heading\">Similar claims</h2>");
        assertTrue(from >= 0, "the claim page has a Similar claims section");
        return html.substring(from, html.indexOf("</section>", from));
    }

    private static List<Integer> linked(String section) {
        List<Integer> ids = new ArrayList<>();
        Matcher m = CLAIM_LINK.matcher(section);
        while (m.find()) {
            ids.add(Integer.parseInt(m.group(1)));
        }
        return ids;
    }

    private List<Integer> apiIds(int claim) {
        return f.as(f.auditor).get("/api/v1/claims/" + claim + "/similar").then().statusCode(200).extract()
                .jsonPath().getList("items.id", Integer.class);
    }

    @Test
    void makingAClaimOnTheArticlePageShowsTheSimilarOnesWithTheirVerdicts() {
        CookieFilter session = f.session(f.editor);
        String page = madeOnArticlePage(session, "Docks " + run, "The harbour tariff doubled within two years " + run
                + ".");
        Matcher made = MADE.matcher(page);
        assertTrue(made.find(), "a panel names the claim just made: " + page);
        String panel = page.substring(made.start(), page.indexOf("</section>", made.start()));
        assertTrue(panel.contains("href=\"/claims/" + published + "\""), "the published claim is listed: " + panel);
        assertTrue(panel.contains("False"), "with its verdict's rating: " + panel);
        assertFalse(panel.contains("href=\"/claims/" + unrelated + "\""), panel);

        String none = madeOnArticlePage(session, "Music " + run, "Quilted xylophones outnumbered zebras in Wuppertal "
                + run + ".");
        assertTrue(NOTICE.matcher(none).find(), "the claim was made");
        assertFalse(none.contains("Similar to claim"), "no panel when nothing is alike");
        // A made= that is not a claim of this article, or not a number, shows no panel and no error.
        int article = firstArticleOf(published);
        given().filter(session).get("/articles/" + article + "?made=" + unrelated).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Similar to claim")));
        given().filter(session).get("/articles/" + article + "?made=abc").then().statusCode(200);
    }

    /** Makes a claim of a new article's first sentence through the article page's form; returns the page after. */
    private String madeOnArticlePage(CookieFilter session, String title, String sentence) {
        int article = f.as(f.editor).body(Map.of("title", title, "text", sentence + "\n\nFiled as " + title + ".",
                "url", "https://example.org/similar/" + System.nanoTime())).post("/api/v1/articles")
                .then().statusCode(201).extract().path("id");
        String token = TestAccounts.csrfFrom(session, "/articles/" + article);
        String location = given().filter(session).redirects().follow(false).formParam("csrf-token", token)
                .formParam("start", 0).formParam("end", sentence.length()).post("/articles/" + article + "/claims")
                .then().statusCode(303).extract().header("Location");
        assertTrue(location.matches(".*/articles/" + article + "\\?made=\\d+#claim-\\d+"), location);
        return given().filter(session).get(location.replaceFirst("#.*", "")).then().statusCode(200).extract()
                .asString();
    }

    private int firstArticleOf(int claim) {
        return f.as(f.editor).get("/api/v1/claims/" + claim).then().statusCode(200).extract().path("articleId");
    }

    @Test
    void newClaimPageListsThePublishedClaimWithItsVerdict() {
        String section = section(fresh);
        assertTrue(linked(section).contains(published), "the published claim from the other article is listed");
        assertTrue(section.contains("The harbour tariff doubled in 2024 " + run), section);
        assertTrue(section.contains("Port report " + run), "with its article's title");
        assertTrue(section.contains("False"), "with its published rating");
        assertTrue(section.contains("Published"), "with its status");
        assertFalse(linked(section).contains(unrelated), "a claim sharing only the marker word is not similar");
        assertFalse(linked(section).contains(fresh), "a claim never lists itself");

        String other = section(published);
        assertTrue(linked(other).contains(fresh), "similarity works both ways");
        assertTrue(other.contains("No verdict yet"), "an unpublished claim shows it has no verdict");
        assertFalse(linked(other).contains(published), "a claim never lists itself");
    }

    @Test
    void claimWithNothingLikeItSaysSo() {
        int alone = claim("Alone " + run, "Zorbling " + run + "q wibbles " + run + "x.");
        String section = section(alone);
        assertTrue(section.contains("No similar claims in the desk."), section);
        assertEquals(List.of(), linked(section));
        assertEquals(List.of(), apiIds(alone));
    }

    @Test
    void apiListsTheSameClaimsInTheSameOrderAsThePage() {
        // Both reads must see one index: a refresh between them (claims other tests made) changes the word statistics
        // and can swap two claims of nearly equal score.
        index.refresh();
        List<Integer> api = apiIds(fresh);
        assertEquals(linked(section(fresh)), api);
        var first = f.as(f.reviewer).get("/api/v1/claims/" + fresh + "/similar").then().statusCode(200).extract()
                .jsonPath();
        int at = api.indexOf(published);
        assertTrue(at >= 0, "the published claim is in the API's answer");
        assertEquals("The harbour tariff doubled in 2024 " + run + ".", first.getString("items[" + at + "].statement"));
        assertEquals("PUBLISHED", first.getString("items[" + at + "].status"));
        assertEquals("false", first.getString("items[" + at + "].rating"));
        assertEquals("False", first.getString("items[" + at + "].ratingLabel"));
        assertEquals("Port report " + run, first.getString("items[" + at + "].articleTitle"));
        assertTrue(first.getDouble("items[" + at + "].score") > 0);
    }

    @Test
    void unknownClaimIsNotFound() {
        f.as(f.editor).get("/api/v1/claims/999999999/similar").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void claimCreatedJustNowIsFoundWithoutWaitingForTheRefresh() {
        int first = claim("Coast " + run, "Lighthouse keepers counted 40 grey seals " + run + ".");
        int second = claim("Coast again " + run, "The lighthouse keeper counted forty grey seals " + run + ".");
        assertTrue(apiIds(first).contains(second), "the claim created a moment ago is already indexed");
    }

    @Test
    void editedStatementIsFoundAfterTheRefresh() {
        int bakery = claim("Bakery " + run, "The bakery sold 900 croissants on Sunday " + run + ".");
        int glacier = claim("Glacier " + run, "Glacier retreat measured twelve metres " + run + ".");
        assertFalse(apiIds(bakery).contains(glacier));
        String statement = "The bakery sold <em>900 croissants</em> " + run;
        f.as(f.editor).body(Map.of("version", f.version(glacier), "statement", statement))
                .patch("/api/v1/claims/" + glacier).then().statusCode(200);
        index.refresh();
        assertTrue(apiIds(bakery).contains(glacier), "the edited statement is what the index matches");
        String section = section(bakery);
        assertTrue(section.contains("The bakery sold &lt;em&gt;900 croissants&lt;/em&gt;"), "statements are escaped");
        assertFalse(section.contains("<em>900"), section);
    }

    @Test
    void aQuietDeskIsNotIndexedAgain() {
        index.refresh();
        assertEquals(0, index.refresh(), "nothing changed since the last pass, so nothing is indexed again");
        claim("Lighthouse " + run, "The lighthouse keeper counted 40 ships " + run + ".");
        index.refresh();
        assertEquals(0, index.refresh(), "a new claim is indexed once, not on every pass");
    }

    @Test
    void changeMadeElsewhereIsPickedUpByTheRefresh() {
        int kiln = claim("Kiln " + run, "The pottery kiln reached 1300 degrees " + run + ".");
        int choir = claim("Choir " + run, "The choir sang for nine hours " + run + ".");
        // Another instance's edit: the row changes and nothing on this instance hears of it.
        QuarkusTransaction.requiringNew().run(() -> Claim.update("statement = ?1, updatedAt = ?2 where id = ?3",
                "The pottery kiln reached 1300 degrees at dawn " + run, Instant.now(), (long) choir));
        index.refresh();
        assertTrue(apiIds(kiln).contains(choir), "the refresh re-read the changed row");
    }

    @Test
    void publishedClaimsRankFirstAndDismissedOnesLast() {
        String words = "Gondola tickets at Zermatt climbed sharply this winter, the operator announced " + run;
        int open = claim("Gondolas " + run, words + ".");
        int publishedTwin = claim("Gondolas two " + run, words + ".");
        f.publish(publishedTwin, "mostly-true", "They rose by a tenth.");
        int dismissedCloser = claim("Gondolas three " + run, "Gondola tickets climbed sharply " + run + ".");
        f.as(f.editor).body(Map.of("reason", "Duplicate.")).post("/api/v1/claims/" + dismissedCloser + "/dismiss")
                .then().statusCode(200);
        int asked = claim("Gondolas four " + run, "Gondola tickets climbed sharply " + run + ".");
        index.refresh();
        List<Integer> mine = List.of(publishedTwin, open, dismissedCloser);
        List<Integer> ids = apiIds(asked);
        assertEquals(mine, ids.stream().filter(mine::contains).toList(),
                "the published twin before the open one; the dismissed exact match last: " + ids);
        assertTrue(section(asked).contains("Mostly true"), "the published claim shows its rating");
    }
}
