package org.factdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;

import org.factdesk.web.Language;
import org.junit.jupiter.api.Test;

/** ClaimReview's datePublished is the day the verdict was published at the desk, in the desk's zone, not UTC's. */
class ClaimReviewDateTest {

    private static VerdictRow publishedAt(Instant at) {
        return new VerdictRow(7, 3, "Rents report", "https://example.org/rents", "Rents doubled", "Rents doubled",
                "The minister", null, null, "PUBLISHED", "false", "False", 1, "#cf222e", "They rose by a third.", "",
                "", "ana", "ben", at, null, 1);
    }

    private static Object datePublished(Instant at, String zone) {
        ClaimReviews.Context context = new ClaimReviews.Context("Desk", null, null, new int[] { 5, 1 },
                "https://desk.example.org", Language.ENGLISH, ZoneId.of(zone));
        return ClaimReviews.of(publishedAt(at), context).get("datePublished");
    }

    @Test
    void aVerdictPublishedLateInTheEveningInSaoPauloIsDatedThatDay() {
        // 22:30 on 5 March in São Paulo is 01:30 on 6 March in UTC.
        assertEquals("2026-03-05", datePublished(Instant.parse("2026-03-06T01:30:00Z"), "America/Sao_Paulo"));
        assertEquals("2026-03-06", datePublished(Instant.parse("2026-03-06T01:30:00Z"), "UTC"));
    }

    @Test
    void aVerdictPublishedJustAfterMidnightInParisIsDatedThatDay() {
        // 00:30 on 6 March in Paris is 23:30 on 5 March in UTC.
        assertEquals("2026-03-06", datePublished(Instant.parse("2026-03-05T23:30:00Z"), "Europe/Paris"));
    }
}
