package org.factdesk.review;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.factdesk.account.Account;
import org.factdesk.account.FirstStart;
import org.factdesk.claim.Claim;
import org.factdesk.claim.Source;
import org.factdesk.web.DeskClock;
import org.jboss.logging.Logger;

/**
 * Demo mode's workflow: after the sample claims exist, one is published, one waits for approval and one is with
 * the reviewer, so a first look at the desk shows every queue with something in it.
 */
@ApplicationScoped
public class DemoReviews {

    private static final Logger LOG = Logger.getLogger(DemoReviews.class);

    @Inject
    ReviewService review;

    /** Runs after the demo articles and claims are made (a later priority than the default). */
    void onFirstStart(@Observes @Priority(5000) FirstStart event) {
        Account editor = event.demoEditor();
        Account reviewer = Account.findByUsername("reviewer").orElse(null);
        List<Claim> claims = Claim.list("order by id");
        if (reviewer == null || claims.size() < 3) {
            return;
        }
        String due = DeskClock.today().plusDays(3).toString();
        for (Claim claim : claims.subList(0, 3)) {
            review.assign(claim.id, null, new Assignment(reviewer.username, due, null), editor);
        }
        VerdictInput verdict = new VerdictInput("mostly-true",
                "The figure matches the published record, though it leaves out context.",
                "The number quoted is in the official release. The article omits that the comparison period was"
                        + " shorter than usual, so the claim is *mostly* true.",
                "", List.of(new VerdictInput.Source("https://example.org/official-release",
                        "Official release (sample source)", "Example Statistics Office", "")));
        review.submit(claims.get(0).id, null, verdict, reviewer);
        review.approve(claims.get(0).id, null, editor);
        review.submit(claims.get(1).id, null, verdict, reviewer);
        LOG.info("Demo mode: one claim published, one awaiting approval, one with the reviewer.");
    }
}
