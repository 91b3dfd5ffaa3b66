package org.factdesk.report;

import static org.factdesk.BrowserSupport.axe;
import static org.factdesk.BrowserSupport.button;
import static org.factdesk.BrowserSupport.field;
import static org.factdesk.BrowserSupport.heading;
import static org.factdesk.BrowserSupport.waitForPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.factdesk.BrowserSupport;
import org.factdesk.BrowserTest;
import org.factdesk.review.ReviewFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 6's journey in Chromium: an editor filters the reports page by article and rating, sees the count and the
 * preview, and downloads the CSV, which Chromium saves to disk and which holds exactly the filtered claims with
 * commas, quotes and non-Latin letters intact.
 */
@QuarkusTest
class ReportBrowserTest extends BrowserTest {

    static final String NORDIC = "Zoë Ødegård";
    static final String CYRILLIC = "Ярослав Коваленко";
    static final String BREAD = "\"Хлеб подорожал вдвое, а молоко — нет\", said the baker in Kyiv.";

    private Path downloads;

    @Override
    protected WebDriver newBrowser() {
        try {
            downloads = Files.createTempDirectory("factdesk-downloads-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return BrowserSupport.chromium(downloads);
    }

    /** Runs before BrowserTest's own clean-up: quit first so that Chromium lets go of the folder, then delete it. */
    @AfterEach
    void deleteDownloads() throws IOException {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (downloads != null) {
            try (Stream<Path> paths = Files.walk(downloads)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void editorFiltersByArticleAndRatingAndDownloadsTheCsv() throws IOException {
        ReviewFixtures f = new ReviewFixtures();
        String run = Long.toString(System.nanoTime(), 36);
        String title = "Report browser " + run;
        String fares = "Bus fares rose 30% in 2025, the council said.";
        String taxes = "Taxes fell by 9% last year, the mayor said.";
        String text = fares + " " + BREAD + " " + taxes + " Marker " + run + ".";
        int article = article(f, title, text, run);
        Map<String, Object> faresClaim = claim(f, article, text, fares, NORDIC);
        Map<String, Object> breadClaim = claim(f, article, text, BREAD, CYRILLIC);
        Map<String, Object> taxesClaim = claim(f, article, text, taxes, null);
        assertEquals(BREAD, breadClaim.get("statement"), "the statement is the quoted sentence");
        int fareId = (Integer) faresClaim.get("id");
        int breadId = (Integer) breadClaim.get("id");
        int taxesId = (Integer) taxesClaim.get("id");
        f.publish(fareId, "false", "Fares rose 12%, not 30% (" + run + ").");
        f.publish(breadId, "false", "Bread rose by a quarter, milk by a tenth (" + run + ").");
        f.publish(taxesId, "misleading", "Taxes fell, but fees rose more (" + run + ").");
        // The same rating in another article, which the article filter must leave out.
        String otherText = fares + " Other " + run + ".";
        int other = article(f, "Report browser other " + run, otherText, run + "-other");
        int otherId = (Integer) claim(f, other, otherText, fares, NORDIC).get("id");
        f.publish(otherId, "false", "Another article's verdict (" + run + ").");

        signIn(f.editor);
        browser.get(base + "reports");
        waitForPath(browser, "/reports");
        heading(browser, "Verdict reports");
        new Select(field(browser, "Article")).selectByVisibleText(title);
        new Select(field(browser, "Rating")).selectByVisibleText("False");
        WebElement filter = button(browser, "Filter");
        filter.click();
        BrowserSupport.waitUntilGone(browser, filter);
        waitForPath(browser, "/reports");

        Map<String, String> query = query(browser.getCurrentUrl());
        assertEquals(String.valueOf(article), query.get("article"), browser.getCurrentUrl());
        assertEquals("false", query.get("rating"), browser.getCurrentUrl());
        assertEquals(title, new Select(field(browser, "Article")).getFirstSelectedOption().getText(),
                "the chosen article stays chosen");
        assertEquals("False", new Select(field(browser, "Rating")).getFirstSelectedOption().getText());
        assertEquals("2 claims in this report.", browser.findElement(By.xpath(
                "//main//p[contains(normalize-space(), 'in this report.')]")).getText());

        List<WebElement> rows = browser.findElements(By.cssSelector("main table tbody tr"));
        assertEquals(2, rows.size(), "one preview row per matching claim");
        Map<String, List<String>> preview = rows.stream().map(r -> r.findElements(By.tagName("td")).stream()
                .map(WebElement::getText).toList()).collect(Collectors.toMap(cells -> cells.get(0).lines()
                        .findFirst().orElseThrow(), Function.identity()));
        assertEquals(Set.of(fares, BREAD), preview.keySet());
        assertEquals(NORDIC, preview.get(fares).get(1));
        assertEquals(CYRILLIC, preview.get(BREAD).get(1));
        for (List<String> cells : preview.values()) {
            assertTrue(cells.get(0).endsWith(title), "the row names its article: " + cells);
            assertEquals("Published", cells.get(2));
            assertEquals("False", cells.get(3));
        }
        axe(browser);

        WebElement csvLink = browser.findElement(By.linkText("Download CSV"));
        Map<String, String> linkQuery = query(csvLink.getAttribute("href"));
        assertEquals("csv", linkQuery.get("format"));
        assertEquals(String.valueOf(article), linkQuery.get("article"), "the download keeps the article filter");
        assertEquals("false", linkQuery.get("rating"), "the download keeps the rating filter");
        csvLink.click();
        Path csv = awaitDownload("verdicts-", ".csv");

        List<CSVRecord> records;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader)) {
            assertEquals(ReportWriters.csvHeader(org.factdesk.web.Localization.messages(ReportMessages.class,
                    org.factdesk.web.Language.ENGLISH)), parser.getHeaderNames(), "the header row, in English");
            records = parser.getRecords();
        }
        assertEquals(2, records.size(), "exactly the filtered claims: " + records);
        Map<String, CSVRecord> byStatement = records.stream()
                .collect(Collectors.toMap(r -> r.get("Statement"), Function.identity()));
        assertEquals(Set.of(fares, BREAD), byStatement.keySet(), "the statements, with comma and quotes intact");
        assertEquals(NORDIC, byStatement.get(fares).get("Claimant"));
        assertEquals(CYRILLIC, byStatement.get(BREAD).get("Claimant"), "Cyrillic survives the download as UTF-8");
        assertEquals("Bread rose by a quarter, milk by a tenth (" + run + ").", byStatement.get(BREAD).get("Summary"));
        for (CSVRecord r : records) {
            assertEquals(title, r.get("Article title"));
            assertEquals("False", r.get("Rating"));
            assertEquals("PUBLISHED", r.get("Status"));
            assertFalse(r.get("Published on").isBlank(), "a published claim has its date");
        }
        assertTrue(byStatement.get(fares).get("Claim URL").endsWith("/claims/" + fareId));
        assertTrue(byStatement.get(BREAD).get("Claim URL").endsWith("/claims/" + breadId));
        Set<String> urls = records.stream().map(r -> r.get("Claim URL")).collect(Collectors.toSet());
        assertFalse(urls.stream().anyMatch(u -> u.endsWith("/claims/" + taxesId)), "the Misleading claim is left out");
        assertFalse(urls.stream().anyMatch(u -> u.endsWith("/claims/" + otherId)), "the other article is left out");
    }

    private static int article(ReviewFixtures f, String title, String text, String slug) {
        return f.as(f.editor).body(Map.of("title", title, "text", text, "url", "https://example.org/report-browser/"
                + slug)).post("/api/v1/articles").then().statusCode(201).extract().path("id");
    }

    /** A claim on the sentence's place in the article text, as the editor selects it. */
    private static Map<String, Object> claim(ReviewFixtures f, int article, String text, String sentence,
            String claimant) {
        int start = text.indexOf(sentence);
        Map<String, Object> body = new HashMap<>(Map.of("start", start, "end", start + sentence.length()));
        if (claimant != null) {
            body.put("claimant", claimant);
        }
        return f.as(f.editor).body(body).post("/api/v1/articles/" + article + "/claims").then().statusCode(201)
                .extract().jsonPath().getMap("$");
    }

    /** The query parameters of a URL, decoded; a parameter given twice keeps its last value. */
    private static Map<String, String> query(String url) {
        String raw = URI.create(url).getRawQuery();
        Map<String, String> params = new HashMap<>();
        if (raw != null) {
            Arrays.stream(raw.split("&")).filter(p -> !p.isEmpty()).forEach(p -> {
                int eq = p.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? p : p.substring(0, eq), StandardCharsets.UTF_8);
                params.put(key, eq < 0 ? "" : URLDecoder.decode(p.substring(eq + 1), StandardCharsets.UTF_8));
            });
        }
        return params;
    }

    /**
     * Waits until Chromium has finished saving one file named {@code prefix*suffix}: it is there and no partial
     * {@code .crdownload} is left. Returns it.
     */
    private Path awaitDownload(String prefix, String suffix) {
        return new FluentWait<>(downloads).withTimeout(BrowserSupport.WAIT).pollingEvery(Duration.ofMillis(100))
                .withMessage(() -> "no finished " + prefix + "*" + suffix + " in " + downloads + ": " + list())
                .until(dir -> {
                    List<Path> files = files(dir);
                    if (files.stream().anyMatch(p -> p.getFileName().toString().endsWith(".crdownload"))) {
                        return null;
                    }
                    List<Path> done = files.stream().filter(p -> {
                        String name = p.getFileName().toString();
                        return name.startsWith(prefix) && name.endsWith(suffix);
                    }).toList();
                    assertTrue(done.size() <= 1, "one download, not " + done);
                    return done.isEmpty() ? null : done.get(0);
                });
    }

    private String list() {
        return files(downloads).stream().map(p -> p.getFileName().toString()).toList().toString();
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
