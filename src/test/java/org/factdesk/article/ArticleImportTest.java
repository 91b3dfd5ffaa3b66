package org.factdesk.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class ArticleImportTest {

    static String sample(String name) {
        try (InputStream in = ArticleImportTest.class.getResourceAsStream("/demo/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String unique(String text) {
        return text + "\n\nTest run " + System.nanoTime() + ".";
    }

    private CookieFilter editor() {
        Account editor = TestAccounts.create("importer", "editor");
        return TestAccounts.signIn(editor.username, TestAccounts.PASSWORD);
    }

    private Response importForm(CookieFilter cookies, Map<String, String> fields) {
        var request = given().filter(cookies).redirects().follow(false)
                .multiPart("csrf-token", TestAccounts.csrfFrom(cookies, "/articles/new"));
        for (Map.Entry<String, String> e : fields.entrySet()) {
            request = request.multiPart(e.getKey(), e.getValue());
        }
        return request.post("/articles");
    }

    @Test
    void editorImportsPastedTextAndSeesItWithSuggestions() {
        CookieFilter cookies = editor();
        given().filter(cookies).get("/articles/new").then().statusCode(200)
                .body(containsString("Title"), containsString("Outlet"), containsString("Author"),
                        containsString("Source URL"), containsString("Published on"), containsString("Text"),
                        containsString("Upload file"), containsString("Import article"));
        String text = unique(sample("summit-talks.txt"));
        Response created = importForm(cookies, Map.of("title", "Summit talks", "outlet", "Meridian Wire",
                "url", "https://news.example.org/summit-" + System.nanoTime(), "publishedOn", "2025-03-04",
                "text", text));
        assertEquals(303, created.statusCode(), created.asString());
        String location = created.header("Location");
        given().filter(cookies).get(location).then().statusCode(200)
                .body(containsString("Summit talks"), containsString("Suggested claims"),
                        containsString("Make claim"), containsString("Create claim from selection"),
                        containsString("Velorian President Elena Marsh met Ardent Premier Tomas Hale"));
    }

    @Test
    void htmlUploadKeepsTheArticleAndDropsPageFurniture() {
        CookieFilter cookies = editor();
        byte[] html = unique(sample("vaccine-clinic.html")).getBytes(StandardCharsets.UTF_8);
        Response created = given().filter(cookies).redirects().follow(false)
                .multiPart("csrf-token", TestAccounts.csrfFrom(cookies, "/articles/new"))
                .multiPart("file", "vaccine-clinic.html", html, "text/html")
                .post("/articles");
        assertEquals(303, created.statusCode(), created.asString());
        long id = Long.parseLong(created.header("Location").replaceAll(".*/articles/(\\d+).*", "$1"));
        Article article = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(id));
        assertFalse(article.body.contains("<"), "no markup left");
        assertFalse(article.body.toLowerCase().contains("function("), "no script");
        assertTrue(article.body.contains("£"), "entities decoded");
        assertTrue(article.title.length() > 5, "title taken from the page");
    }

    @Test
    void markdownUploadKeepsTheTextWithoutMarkup() {
        CookieFilter cookies = editor();
        byte[] md = unique(sample("jobs-report.md")).getBytes(StandardCharsets.UTF_8);
        Response created = given().filter(cookies).redirects().follow(false)
                .multiPart("csrf-token", TestAccounts.csrfFrom(cookies, "/articles/new"))
                .multiPart("file", "jobs-report.md", md, "text/markdown")
                .post("/articles");
        assertEquals(303, created.statusCode(), created.asString());
        long id = Long.parseLong(created.header("Location").replaceAll(".*/articles/(\\d+).*", "$1"));
        Article article = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(id));
        assertFalse(article.body.contains("**"));
        assertFalse(article.body.contains("]("));
        assertFalse(article.body.startsWith("#"));
    }

    @Test
    void badInputComesBackWithValuesKeptAndMessagesByTheFields() {
        CookieFilter cookies = editor();
        String page = importForm(cookies, Map.of("title", "Kept title", "outlet", "Kept outlet", "url", "ftp://x",
                "publishedOn", "04/03/2025", "text", "   ")).then().statusCode(422).extract().asString();
        assertTrue(page.contains("value=\"Kept title\""));
        assertTrue(page.contains("value=\"Kept outlet\""));
        assertTrue(page.contains("value=\"ftp://x\""));
        assertTrue(page.contains("Paste the article&#39;s text or upload a file.")
                || page.contains("Paste the article's text or upload a file."), page);
        assertTrue(page.contains("Enter a web address starting with http:// or https://."));
        assertTrue(page.contains("Enter the date as YYYY-MM-DD"));
    }

    @Test
    void unsupportedAndInvalidFilesAreRefusedByTheFileField() {
        CookieFilter cookies = editor();
        given().filter(cookies).multiPart("csrf-token", TestAccounts.csrfFrom(cookies, "/articles/new"))
                .multiPart("title", "A PDF").multiPart("file", "report.pdf", "%PDF-1.4".getBytes(), "application/pdf")
                .post("/articles").then().statusCode(422).body(containsString("Upload a .txt, .md or .html file."))
                .body(containsString("value=\"A PDF\""));
        byte[] latin1 = "Caf\u00e9 prices rose 5%.".getBytes(StandardCharsets.ISO_8859_1);
        given().filter(cookies).multiPart("csrf-token", TestAccounts.csrfFrom(cookies, "/articles/new"))
                .multiPart("file", "latin1.txt", latin1, "text/plain")
                .post("/articles").then().statusCode(422).body(containsString("not valid UTF-8"));
    }

    @Test
    void textOverTheLimitIsRefused() {
        CookieFilter cookies = editor();
        String huge = "Prices rose 5% in March. ".repeat(45_000);
        importForm(cookies, Map.of("title", "Huge", "text", huge)).then().statusCode(422)
                .body(containsString("larger than 1 MB"));
        given().filter(cookies).multiPart("csrf-token", TestAccounts.csrfFrom(cookies, "/articles/new"))
                .multiPart("file", "huge.txt", huge.getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/articles").then().statusCode(413).body(containsString("larger than 1 MB"));
    }

    @Test
    void theSameSourceOrTextTwiceWarnsAndLinksToTheFirst() {
        CookieFilter cookies = editor();
        String url = "https://news.example.org/dup-" + System.nanoTime();
        String text = unique("Unemployment fell to 4.1% in May, the statistics office said.");
        Response first = importForm(cookies, Map.of("title", "Original", "url", url, "text", text));
        assertEquals(303, first.statusCode());
        String firstLocation = first.header("Location").replaceAll("https?://[^/]+", "");

        importForm(cookies, Map.of("title", "Copy", "url", url, "text", text + " More."))
                .then().statusCode(409).body(containsString("already in the desk"))
                .body(containsString("href=\"" + firstLocation + "\""))
                .body(containsString("Import anyway"));
        importForm(cookies, Map.of("title", "Same text", "text", text))
                .then().statusCode(409).body(containsString("exactly this text"));
        Response anyway = importForm(cookies, Map.of("title", "Same text", "text", text, "allowDuplicate", "yes"));
        assertEquals(303, anyway.statusCode());
    }

    @Test
    void textIsStoredAsNfcWithNewlineLineEnds() {
        String decomposed = "Cafe\u0301 owners said prices rose 5%.\r\nThe mayor disagreed.\r\n" + System.nanoTime();
        int id = given().auth().preemptive().basic(TestAccounts.create("nfc", "editor").username, TestAccounts.PASSWORD)
                .contentType(ContentType.JSON).body(Map.of("title", "NFC", "text", decomposed))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        Article article = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById((long) id));
        assertTrue(article.body.startsWith("Caf\u00e9 owners"));
        assertFalse(article.body.contains("\r"));
    }

    @Test
    void listShowsArticlesNewestFirstWithClaimCountsAndFilters() {
        CookieFilter cookies = editor();
        String outlet = "Outlet " + System.nanoTime();
        importForm(cookies, Map.of("title", "Older piece", "outlet", outlet, "text", unique("First text.")));
        importForm(cookies, Map.of("title", "Newer piece", "outlet", outlet, "text", unique("Second text.")));
        String page = given().filter(cookies).queryParam("outlet", outlet).get("/articles").then().statusCode(200)
                .extract().asString();
        assertTrue(page.indexOf("Newer piece") < page.indexOf("Older piece"), "newest first");
        given().filter(cookies).queryParam("q", "newer piece").queryParam("outlet", outlet).get("/articles")
                .then().statusCode(200).body(containsString("Newer piece")).body(not(containsString("Older piece")));
        given().filter(cookies).queryParam("q", "no-such-words-" + System.nanoTime()).get("/articles")
                .then().statusCode(200).body(containsString("No article matches this filter."));
    }

    @Test
    void apiImportsAndAnswersProblemsForBadInput() {
        Account editor = TestAccounts.create("apiimp", "editor");
        given().auth().preemptive().basic(editor.username, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("title", "Bad", "text", "", "url", "nope")).post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.text", containsString("Paste the article"))
                .body("errors.url", containsString("http"));
        given().auth().preemptive().basic(editor.username, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("title", "Good", "text", unique("GDP grew 2.5% last year."), "format", "text"))
                .post("/api/v1/articles")
                .then().statusCode(201).body("title", equalTo("Good")).body("text", containsString("GDP grew 2.5%"))
                .body("claims.size()", equalTo(0));
    }

    @Test
    void theFormatIsReadTheSameOnThePageAndInTheApi() {
        CookieFilter cookies = editor();
        String markdown = unique("# Jobs report\n\nUnemployment fell to **4.1%** in May, the ministry said.");
        String location = importForm(cookies, Map.of("title", "Lower-case format", "format", "markdown",
                "text", markdown)).then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Article saved = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(id));
        assertFalse(saved.body.contains("**"), saved.body);

        String page = importForm(cookies, Map.of("title", "Unknown format", "format", "pdf", "text", markdown))
                .then().statusCode(422).extract().asString();
        assertTrue(page.contains("Choose plain text, Markdown or HTML"), page);
        assertTrue(page.contains("value=\"Unknown format\""));

        Account editor = TestAccounts.create("apifmt", "editor");
        given().auth().preemptive().basic(editor.username, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("title", "Unknown format", "text", markdown, "format", "pdf")).post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.format", containsString("Choose plain text, Markdown or HTML"));
    }
}
