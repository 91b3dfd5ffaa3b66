package org.factdesk.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.factdesk.scale.DeskRows.AccountRow;
import org.factdesk.scale.DeskRows.ArticleBatch;
import org.factdesk.scale.DeskRows.ClaimState;
import org.factdesk.scale.DeskRows.CommentRow;
import org.factdesk.scale.DeskRows.Revision;
import org.factdesk.scale.DeskRows.SourceRow;
import org.factdesk.scale.DeskRows.VerdictState;

/** The scale seeder's generator makes rows the app would accept: anchors that match, consistent workflow state. */
class DeskGeneratorTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private static List<ArticleBatch> desk(int claims, long seed) {
        DeskGenerator generator = new DeskGenerator(claims, seed, NOW, new CorpusSample());
        List<ArticleBatch> batches = new ArrayList<>();
        while (generator.hasNext()) {
            batches.add(generator.next());
        }
        return batches;
    }

    @Test
    void anchorsMatchTheirArticleBodies() {
        for (ArticleBatch batch : desk(1_200, 1)) {
            String body = batch.article().body();
            assertTrue(Normalizer.isNormalized(body, Normalizer.Form.NFC));
            assertFalse(body.contains("\n\n\n") || body.startsWith("\n") || body.endsWith("\n") || body.contains(" \n"));
            assertEquals(DeskGenerator.sha256(body), batch.article().bodyHash());
            for (ClaimState c : batch.claims()) {
                assertEquals(c.quote, body.substring(c.start, c.end), "quote of claim " + c.id);
                assertEquals(body.substring(Math.max(0, c.start - 32), c.start), c.prefix);
                assertEquals(body.substring(c.end, Math.min(body.length(), c.end + 32)), c.suffix);
                assertEquals(c.quote, c.quote.strip());
                assertTrue(c.statement.length() <= 2000 && !c.statement.isBlank());
            }
        }
    }

    @Test
    void articlesHoldFiftyToTwoHundredClaimsAndTheCountIsExact() {
        List<ArticleBatch> desk = desk(1_234, 2);
        assertEquals(1_234, desk.stream().mapToInt(b -> b.claims().size()).sum());
        for (ArticleBatch b : desk) {
            assertTrue(b.claims().size() >= 50 && b.claims().size() <= 200, b.claims().size() + " claims");
        }
    }

    @Test
    void workflowStateIsConsistentAndEveryReferenceResolves() {
        DeskGenerator generator = new DeskGenerator(2_000, 3, NOW, new CorpusSample());
        Set<Long> accounts = new HashSet<>();
        for (AccountRow a : generator.accounts()) {
            accounts.add(a.id());
        }
        Set<String> statuses = new TreeSet<>();
        long lastRevision = generator.lastRevisionId();
        while (generator.hasNext()) {
            ArticleBatch b = generator.next();
            Map<Long, VerdictState> verdicts = new HashMap<>();
            b.verdicts().forEach(v -> verdicts.put(v.id, v));
            Set<Long> claimIds = new HashSet<>();
            for (ClaimState c : b.claims()) {
                claimIds.add(c.id);
                statuses.add(c.status);
                assertTrue(accounts.contains(c.createdBy));
                if (c.assigneeId != null) {
                    assertTrue(accounts.contains(c.assigneeId));
                    assertNotNull(c.dueDate);
                }
                VerdictState current = c.currentVerdictId == null ? null : verdicts.get(c.currentVerdictId);
                VerdictState published = c.publishedVerdictId == null ? null : verdicts.get(c.publishedVerdictId);
                switch (c.status) {
                    case "NEW" -> {
                        assertNull(c.assigneeId);
                        assertNull(current);
                    }
                    case "ASSIGNED" -> assertNotNull(c.assigneeId);
                    case "IN_REVIEW" -> assertEquals("DRAFT", current.state);
                    case "SUBMITTED" -> assertEquals("SUBMITTED", current.state);
                    case "PUBLISHED" -> {
                        assertEquals("PUBLISHED", published.state);
                        assertEquals(current, published);
                        assertNotNull(published.ratingId);
                        assertNotNull(published.approverId);
                        assertTrue(!published.approverId.equals(published.authorId), "four eyes");
                    }
                    case "DISMISSED" -> assertNotNull(c.dismissReason);
                    default -> throw new AssertionError(c.status);
                }
                if (current != null) {
                    assertEquals(c.id, current.claimId);
                }
                assertTrue(c.updatedAt.isBefore(NOW));
            }
            for (VerdictState v : b.verdicts()) {
                assertTrue(claimIds.contains(v.claimId));
                assertTrue(v.authorId == null || accounts.contains(v.authorId));
            }
            for (SourceRow s : b.sources()) {
                assertTrue(verdicts.containsKey(s.verdictId()));
            }
            for (CommentRow m : b.comments()) {
                assertTrue(claimIds.contains(m.claimId()) && accounts.contains(m.authorId()));
            }
            // Revision numbers follow time, continue across articles, and the last claim row of each claim is its
            // final state (the history ends where the claim stands).
            Map<Long, ClaimState> lastAudited = new HashMap<>();
            long previousAt = Long.MIN_VALUE;
            for (Revision r : b.revisions()) {
                assertEquals(lastRevision + 1, r.id);
                lastRevision = r.id;
                assertTrue(r.atMillis >= previousAt);
                previousAt = r.atMillis;
                assertTrue(r.accountId == null || accounts.contains(r.accountId));
                if (r.claim != null) {
                    assertEquals(r.claimRevtype == 0, !lastAudited.containsKey(r.claim.id));
                    lastAudited.put(r.claim.id, r.claim);
                }
            }
            for (ClaimState c : b.claims()) {
                ClaimState audited = lastAudited.get(c.id);
                assertEquals(c.status, audited.status);
                assertEquals(c.statement, audited.statement);
                assertEquals(c.currentVerdictId, audited.currentVerdictId);
                assertEquals(c.publishedVerdictId, audited.publishedVerdictId);
                assertEquals(c.updatedAt, audited.updatedAt);
            }
        }
        assertEquals(Set.of("ASSIGNED", "DISMISSED", "IN_REVIEW", "NEW", "PUBLISHED", "SUBMITTED"), statuses);
    }

    @Test
    void theSameSeedMakesTheSameDeskAndTheWordsFileHasEveryKind() throws Exception {
        CorpusSample corpus = new CorpusSample();
        DeskGenerator a = new DeskGenerator(300, 9, NOW, corpus);
        DeskGenerator b = new DeskGenerator(300, 9, NOW, new CorpusSample());
        ArticleBatch first = a.next();
        assertEquals(first.article().body(), b.next().article().body());
        while (a.hasNext()) {
            a.next();
        }
        StringWriter words = new StringWriter();
        corpus.write(words);
        for (String kind : List.of("word", "rare", "pair", "phrase", "prefix")) {
            assertTrue(words.toString().contains("\n" + kind + "\t"), kind);
        }
    }
}
