package org.factdesk.claim.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.factdesk.claim.Claim;
import org.factdesk.claim.search.ClaimIndex;
import org.factdesk.claim.search.IndexInstances;
import org.factdesk.claim.search.IndexSync;
import org.factdesk.claim.search.NeighbourLists;
import org.factdesk.review.ReviewFixtures;
import org.factdesk.web.AppSecrets;
import org.factdesk.web.FactDeskConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The lists of closest claims kept in the index (NeighbourLists, SimilarLists): what they hold, that the claim page
 * answers from them, which changes compute them again (new words, and the lists those words enter or leave) and which
 * do not (a status change), and that they survive a restart. Statements carry this run's marker word.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimilarListsTest {

    @Inject
    ClaimIndex claimIndex;

    @Inject
    IndexSync sync;

    @Inject
    AppSecrets secrets;

    @Inject
    FactDeskConfig config;

    ReviewFixtures f;
    String run;

    @BeforeEach
    void desk() throws InterruptedException {
        if (f != null) {
            return;
        }
        assertTrue(claimIndex.awaitReady(Duration.ofSeconds(60)), "the index is built at start-up");
        f = new ReviewFixtures();
        run = "n" + Long.toString(System.nanoTime(), 36);
    }

    private int claim(String sentence) {
        return f.claimInNewArticle("Lists " + System.nanoTime(), sentence);
    }

    /** Waits until the worker has computed every due list. */
    private void settled(ClaimIndex index) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!(index.listsCurrent() && index.listsPending() == 0)) {
            assertTrue(System.nanoTime() < until, "the lists are computed within 30 s; due: " + index.listsPending());
            Thread.sleep(20);
        }
    }

    private static List<NeighbourLists.Entry> stored(ClaimIndex index, long id) {
        return index.read(s -> ClaimIndex.storedList(s, id)).orElse(null);
    }

    private static List<Long> ids(List<NeighbourLists.Entry> list) {
        return list.stream().map(NeighbourLists.Entry::id).toList();
    }

    private List<Long> apiIds(int claim) {
        return f.as(f.auditor).get("/api/v1/claims/" + claim + "/similar").then().statusCode(200).extract()
                .jsonPath().getList("items.id", Long.class);
    }

    @Test
    void aListHoldsTheClosestClaimsAsTheQueryFindsThemAndThePageAnswersFromIt() throws InterruptedException {
        String asked = "The ferry fleet carried 80,000 cyclists across the estuary " + run + ".";
        int ferry = claim(asked);
        int close = claim("Ferries carried 80,000 cyclists over the estuary last summer " + run + ".");
        int unrelated = claim("The orchestra rehearsed a new symphony " + run + ".");
        settled(claimIndex);

        List<NeighbourLists.Entry> list = stored(claimIndex, ferry);
        assertNotNull(list, "the claim has a stored list");
        assertTrue(ids(list).contains((long) close), "the close claim is in it: " + list);
        assertFalse(ids(list).contains((long) unrelated), "sharing only the marker word is not close");
        assertFalse(ids(list).contains((long) ferry), "a claim is never its own neighbour");
        assertTrue(list.size() <= NeighbourLists.SIZE);
        assertEquals(ids(list), ids(claimIndex.read(s -> SimilarClaims.closest(s, claimIndex.analyzer(), ferry, asked))
                .orElseThrow()), "the list is what the query answers");
        // None of them is published or dismissed, so the page shows the best five by score.
        List<Long> expected = list.stream().sorted(Comparator.comparing(NeighbourLists.Entry::score).reversed()
                .thenComparing(NeighbourLists.Entry::id)).limit(SimilarClaims.LIMIT).map(NeighbourLists.Entry::id)
                .toList();
        assertEquals(expected, apiIds(ferry));
    }

    @Test
    void aNewClaimEntersTheListsOfTheClaimsItIsCloseTo() throws InterruptedException {
        int tram = claim("The night tram doubled its riders in Lisbon " + run + ".");
        settled(claimIndex);
        assertFalse(ids(stored(claimIndex, tram)).stream().anyMatch(id -> id > tram), "nothing newer is close yet");

        int later = claim("Lisbon night tram riders doubled, the operator says " + run + ".");
        assertTrue(apiIds(tram).contains((long) later), "found at once (by the query while lists are due)");
        settled(claimIndex);
        assertTrue(ids(stored(claimIndex, tram)).contains((long) later), "the older claim's list now holds it");
        assertTrue(ids(stored(claimIndex, later)).contains((long) tram));
    }

    @Test
    void aLongNewClaimEntersTheListOfAShortClaimItContains() throws InterruptedException {
        int fruit = claim("Kiwifruit " + run + ".");
        settled(claimIndex);
        int exports = claim("Exports of kiwifruit rose sharply across the southern ports this winter season " + run
                + ".");
        settled(claimIndex);
        assertFalse(ids(stored(claimIndex, exports)).contains((long) fruit),
                "the long claim's own lookup asks for three shared words, and they share two");
        assertTrue(ids(stored(claimIndex, fruit)).contains((long) exports),
                "yet the short claim's lookup asks for both its words, so the long claim entered its list");
        assertTrue(apiIds(fruit).contains((long) exports));
    }

    @Test
    void aStatusChangeKeepsTheListAndNewWordsReplaceIt() throws InterruptedException {
        int glacier = claim("The glacier retreated forty metres in one summer " + run + ".");
        int other = claim("Forty metres of glacier retreated in a single summer " + run + ".");
        settled(claimIndex);
        List<NeighbourLists.Entry> before = stored(claimIndex, glacier);
        assertTrue(ids(before).contains((long) other));

        long computed = claimIndex.listsStored();
        f.publish(glacier, "false", "It was four metres.");
        assertEquals("PUBLISHED", f.status(glacier));
        settled(claimIndex);
        assertEquals(computed, claimIndex.listsStored(), "a verdict does not change the words: no list is computed");
        assertEquals(before, stored(claimIndex, glacier), "the list was kept as it was");

        f.as(f.editor).body(Map.of("version", f.version(other), "statement", "The bakery sold 900 loaves " + run))
                .patch("/api/v1/claims/" + other).then().statusCode(200);
        settled(claimIndex);
        assertTrue(claimIndex.listsStored() > computed, "new words make lists due");
        // Its quote (from the article) keeps it close, at another score: the list is what the query answers now.
        assertEquals(ids(claimIndex.read(s -> SimilarClaims.closest(s, claimIndex.analyzer(), glacier,
                "The glacier retreated forty metres in one summer " + run + ".")).orElseThrow()),
                ids(stored(claimIndex, glacier)));
        assertTrue(stored(claimIndex, glacier).stream().filter(e -> e.id() == other)
                .allMatch(e -> before.stream().noneMatch(b -> b.id() == other && b.score() == e.score())),
                "its score in the list changed with its words");
    }

    @Test
    void listsSurviveARestartAndOnlyWhatChangedIsComputedAgain() throws Exception {
        int dam = claim("The river dam produced 4 terawatt hours in 2023 " + run + ".");
        int twin = claim("In 2023 the river dam produced four terawatt hours " + run + ".");
        Path folder = Files.createTempDirectory("factdesk-lists");
        IndexSync first = IndexInstances.of(new ClaimIndex(), secrets, config);
        ClaimIndex firstIndex = IndexInstances.index(first);
        IndexInstances.start(first, folder);
        first.refresh();
        assertTrue(firstIndex.listsPending() > 0, "a rebuilt index has every list to compute");
        SimilarLists worker = worker(first);
        while (worker.round().claims() > 0) {
            // until every list is stored
        }
        assertEquals(0, firstIndex.listsPending());
        List<NeighbourLists.Entry> twinList = stored(firstIndex, twin);
        assertTrue(ids(twinList).contains((long) dam));
        IndexInstances.stop(first);

        // While stopped, the dam claim's words change in the database.
        QuarkusTransaction.requiringNew().run(() -> Claim.update("statement = ?1, updatedAt = ?2 where id = ?3",
                "The river dam produced 4 terawatt hours in 2023, a record " + run, Instant.now(), (long) dam));

        IndexSync second = IndexInstances.of(new ClaimIndex(), secrets, config);
        ClaimIndex secondIndex = IndexInstances.index(second);
        IndexInstances.start(second, folder);
        secondIndex.findDueLists();
        assertEquals(0, secondIndex.listsPending(), "the committed lists are reused, none computed again");
        assertEquals(twinList, stored(secondIndex, twin));
        second.refresh();
        assertFalse(secondIndex.listsCurrent(), "the changed claim's list is due");
        assertNull(stored(secondIndex, dam));
        assertTrue(secondIndex.listsPending() <= 1 + NeighbourLists.SIZE,
                "only it and its former neighbours: " + secondIndex.listsPending());
        while (worker(second).round().claims() > 0) {
            // until every list is stored
        }
        assertTrue(secondIndex.listsCurrent());
        assertTrue(ids(stored(secondIndex, dam)).contains((long) twin));
        IndexInstances.stop(second);
    }

    private static SimilarLists worker(IndexSync sync) {
        SimilarLists worker = new SimilarLists();
        worker.index = IndexInstances.index(sync);
        worker.sync = sync;
        return worker;
    }
}
