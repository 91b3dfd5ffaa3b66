package org.factdesk.article;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.factdesk.spotting.LanguageSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.MultiPartSpecification;

/** An article's language is guessed at import when not given, and its page reads the text in that language. */
@QuarkusTest
class ArticleLanguageTest {

    private static final String NOTICE = "The check-worthiness ranking is approximate: the model was trained on "
            + "English, so only language-neutral cues (numbers, dates, quantities, comparisons, quotations, question marks) "
            + "are used.";

    private Account editor;
    private CookieFilter cookies;

    @BeforeEach
    void signIn() {
        editor = TestAccounts.create("lang", "editor");
        cookies = TestAccounts.signIn(editor.username, TestAccounts.PASSWORD);
    }

    /** Imports through the page's form, as a duplicate if an earlier run left the same text; returns its id. */
    private long importForm(String title, String language, String text) {
        Response created = given().filter(cookies).redirects().follow(false)
                .multiPart("csrf-token", TestAccounts.csrfFrom(cookies, "/articles/new"))
                .multiPart(utf8("title", title)).multiPart("language", language).multiPart(utf8("text", text))
                .multiPart("allowDuplicate", "yes").post("/articles");
        assertEquals(303, created.statusCode(), created.asString());
        return Long.parseLong(created.header("Location").replaceAll(".*/articles/(\\d+).*", "$1"));
    }

    /** A browser sends form fields as UTF-8; REST Assured's default for text parts is ISO-8859-1. */
    private static MultiPartSpecification utf8(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build();
    }

    private String page(long id) {
        return given().filter(cookies).get("/articles/" + id).then().statusCode(200).extract().asString();
    }

    private static String language(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(id).language);
    }

    @Test
    void anArabicArticleRendersRightToLeftAndItsSentencesSplit() {
        long id = importForm("تقرير الصحة", "", LanguageSamples.ARABIC);
        assertEquals("ar", language(id), "guessed at import");
        String page = page(id);
        assertTrue(page.contains("id=\"article-body\" data-article=\"" + id + "\" lang=\"ar\" dir=\"rtl\">"), page);
        assertTrue(page.contains("<h1 lang=\"ar\" dir=\"rtl\">تقرير الصحة</h1>"));
        assertTrue(page.contains("the top 4 of 4"), "four sentences");
        for (String sentence : new String[] {
                "أعلنت وزارة الصحة في مدينة الواحة أن عدد المرضى في قوائم الانتظار ارتفع إلى ١٢ ألفا خلال شهر مايو.",
                "وقال المتحدث باسم الوزارة إن الحكومة ستفتح ثلاث عيادات جديدة قبل نهاية العام.",
                "هل تكفي هذه الخطوة؟",
                "يرى الأطباء أن المشكلة أعمق من ذلك بكثير."}) {
            assertTrue(page.contains("<p class=\"suggestion-text\" lang=\"ar\" dir=\"rtl\">" + sentence + "</p>"), sentence);
        }
        assertTrue(page.contains("This article is in Arabic. " + NOTICE));
    }

    @Test
    void aSpanishArticleGetsTheApproximateRankingNotice() {
        long id = importForm("Presupuesto de Valdemora", "", LanguageSamples.SPANISH);
        assertEquals("es", language(id));
        String page = page(id);
        assertTrue(page.contains("This article is in Spanish. " + NOTICE), page);
        assertTrue(page.contains("data-article=\"" + id + "\" lang=\"es\">"), "left to right, the default");
        assertFalse(page.contains("dir=\"rtl\""));
    }

    @Test
    void aFrenchReaderReadsTheArticlesLanguageAndTheRankingsReasonsInFrench() {
        long id = importForm("Presupuesto de Valdemora", "es", LanguageSamples.SPANISH);
        String page = given().filter(cookies).header("Accept-Language", "fr").get("/articles/" + id).then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("Cet article est en espagnol."), page);
        List<String> reasons = Pattern.compile("<span class=\"reason\">([^<]*)</span>")
                .matcher(page).results().map(m -> m.group(1)).toList();
        assertFalse(reasons.isEmpty(), "the sample's numbers and dates give reasons");
        Set<String> french = Set.of("quantité", "pourcentage", "argent", "date", "comparaison",
                "superlatif", "nom propre", "attribution", "citation", "lien de cause", "statistiques", "promesse",
                "opinion", "nuancé", "question", "salutation", "procédure", "didascalie", "très court");
        assertTrue(french.containsAll(reasons), reasons.toString());
    }

    @Test
    void anEnglishArticleIsRankedWithoutTheNotice() {
        long id = importForm("Council budget", "", LanguageSamples.ENGLISH);
        assertEquals("en", language(id));
        String page = page(id);
        assertTrue(page.contains("data-article=\"" + id + "\" lang=\"en\">"));
        assertFalse(page.contains("ranking is approximate"));
    }

    @Test
    void aGivenLanguageWinsAndAnEditedOneChangesTheRanking() {
        long id = importForm("Presupuesto", "pt-BR", LanguageSamples.SPANISH);
        assertEquals("pt-BR", language(id), "the editor's language, not the guess");
        assertTrue(page(id).contains("This article is in Portuguese."));
        given().filter(cookies).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfFrom(cookies, "/articles/" + id + "/edit"))
                .formParam("version", 0).formParam("title", "Presupuesto").formParam("language", "en")
                .post("/articles/" + id + "/edit").then().statusCode(303);
        assertFalse(page(id).contains("ranking is approximate"), "the sentences are read again as English");
    }

    @Test
    void theApiGuessesTooAndLeavesAShortTextUnknown() {
        var api = given().auth().preemptive().basic(editor.username, TestAccounts.PASSWORD).contentType(ContentType.JSON);
        Object guessed = api.body(Map.of("title", "Transportes", "text", LanguageSamples.FRENCH, "allowDuplicate", true))
                .post("/api/v1/articles").then().statusCode(201).extract().path("language");
        assertEquals("fr", guessed);
        Object unknown = given().auth().preemptive().basic(editor.username, TestAccounts.PASSWORD)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Corto", "text", "Hola a todos.", "allowDuplicate", true))
                .post("/api/v1/articles").then().statusCode(201).extract().path("language");
        assertEquals(null, unknown, "too short to tell");
    }
}
