package org.factdesk.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.spi.CDI;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimQueries;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.review.ReviewFixtures;
import org.factdesk.web.ExportSlots;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The verdict report in every format, and the public fact-check pages, checked by parsing what comes out. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportExportTest {

    static final String GREEK = "Ολυμπία Παπαδοπούλου";
    static final String FORMULA = "=HYPERLINK(\"http://evil\")";

    ReviewFixtures f;
    int article;
    int published;
    int formula;
    int draft;
    final ObjectMapper mapper = new ObjectMapper();

    /** Once per class, but in @BeforeEach: RestAssured learns the test port only when the first test starts. */
    @BeforeEach
    void desk() {
        if (f != null) {
            return;
        }
        f = new ReviewFixtures();
        String marker = Long.toString(System.nanoTime(), 36);
        String text = "Bread prices doubled in 2025, the baker said. Taxes fell by 9% last year, the mayor said. "
                + "Rents rose 14% in March, the agency said. " + marker;
        article = f.as(f.editor).body(Map.of("title", "Report " + marker, "text", text,
                "url", "https://example.org/report/" + marker)).post("/api/v1/articles").then().statusCode(201)
                .extract().path("id");
        published = claim(0, 45, GREEK);
        formula = claim(46, 89, null);
        draft = claim(90, 131, null);
        f.as(f.editor).body(Map.of("version", f.version(formula), "statement", FORMULA))
                .patch("/api/v1/claims/" + formula).then().statusCode(200);
        f.publish(published, "false", "Prices rose 40%, not 100%.");
        f.publish(formula, "misleading", "-5% is not the whole story");
        f.as(f.editor).body(Map.of("reviewer", f.reviewer.username, "due", ReviewFixtures.due()))
                .post("/api/v1/claims/" + draft + "/assign").then().statusCode(200);
    }

    private int claim(int start, int end, String claimant) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("start", start, "end", end));
        if (claimant != null) {
            body.put("claimant", claimant);
        }
        return f.as(f.editor).body(body).post("/api/v1/articles/" + article + "/claims").then().statusCode(201)
                .extract().path("id");
    }

    private String export(String format) {
        return f.as(f.auditor).get("/api/v1/reports/verdicts?format=" + format + "&article=" + article)
                .then().statusCode(200).extract().asString();
    }

    @Test
    void csvParsesBackToTheDataWithFormulasNeutralised() throws Exception {
        String csv = export("csv");
        assertTrue(csv.startsWith("Article title,Article URL,Quote,Statement,Claimant,Claim date,Status,Rating,"
                + "Summary,Sources,Reviewer,Approver,Published on,Correction note,Claim URL\r\n"),
                "a client that asks for no language gets the English header row");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(3, records.size(), "one row per claim of the article");
        CSVRecord first = records.get(0);
        assertEquals(GREEK, first.get("Claimant"));
        assertEquals("False", first.get("Rating"));
        assertEquals("Prices rose 40%, not 100%.", first.get("Summary"));
        assertEquals("PUBLISHED", first.get("Status"));
        assertEquals(f.reviewer.displayName, first.get("Reviewer"));
        assertEquals(f.secondEditor.displayName, first.get("Approver"));
        assertTrue(first.get("Sources").contains("https://stats.example.org/" + published));
        assertTrue(first.get("Claim URL").endsWith("/claims/" + published));
        CSVRecord neutralised = records.get(1);
        assertEquals("'" + FORMULA, neutralised.get("Statement"), "a formula never reaches a spreadsheet as one");
        assertEquals("'-5% is not the whole story", neutralised.get("Summary"));
        assertEquals("", records.get(2).get("Published on"), "the unpublished claim has no publication date");
    }

    @Test
    void thePageCountsWhatTheExportHoldsForEachFilter() throws Exception {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String tomorrow = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
        Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        expected.put("", 3);
        expected.put("&status=published", 2);
        expected.put("&status=assigned", 1);
        expected.put("&rating=false", 1);
        expected.put("&rating=misleading&status=published", 1);
        expected.put("&from=" + today + "&to=" + today, 2);
        expected.put("&from=" + tomorrow, 0);
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            String query = "article=" + article + e.getKey();
            JsonNode rows = mapper.readTree(f.as(f.auditor).get("/api/v1/reports/verdicts?format=json&" + query)
                    .then().statusCode(200).extract().asString());
            assertEquals((int) e.getValue(), rows.size(), query);
            int n = e.getValue();
            f.as(f.auditor).accept("text/html").get("/reports?" + query).then().statusCode(200)
                    .body(containsString(n + " claim" + (n == 1 ? "" : "s") + " in this report."));
        }
        String preview = f.as(f.auditor).accept("text/html").get("/reports?article=" + article + "&status=published")
                .then().statusCode(200).extract().asString();
        assertTrue(preview.contains("Bread prices doubled in 2025") && preview.contains("HYPERLINK"),
                "the preview shows the published claims");
        assertFalse(preview.contains("Rents rose 14% in March"), "and not the one in review");
        assertTrue(preview.indexOf("Bread prices doubled") < preview.indexOf("HYPERLINK"), "in claim order");
    }

    @Test
    void thePublicListShowsPublishedClaimsNewestFirstAndCountsThemAsTheDatabaseDoes() {
        String page = given().accept("text/html").get("/factchecks").then().statusCode(200).extract().asString();
        int newer = page.indexOf("href=\"/factchecks/" + formula + "\"");
        int older = page.indexOf("href=\"/factchecks/" + published + "\"");
        assertTrue(newer >= 0 && older > newer, "the latest publication comes first");
        assertFalse(page.contains("href=\"/factchecks/" + draft + "\""), "a claim in review is not public");
        long inDatabase = QuarkusTransaction.requiringNew().call(() -> Claim.count(
                "publishedVerdict is not null and status <> ?1", ClaimStatus.DISMISSED));
        assertEquals(inDatabase, (long) QuarkusTransaction.requiringNew().call(
                () -> CDI.current().select(ClaimQueries.class).get().countPublished()));

        // Pages of one, the later half read from the oldest end, give the one long page's order.
        VerdictReports reports = CDI.current().select(VerdictReports.class).get();
        List<Long> whole = QuarkusTransaction.requiringNew().call(() -> reports.publishedPage(0, (int) inDatabase))
                .rows().stream().map(VerdictRow::claimId).toList();
        assertEquals(inDatabase, whole.size());
        List<Long> paged = new ArrayList<>();
        for (int p = 0; p < inDatabase; p++) {
            int number = p;
            VerdictReports.PublishedPage one = QuarkusTransaction.requiringNew()
                    .call(() -> reports.publishedPage(number, 1));
            assertEquals(inDatabase, one.total());
            paged.addAll(one.rows().stream().map(VerdictRow::claimId).toList());
        }
        assertEquals(whole, paged);
    }

    @Test
    void jsonHasTheSameDataWithStableNames() throws Exception {
        JsonNode rows = mapper.readTree(export("json"));
        assertEquals(3, rows.size());
        JsonNode first = rows.get(0);
        assertEquals(published, first.get("claimId").asInt());
        assertEquals(GREEK, first.get("claimant").asText());
        assertEquals("false", first.get("rating").asText());
        assertEquals("ASSIGNED", rows.get(2).get("status").asText());
    }

    @Test
    void claimReviewHasEveryRequiredFieldAndMatchesThePublicPage() throws Exception {
        JsonNode reviews = mapper.readTree(export("claimreview"));
        assertEquals(2, reviews.size(), "published claims only");
        JsonNode review = reviews.get(0);
        assertEquals("ClaimReview", review.get("@type").asText());
        assertEquals("en", review.get("inLanguage").asText(), "the desk's language, English by default");
        assertTrue(review.get("url").asText().endsWith("/factchecks/" + published));
        assertTrue(review.get("claimReviewed").asText().startsWith("Bread prices doubled"));
        assertTrue(review.get("datePublished").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
        assertEquals("Organization", review.at("/author/@type").asText());
        assertFalse(review.at("/author/name").asText().isBlank());
        assertEquals("False", review.at("/reviewRating/alternateName").asText());
        assertEquals(1, review.at("/reviewRating/ratingValue").asInt());
        assertEquals(5, review.at("/reviewRating/bestRating").asInt());
        assertEquals(1, review.at("/reviewRating/worstRating").asInt());
        assertEquals("Claim", review.at("/itemReviewed/@type").asText());
        assertEquals(GREEK, review.at("/itemReviewed/author/name").asText());
        assertTrue(review.at("/itemReviewed/appearance/url").asText().startsWith("https://example.org/report/"));
        JsonNode misleading = reviews.get(1);
        assertEquals("Misleading", misleading.at("/reviewRating/alternateName").asText());
        assertTrue(misleading.at("/reviewRating/ratingValue").isMissingNode(), "non-scalar ratings have no value");

        String page = given().get("/factchecks/" + formula).then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page);
        assertTrue(m.find(), "the page embeds its ClaimReview");
        assertFalse(m.group(1).contains("<"), "no < inside the script element");
        assertEquals(misleading, mapper.readTree(m.group(1)), "the page and the export say the same");
    }

    @Test
    void pdfHoldsStatementsRatingsAndNonLatinNames() throws Exception {
        byte[] pdf = f.as(f.auditor).get("/api/v1/reports/verdicts?format=pdf&article=" + article).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Bread prices doubled"), text);
            assertTrue(text.contains("False") && text.contains("Misleading"));
            assertTrue(text.contains(GREEK), "the Greek name prints with the embedded font");
        }
        String print = f.as(f.editor).get("/reports/print?article=" + article).then().statusCode(200).extract()
                .asString();
        assertTrue(print.contains("Prices rose 40%, not 100%.") && print.contains("/css/report.css"));
    }

    @Test
    void publicPagesShowOnlyPublishedClaims() {
        given().get("/factchecks/" + published).then().statusCode(200)
                .body(containsString("Prices rose 40%, not 100%.")).body(containsString("Survey " + published));
        given().get("/factchecks/" + draft).then().statusCode(404);
        given().get("/factchecks/999999999").then().statusCode(404);
        given().get("/factchecks").then().statusCode(200).body(containsString("/factchecks/" + published));
        given().redirects().follow(false).get("/reports").then().statusCode(302);
        given().get("/api/v1/reports/verdicts?format=csv").then().statusCode(401);
        f.as(f.reviewer).get("/api/v1/reports/verdicts?format=csv").then().statusCode(403);
    }

    @Test
    void reportsPageFiltersAndLinksEveryFormat() {
        String page = given().filter(f.session(f.editor)).get("/reports?article=" + article + "&status=published")
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("2 claims in this report."), page);
        for (String label : List.of("Download CSV", "Download JSON", "Download ClaimReview", "Download PDF")) {
            assertTrue(page.contains(label), label);
        }
        assertTrue(page.contains("format=csv&amp;article=" + article + "&amp;status=published&amp;lang=en\""),
                "the download keeps the filter and is written in the page's language");
        assertTrue(page.contains("href=\"/reports/print?article=" + article + "&amp;status=published\""),
                "the printable report keeps the filter");
        String unfiltered = given().filter(f.session(f.editor)).get("/reports").then().statusCode(200).extract()
                .asString();
        assertTrue(unfiltered.contains("href=\"/api/v1/reports/verdicts?format=csv&amp;lang=en\""),
                "no filter, no stray &");
        assertTrue(unfiltered.contains("href=\"/reports/print\""), "no filter, no stray ?");
        given().filter(f.session(f.editor)).get("/reports?from=yesterday").then().statusCode(422)
                .body(containsString("Enter the date as YYYY-MM-DD"));
        f.as(f.editor).get("/api/v1/reports/verdicts?format=xls").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void exportsBeyondTheLimitAreAskedToWaitAndEveryExportGivesItsSlotBack() {
        ExportSlots slots = CDI.current().select(ExportSlots.class).get();
        int free = slots.available();
        f.as(f.editor).get("/api/v1/reports/verdicts?format=csv&article=" + article).then().statusCode(200);
        f.as(f.editor).get("/api/v1/audit?format=json&from=2000-01-01&to=2000-01-02").then().statusCode(200);
        awaitFree(slots, free, "finished exports gave their slots back");
        List<ExportSlots.Slot> taken = new ArrayList<>();
        try {
            for (int i = 0; i < free; i++) {
                taken.add(slots.take().orElseThrow());
            }
            f.as(f.editor).get("/api/v1/reports/verdicts?format=csv").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "30")
                    .body("detail", containsString("Too many exports"));
            f.as(f.editor).get("/api/v1/audit?format=csv").then().statusCode(503);
        } finally {
            taken.forEach(ExportSlots.Slot::release);
        }
        f.as(f.editor).get("/api/v1/reports/verdicts?format=json&article=" + article).then().statusCode(200);
        awaitFree(slots, free, "the slot is given back after the wait");
    }

    /**
     * A slot is given back when the server finishes the response, which can be a moment after the client has read
     * the last byte; waits up to 5 s.
     */
    private static void awaitFree(ExportSlots slots, int expected, String message) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (slots.available() != expected && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L);
        }
        assertEquals(expected, slots.available(), message);
    }
}
