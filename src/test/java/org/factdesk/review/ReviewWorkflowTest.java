package org.factdesk.review;

import static io.restassured.RestAssured.given;
import static org.factdesk.review.ReviewFixtures.due;
import static org.factdesk.review.ReviewFixtures.source;
import static org.factdesk.review.ReviewFixtures.verdictBody;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.factdesk.account.Account;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.web.StaleVersionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import io.quarkus.test.junit.QuarkusTest;

/** The claim state machine of docs/USING.md, through the service and through the API, for every role. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewWorkflowTest {

    @Inject
    ReviewService review;

    ReviewFixtures f;

    @BeforeAll
    void people() {
        f = new ReviewFixtures();
    }

    /** One workflow step: where it starts, who may take it, and how to take it through the API and the service. */
    record Step(String name, ClaimStatus from, List<String> allowed, List<ClaimStatus> refusedFrom,
            String path, String method, Map<String, Object> body, BiConsumer<Long, Account> service) {
    }

    private List<Step> steps() {
        return List.of(
                new Step("assign", ClaimStatus.NEW, List.of("editor"),
                        List.of(ClaimStatus.SUBMITTED, ClaimStatus.PUBLISHED, ClaimStatus.DISMISSED),
                        "assign", "POST", Map.of("reviewer", f.reviewer.username, "due", due()),
                        (id, by) -> review.assign(id, null, new Assignment(f.reviewer.username, due(),
                                null), by)),
                new Step("save verdict", ClaimStatus.ASSIGNED, List.of("assignee"),
                        List.of(ClaimStatus.SUBMITTED, ClaimStatus.PUBLISHED), "verdict", "PUT",
                        verdictBody("false", "Wrong.", List.of(source("https://example.org/s", "S"))),
                        (id, by) -> review.saveDraft(id, org.factdesk.claim.Claim.<org.factdesk.claim.Claim>findById(id).version,
                                new VerdictInput("false", "Wrong.", "",
                                "", List.of(new VerdictInput.Source("https://example.org/s", "S", "", ""))), by)),
                new Step("submit", ClaimStatus.IN_REVIEW, List.of("assignee"),
                        List.of(ClaimStatus.SUBMITTED, ClaimStatus.PUBLISHED), "submit", "POST", Map.of(),
                        (id, by) -> review.submit(id, null, null, by)),
                new Step("approve", ClaimStatus.SUBMITTED, List.of("editor"),
                        List.of(ClaimStatus.NEW, ClaimStatus.ASSIGNED, ClaimStatus.IN_REVIEW, ClaimStatus.PUBLISHED,
                                ClaimStatus.DISMISSED), "approve", "POST", Map.of(),
                        (id, by) -> review.approve(id, null, by)),
                new Step("return", ClaimStatus.SUBMITTED, List.of("editor"),
                        List.of(ClaimStatus.IN_REVIEW, ClaimStatus.PUBLISHED), "return", "POST",
                        Map.of("note", "Cite the survey table."),
                        (id, by) -> review.returnToReviewer(id, null, "Cite the survey table.", by)),
                new Step("dismiss", ClaimStatus.NEW, List.of("editor"),
                        List.of(ClaimStatus.PUBLISHED, ClaimStatus.DISMISSED), "dismiss", "POST",
                        Map.of("reason", "Duplicate."), (id, by) -> review.dismiss(id, null, "Duplicate.", by)),
                new Step("reopen", ClaimStatus.DISMISSED, List.of("editor"),
                        List.of(ClaimStatus.NEW, ClaimStatus.PUBLISHED), "reopen", "POST", Map.of(),
                        (id, by) -> review.reopen(id, null, by)),
                new Step("open correction", ClaimStatus.PUBLISHED, List.of("editor"),
                        List.of(ClaimStatus.NEW, ClaimStatus.SUBMITTED, ClaimStatus.DISMISSED), "correction", "POST",
                        Map.of("reason", "The survey was revised."),
                        (id, by) -> review.openCorrection(id, null, "The survey was revised.", by)));
    }

    private Map<String, Account> actors() {
        Map<String, Account> actors = new java.util.LinkedHashMap<>();
        actors.put("editor", f.editor);
        actors.put("assignee", f.reviewer);
        actors.put("other reviewer", f.otherReviewer);
        actors.put("admin", f.admin);
        actors.put("auditor", f.auditor);
        return actors;
    }

    @TestFactory
    Stream<DynamicTest> everyStepForEveryRoleThroughTheApi() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Step step : steps()) {
            actors().forEach((who, account) -> tests.add(DynamicTest.dynamicTest(step.name() + " as " + who, () -> {
                int id = f.claimIn(step.from());
                var request = f.as(account).body(f.withVersion(step.body(), id));
                var response = step.method().equals("PUT") ? request.put("/api/v1/claims/" + id + "/" + step.path())
                        : request.post("/api/v1/claims/" + id + "/" + step.path());
                if (step.allowed().contains(who)) {
                    response.then().statusCode(200).body("id", equalTo(id));
                } else {
                    response.then().statusCode(403).contentType("application/problem+json");
                    assertEquals(step.from().name(), f.status(id), "a refused step changes nothing");
                }
            })));
            for (ClaimStatus wrong : step.refusedFrom()) {
                String who = step.allowed().get(0);
                tests.add(DynamicTest.dynamicTest(step.name() + " from " + wrong + " is refused", () -> {
                    int id = f.claimIn(wrong);
                    var request = f.as(actors().get(who)).body(f.withVersion(step.body(), id));
                    var response = step.method().equals("PUT")
                            ? request.put("/api/v1/claims/" + id + "/" + step.path())
                            : request.post("/api/v1/claims/" + id + "/" + step.path());
                    response.then().statusCode(409).contentType("application/problem+json")
                            .body("detail", containsString("cannot"));
                    assertEquals(wrong.name(), f.status(id));
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyStepForEveryRoleThroughTheService() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Step step : steps()) {
            actors().forEach((who, account) -> tests.add(DynamicTest.dynamicTest(step.name() + " as " + who, () -> {
                long id = f.claimIn(step.from());
                Runnable call = () -> QuarkusTransaction.requiringNew()
                        .run(() -> step.service().accept(id, Account.findById(account.id)));
                if (step.allowed().contains(who)) {
                    call.run();
                    assertNotEquals(step.from().name(), f.status((int) id), "the step moved the claim on");
                } else {
                    assertThrows(ForbiddenException.class, call::run);
                    assertEquals(step.from().name(), f.status((int) id));
                }
            })));
            for (ClaimStatus wrong : step.refusedFrom()) {
                Account actor = actors().get(step.allowed().get(0));
                tests.add(DynamicTest.dynamicTest(step.name() + " from " + wrong + " is refused", () -> {
                    long id = f.claimIn(wrong);
                    assertThrows(ReviewService.TransitionException.class, () -> QuarkusTransaction.requiringNew()
                            .run(() -> step.service().accept(id, Account.findById(actor.id))));
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void reviewerWhoIsAlsoEditorCannotApproveOwnVerdict() {
        int id = f.claimIn(ClaimStatus.SUBMITTED, f.editorReviewer);
        f.as(f.editorReviewer).body("{}").post("/api/v1/claims/" + id + "/approve").then().statusCode(409)
                .body("detail", containsString("another editor"));
        assertEquals("SUBMITTED", f.status(id));
        f.as(f.editor).body("{}").post("/api/v1/claims/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("published.author", equalTo(f.editorReviewer.username))
                .body("published.approver", equalTo(f.editor.username));
    }

    @Test
    void nobodyWhoTouchedTheVerdictMayApproveIt() {
        // The loophole: draft it yourself, have it reassigned, let someone else submit it unchanged, approve it.
        int id = f.claimIn(ClaimStatus.IN_REVIEW, f.editorReviewer);
        f.as(f.editor).body(Map.of("reviewer", f.reviewer.username, "due", due(), "version",
                f.version(id))).post("/api/v1/claims/" + id + "/assign").then().statusCode(200);
        f.as(f.reviewer).body("{}").post("/api/v1/claims/" + id + "/submit").then().statusCode(200);
        f.as(f.editorReviewer).body("{}").post("/api/v1/claims/" + id + "/approve").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("another editor"));
        f.as(f.editor).body("{}").post("/api/v1/claims/" + id + "/approve").then().statusCode(409)
                .body("detail", containsString("reassigned"));
        assertEquals("SUBMITTED", f.status(id));
        String page = given().filter(f.session(f.editorReviewer)).get("/claims/" + id).then().statusCode(200)
                .extract().asString();
        assertFalse(page.contains("Approve and publish"), "no Approve button for someone who drafted it");
        assertTrue(page.contains("another editor must approve it"));
        f.as(f.secondEditor).body("{}").post("/api/v1/claims/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("published.approver", equalTo(f.secondEditor.username));
    }

    @Test
    void returnedVerdictCarriesTheNoteBackToTheReviewerAndResubmits() {
        int id = f.claimIn(ClaimStatus.SUBMITTED);
        f.as(f.editor).body(Map.of("note", "   ")).post("/api/v1/claims/" + id + "/return").then().statusCode(400)
                .body("errors", hasKey("note"));
        f.as(f.editor).body(Map.of("note", "Link the May table, not April's.")).post("/api/v1/claims/" + id
                + "/return").then().statusCode(200).body("status", equalTo("IN_REVIEW"))
                .body("returnNote", equalTo("Link the May table, not April's.")).body("verdict.state", equalTo("DRAFT"));
        f.as(f.reviewer).body("{}").post("/api/v1/claims/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("returnNote", nullValue());
    }

    @Test
    void submitNeedsRatingSummaryAndAValidSource() {
        int id = f.claimIn(ClaimStatus.ASSIGNED);
        f.as(f.reviewer).body(f.withVersion(verdictBody(null, "", List.of()), id)).put("/api/v1/claims/" + id + "/verdict").then()
                .statusCode(200).body("status", equalTo("IN_REVIEW"));
        f.as(f.reviewer).body("{}").post("/api/v1/claims/" + id + "/submit").then().statusCode(400)
                .body("errors", hasKey("rating")).body("errors", hasKey("summary")).body("errors", hasKey("sources"));
        f.as(f.reviewer).body(f.withVersion(verdictBody("no-such-rating", "x",
                List.of(source("javascript:alert(1)", "x"))), id))
                .put("/api/v1/claims/" + id + "/verdict").then().statusCode(400)
                .body("errors", hasKey("rating")).body("errors", hasKey("source-0-url"));
        assertEquals("IN_REVIEW", f.status(id), "the refused submission changed nothing");
    }

    @Test
    void staleVersionIsRefusedWithTheCurrentClaim() {
        int id = f.claimIn(ClaimStatus.NEW);
        int seen = f.version(id);
        f.as(f.editor).body(Map.of("version", seen, "reviewer", f.reviewer.username, "due", due()))
                .post("/api/v1/claims/" + id + "/assign").then().statusCode(200);
        f.as(f.secondEditor).body(Map.of("version", seen, "reason", "Not checkable."))
                .post("/api/v1/claims/" + id + "/dismiss").then().statusCode(409)
                .body("current.status", equalTo("ASSIGNED")).body("current.assignee", equalTo(f.reviewer.username));
        assertEquals("ASSIGNED", f.status(id));
    }

    @Test
    void twoEditorsApprovingAtOnceExactlyOneSucceeds() throws Exception {
        for (int round = 0; round < 3; round++) {
            int id = f.claimIn(ClaimStatus.SUBMITTED);
            int version = f.version(id);
            f.session(f.editor);
            f.session(f.secondEditor);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (Account editor : List.of(f.editor, f.secondEditor)) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return f.as(editor).body(Map.of("version", version)).post("/api/v1/claims/" + id + "/approve")
                                .statusCode();
                    }));
                }
                start.countDown();
                List<Integer> codes = new ArrayList<>();
                for (Future<Integer> r : results) {
                    codes.add(r.get());
                }
                codes.sort(null);
                assertEquals(List.of(200, 409), codes, "one approval wins, the other is told it is stale");
            } finally {
                pool.shutdownNow();
            }
            assertEquals("PUBLISHED", f.status(id));
        }
    }

    @Test
    void staleVersionThroughTheServiceChangesNothing() {
        long id = f.claimIn(ClaimStatus.NEW);
        long stale = f.version((int) id) - 1;
        assertThrows(StaleVersionException.class, () -> QuarkusTransaction.requiringNew().run(() -> review.dismiss(id,
                stale, "Duplicate.", Account.findById(f.editor.id))));
        assertEquals("NEW", f.status((int) id));
    }

    @Test
    void correctionKeepsThePublishedVerdictUntilTheRevisionIsApproved() {
        int id = f.claimIn(ClaimStatus.PUBLISHED);
        f.as(f.editor).body(Map.of("reason", "")).post("/api/v1/claims/" + id + "/correction").then().statusCode(400)
                .body("errors", hasKey("reason"));
        f.as(f.editor).body(Map.of("reason", "The office revised May to 3.9%.")).post("/api/v1/claims/" + id
                + "/correction").then().statusCode(200)
                .body("status", equalTo("IN_REVIEW"))
                .body("verdict.revision", equalTo(2)).body("verdict.correctionNote", containsString("revised"))
                .body("published.revision", equalTo(1)).body("published.state", equalTo("PUBLISHED"));
        Map<String, Object> revised = verdictBody("mostly-false", "The rate was 3.9%, not 3.1%.",
                List.of(source("https://stats.example.org/labour-revised", "Revised survey")));
        revised.put("correctionNote", "Updated for the revised May figure.");
        f.as(f.reviewer).body(f.withVersion(revised, id)).put("/api/v1/claims/" + id + "/verdict").then().statusCode(200);
        f.as(f.reviewer).body("{}").post("/api/v1/claims/" + id + "/submit").then().statusCode(200);
        f.as(f.editor).body("{}").post("/api/v1/claims/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("published.revision", equalTo(2)).body("published.rating", equalTo("mostly-false"))
                .body("published.correctionNote", equalTo("Updated for the revised May figure."));
        String page = f.as(f.auditor).get("/claims/" + id).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("Revision 1") && page.contains("Revision 2"),
                "both verdicts stay readable");
    }

    @Test
    void dismissNeedsAReasonAndReopenStartsAgainUnassigned() {
        int id = f.claimIn(ClaimStatus.ASSIGNED);
        f.as(f.editor).body(Map.of()).post("/api/v1/claims/" + id + "/dismiss").then().statusCode(400)
                .body("errors", hasKey("reason"));
        f.as(f.editor).body(Map.of("reason", "Satire.")).post("/api/v1/claims/" + id + "/dismiss").then()
                .statusCode(200).body("status", equalTo("DISMISSED")).body("dismissReason", equalTo("Satire."));
        f.as(f.editor).body("{}").post("/api/v1/claims/" + id + "/reopen").then().statusCode(200)
                .body("status", equalTo("NEW")).body("assignee", nullValue()).body("due", nullValue());
    }

    @Test
    void editingAnAssignedClaimThroughTheApiAnswersWithTheClaim() {
        int id = f.claimIn(ClaimStatus.IN_REVIEW);
        f.as(f.editor).body(Map.of("version", f.version(id), "claimant", "The minister"))
                .patch("/api/v1/claims/" + id).then().statusCode(200)
                .body("claimant", equalTo("The minister")).body("assignee", equalTo(f.reviewer.username))
                .body("verdict.sources[0].url", equalTo("https://stats.example.org/labour"));
    }

    @Test
    void savingAnUnchangedDraftWritesNoSourceChanges() throws Exception {
        int id = f.claimIn(ClaimStatus.IN_REVIEW);
        Map<String, Object> same = verdictBody("false", "The rate was 4.2%, not 3.1%.",
                List.of(source("https://stats.example.org/labour", "Labour survey")));
        long before = sourceAuditRows(id);
        f.as(f.reviewer).body(f.withVersion(same, id)).put("/api/v1/claims/" + id + "/verdict").then().statusCode(200);
        assertEquals(before, sourceAuditRows(id), "the same sources saved again are not rewritten");
    }

    private static long sourceAuditRows(int claimId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Account.getEntityManager()
                .createNativeQuery("select count(*) from source_aud s join verdict v on v.id = s.verdict_id "
                        + "where v.claim_id = ?1").setParameter(1, claimId).getSingleResult()).longValue());
    }

    @Test
    void assignRefusesUnknownOrInactiveReviewersAndPastDates() {
        int id = f.claimIn(ClaimStatus.NEW);
        f.as(f.editor).body(Map.of("reviewer", f.editor.username, "due", "2001-01-01"))
                .post("/api/v1/claims/" + id + "/assign").then().statusCode(400)
                .body("errors.reviewer", containsString("active reviewer"))
                .body("errors.due", containsString("today or a later date"));
        f.as(f.editor).body(Map.of("reviewer", f.reviewer.username, "due", "next week"))
                .post("/api/v1/claims/" + id + "/assign").then().statusCode(400)
                .body("errors.due", containsString("YYYY-MM-DD"));
        assertEquals("NEW", f.status(id));
    }
}
