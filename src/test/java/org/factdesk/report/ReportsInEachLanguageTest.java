package org.factdesk.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.TestDesk;
import org.factdesk.review.ReviewFixtures;
import org.factdesk.settings.DeskDefaults;
import org.factdesk.settings.Organisation;
import org.factdesk.web.Formats;
import org.factdesk.web.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The verdict report in each of the four languages: the PDF's and the printable page's texts and dates and the CSV's
 * header row in the reader's language, the ratings in the desk's language in every format, ClaimReview's
 * {@code inLanguage}, and the JSON's field names the same whoever reads.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsInEachLanguageTest {

    /** What each language's PDF must say, written out here rather than read from the bundles under test. */
    private record Expected(Language language, String acceptLanguage, String heading, String reviewer,
            String noRating, String pageCounter, String firstColumn, String ratingColumn) {
    }

    private static final List<Expected> LANGUAGES = List.of(
            new Expected(Language.ENGLISH, "en-GB", "verdict report", "Reviewer", "No rating yet", "Page 1 of 1",
                    "Article title", "Rating"),
            new Expected(Language.SPANISH, "es-MX,es;q=0.9", "informe de veredictos", "Verificador",
                    "Aún sin calificación", "Página 1 de 1", "Título del artículo", "Calificación"),
            new Expected(Language.FRENCH, "fr-CA", "rapport des verdicts", "Vérificateur", "Pas encore de note",
                    "Page 1 sur 1", "Titre de l’article", "Note"),
            new Expected(Language.PORTUGUESE_BRAZIL, "pt-BR", "relatório de vereditos", "Checador",
                    "Ainda sem classificação", "Página 1 de 1", "Título do artigo", "Classificação"));

    static final String GREEK = "Ολυμπία Παπαδοπούλου";

    @Inject
    DeskDefaults desk;

    ReviewFixtures f;
    int article;
    int published;
    int assigned;
    final ObjectMapper mapper = new ObjectMapper();

    @BeforeEach
    void desk() {
        if (f != null) {
            return;
        }
        f = new ReviewFixtures();
        String marker = Long.toString(System.nanoTime(), 36);
        String text = "Bread prices doubled in 2025, the baker said. Taxes fell by 9% last year, the mayor said. "
                + marker;
        article = f.as(f.editor).body(Map.of("title", "Languages " + marker, "text", text,
                "url", "https://example.org/languages/" + marker)).post("/api/v1/articles").then().statusCode(201)
                .extract().path("id");
        published = f.as(f.editor).body(Map.of("start", 0, "end", 45, "claimant", GREEK))
                .post("/api/v1/articles/" + article + "/claims").then().statusCode(201).extract().path("id");
        assigned = f.as(f.editor).body(Map.of("start", 46, "end", 89))
                .post("/api/v1/articles/" + article + "/claims").then().statusCode(201).extract().path("id");
        f.publish(published, "false", "Prices rose 40%, not 100%.");
        f.as(f.editor).body(Map.of("reviewer", f.reviewer.username, "due", ReviewFixtures.due()))
                .post("/api/v1/claims/" + assigned + "/assign").then().statusCode(200);
    }

    private String export(String format, String acceptLanguage, String lang) {
        return f.as(f.auditor).header("Accept-Language", acceptLanguage)
                .get("/api/v1/reports/verdicts?format=" + format + "&article=" + article
                        + (lang == null ? "" : "&lang=" + lang))
                .then().statusCode(200).extract().asString();
    }

    private List<CSVRecord> csv(String text, List<String> header) throws Exception {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            assertEquals(15, parser.getHeaderNames().size(), "every column: " + parser.getHeaderNames());
            for (String h : header) {
                assertTrue(parser.getHeaderNames().contains(h), h + " in " + parser.getHeaderNames());
            }
            return parser.getRecords();
        }
    }

    private Instant publishedAt() throws Exception {
        JsonNode rows = mapper.readTree(export("json", "en", null));
        return Instant.parse(rows.get(0).get("publishedAt").asText());
    }

    private String pdfText(String acceptLanguage) throws Exception {
        byte[] pdf = f.as(f.auditor).header("Accept-Language", acceptLanguage)
                .get("/api/v1/reports/verdicts?format=pdf&article=" + article).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void thePdfIsWrittenInItsReadersLanguageWithDatesInTheirFormat() throws Exception {
        Instant when = publishedAt();
        for (Expected e : LANGUAGES) {
            String text = pdfText(e.acceptLanguage());
            String name = e.language().tag();
            assertTrue(text.contains(e.heading()), name + ": " + text);
            assertTrue(text.contains(e.reviewer()), name + ": " + text);
            assertTrue(text.contains(e.noRating()), name + ": the unrated claim: " + text);
            assertTrue(text.contains(e.pageCounter()), name + ": the page counter: " + text);
            assertTrue(text.contains(Formats.moment(when, e.language().locale(), ZoneId.of("UTC"))),
                    name + ": the publication time as its readers write it: " + text);
            assertTrue(text.contains(GREEK), name + ": the Greek name prints with the embedded font");
            assertTrue(text.contains(" False "), name + ": the rating in the desk's language (English): " + text);
        }
        String spanish = pdfText("es");
        assertTrue(spanish.contains("Asignada"), "the status in Spanish: " + spanish);
        assertFalse(spanish.contains("Reviewer") || spanish.contains("Generated") || spanish.contains("No rating"),
                "no English left: " + spanish);
        assertTrue(pdfText("fr").contains("Généré le"));

        String print = f.as(f.editor).header("Accept-Language", "pt-BR").get("/reports/print?article=" + article)
                .then().statusCode(200).extract().asString();
        assertTrue(print.contains("<html lang=\"pt-BR\">"), print);
        assertTrue(print.contains("relatório de vereditos") && print.contains("Ainda sem classificação"), print);
        assertTrue(print.contains(Formats.moment(when, Language.PORTUGUESE_BRAZIL.locale(), ZoneId.of("UTC"))));
        // The filter line names its rating by the label its reader reads, not by the key.
        String filtered = f.as(f.editor).header("Accept-Language", "es")
                .get("/reports/print?article=" + article + "&rating=false").then().statusCode(200).extract()
                .asString();
        assertTrue(filtered.contains("calificación Falso."), filtered);
        assertFalse(filtered.contains("calificación false"), filtered);
    }

    @Test
    void theCsvHeaderRowIsInTheReadersLanguageAndTheJsonNamesNeverChange() throws Exception {
        for (Expected e : LANGUAGES) {
            String text = export("csv", e.acceptLanguage(), null);
            assertTrue(text.startsWith(e.firstColumn() + ","), e.language() + ": " + text);
            List<CSVRecord> records = csv(text, List.of(e.firstColumn(), e.ratingColumn()));
            assertEquals(2, records.size());
            assertEquals("False", records.get(0).get(e.ratingColumn()), "the desk's language names the rating");
            assertEquals(GREEK, records.get(0).get(4), "the columns keep their order");
            assertEquals("", records.get(1).get(e.ratingColumn()), "the unrated claim");
            JsonNode json = mapper.readTree(export("json", e.acceptLanguage(), null));
            assertEquals(List.of("claimId", "articleTitle", "articleUrl", "quote", "statement", "claimant",
                    "claimDate", "status", "rating", "ratingLabel", "summary", "sources", "reviewer", "approver",
                    "publishedAt", "correctionNote", "claimUrl"), fieldNames(json.get(0)), e.language().tag());
        }
        // The reports page sends its own language; it wins over the browser's.
        String chosen = export("csv", "es", "pt-BR");
        assertTrue(chosen.startsWith("Título do artigo,URL do artigo,Citação,Alegação,"), chosen);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aDeskInFrenchNamesItsRatingsInFrenchInEveryReportAndInClaimReview() throws Exception {
        Organisation before = QuarkusTransaction.requiringNew().call(Organisation::current);
        String language = before.defaultLanguage;
        String zone = before.timeZone;
        TestDesk.set(desk, "fr", "America/Sao_Paulo");
        try {
            Instant when = publishedAt();
            List<CSVRecord> spanishReader = csv(export("csv", "es", null), List.of("Calificación",
                    "Publicada el"));
            assertEquals("Faux", spanishReader.get(0).get("Calificación"), "the desk's label, not the reader's");
            assertEquals(when.atZone(ZoneId.of("America/Sao_Paulo")).toLocalDate().toString(),
                    spanishReader.get(0).get("Publicada el"), "the day of publication in the desk's zone");

            JsonNode json = mapper.readTree(export("json", "en", null)).get(0);
            assertEquals("false", json.get("rating").asText(), "the key never changes");
            assertEquals("Faux", json.get("ratingLabel").asText());

            JsonNode review = mapper.readTree(export("claimreview", "pt-BR", null)).get(0);
            assertEquals("fr", review.get("inLanguage").asText());
            assertEquals("Faux", review.at("/reviewRating/alternateName").asText());

            String text = pdfText("en");
            assertTrue(text.contains("verdict report") && text.contains(" Faux "), text);

            // The public page in Spanish shows the Spanish label; its ClaimReview stays the desk's, in French.
            String page = given().get("/factchecks/" + published + "?lang=es").then().statusCode(200).extract()
                    .asString();
            assertTrue(page.contains("<html lang=\"es\">"));
            Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                    .matcher(page);
            assertTrue(m.find(), "the page embeds its ClaimReview");
            assertEquals(review, mapper.readTree(m.group(1)), "the page and the export say the same");
            String visible = page.substring(0, m.start()) + page.substring(m.end());
            assertTrue(visible.contains("Falso"), "the reader's label on the page");
            assertFalse(visible.contains(">Faux<"), visible);
            String list = given().get("/factchecks?lang=pt-BR").then().statusCode(200).extract().asString();
            assertTrue(list.contains("<strong>Falso</strong>"), "the list names ratings in its reader's language");
        } finally {
            TestDesk.set(desk, language, zone);
        }
        JsonNode review = mapper.readTree(export("claimreview", "fr", null)).get(0);
        assertEquals("en", review.get("inLanguage").asText(), "back to the English desk");
        assertEquals("False", review.at("/reviewRating/alternateName").asText());
    }
}
