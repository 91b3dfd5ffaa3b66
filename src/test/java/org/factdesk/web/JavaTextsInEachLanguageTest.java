package org.factdesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.factdesk.notify.Notification;
import org.factdesk.review.ReviewFixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The texts Java code writes (field errors, problem details, notifications, the history's narration) reach each
 * reader in the reader's language, not in the language of whoever wrote the row or threw the error.
 */
@QuarkusTest
class JavaTextsInEachLanguageTest {

    /** What one language says for the refusals below. */
    private record Words(String tag, String badRequest, String webAddress, String noSuchDay, String titleMissing) {
    }

    private static final List<Words> LANGUAGES = List.of(
            new Words("en", "Bad Request", "Enter a web address starting with http:// or https://.",
                    "There is no such day; enter the date as YYYY-MM-DD, for example 2026-03-04.",
                    "Enter the article&#39;s title."),
            new Words("es", "Solicitud incorrecta", "Escribe una dirección web que empiece por http:// o https://.",
                    "Ese día no existe; escribe la fecha como AAAA-MM-DD, por ejemplo 2026-03-04.",
                    "Escribe el título del artículo."),
            new Words("fr", "Requête incorrecte", "Saisissez une adresse web commençant par http:// ou https://.",
                    "Ce jour n’existe pas ; saisissez la date au format AAAA-MM-JJ, par exemple 2026-03-04.",
                    "Saisissez le titre de l’article."),
            new Words("pt-BR", "Requisição inválida", "Informe um endereço web que comece com http:// ou https://.",
                    "Esse dia não existe; informe a data no formato AAAA-MM-DD, por exemplo 2026-03-04.",
                    "Informe o título do artigo."));

    private static RequestSpecification api(Account account) {
        return given().auth().preemptive().basic(account.username, TestAccounts.PASSWORD)
                .contentType(ContentType.JSON).redirects().follow(false);
    }

    private static int article(Account editor, String title) {
        return api(editor).body(Map.of("title", title, "text", "Rents doubled since 2015, the report said. "
                + System.nanoTime(), "url", "https://example.org/java-texts/" + System.nanoTime()))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
    }

    @Test
    void aRefusedFormIsRedrawnWithItsMessagesInTheReadersLanguage() {
        Account editor = TestAccounts.create("texts-form", "editor");
        CookieFilter cookies = TestAccounts.signIn(editor.username, TestAccounts.PASSWORD);
        int article = article(editor, "Housing report");
        int version = api(editor).get("/api/v1/articles/" + article).then().statusCode(200).extract().path("version");
        for (Words words : LANGUAGES) {
            String html = given().filter(cookies).header("Accept-Language", words.tag()).redirects().follow(false)
                    .formParam("csrf-token", TestAccounts.csrfFrom(cookies, "/articles/" + article + "/edit"))
                    .formParam("version", version).formParam("title", "").formParam("url", "ftp://example.org/a")
                    .formParam("publishedOn", "2026-02-30")
                    .post("/articles/" + article + "/edit").then().statusCode(422).extract().asString();
            assertTrue(html.contains("<html lang=\"" + words.tag() + "\">"), words.tag() + ": " + html);
            for (String message : List.of(words.titleMissing(), words.webAddress(), words.noSuchDay())) {
                assertTrue(html.contains(message), words.tag() + " lacks “" + message + "”: " + html);
            }
        }
    }

    @Test
    void aProblemDetailIsInTheApisAcceptLanguageWithItsFieldNamesUnchanged() {
        Account editor = TestAccounts.create("texts-api", "editor");
        for (Words words : LANGUAGES) {
            api(editor).header("Accept-Language", words.tag())
                    .body(Map.of("title", "Refused", "text", "Some text.", "url", "ftp://example.org/b",
                            "publishedOn", "2026-02-30"))
                    .post("/api/v1/articles").then().statusCode(400)
                    .contentType(Problems.MEDIA_TYPE)
                    .body("title", equalTo(words.badRequest()))
                    .body("detail", containsString(words.webAddress()))
                    .body("detail", containsString(words.noSuchDay()))
                    .body("errors.url", equalTo(words.webAddress()))
                    .body("errors.publishedOn", equalTo(words.noSuchDay()));
        }
    }

    @Test
    void aRefusalMadeBeforeAnyResourceRunsIsInTheBrowsersLanguage() {
        given().header("Sec-Fetch-Site", "cross-site").header("Accept-Language", "fr").contentType(ContentType.JSON)
                .body("{}").post("/api/v1/articles").then().statusCode(403).contentType(Problems.MEDIA_TYPE)
                .body("title", equalTo("Interdit"))
                .body("detail", equalTo("Cette requête venait d’un autre site et a été refusée."));
        given().header("Sec-Fetch-Site", "cross-site").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/articles").then().statusCode(403)
                .body("title", equalTo("Forbidden"))
                .body("detail", equalTo("This request came from another site and was refused."));
    }

    @Test
    void aNotificationWrittenByAnEnglishWriterReadsInSpanishForASpanishReader() {
        Account editor = TestAccounts.create("texts-writer", "editor");
        Account reviewer = TestAccounts.create("texts-reader", "reviewer");
        // The writer has chosen no language and sends no Accept-Language: the desk's English.
        Assigned assigned = assignedClaim(editor, reviewer);
        int claim = assigned.claim();
        String due = assigned.due();

        String statement = "Rents doubled since 2015, the report said.";
        // The due date as each reader's locale words it, not ISO.
        String english = "Test texts-writer assigned you claim " + claim + ": “" + statement + "”, due "
                + Formats.day(LocalDate.parse(due)) + ".";
        String stored = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find(
                "recipient.id = ?1 and claim.id = ?2", reviewer.id, (long) claim).firstResult().message);
        assertEquals(english, stored);

        String spanish = "Test texts-writer te asignó la afirmación " + claim + ": «" + statement
                + "», con fecha límite " + Formats.day(LocalDate.parse(due), Language.SPANISH.locale()) + ".";
        CookieFilter reader = TestAccounts.signInReading(reviewer, "es", "Europe/Madrid");
        given().filter(reader).get("/notifications").then().statusCode(200)
                .body(containsString("<html lang=\"es\">"), containsString(spanish), not(containsString(english)));
        // The API reads its Accept-Language, else English, whatever the account chose.
        api(reviewer).header("Accept-Language", "es").get("/api/v1/notifications").then().statusCode(200)
                .body("items[0].message", equalTo(spanish));
        api(reviewer).get("/api/v1/notifications").then().statusCode(200).body("items[0].message", equalTo(english));
    }

    @Test
    void theHistoryTellsItsLinesInFrench() {
        Account editor = TestAccounts.create("texts-history", "editor");
        Account reviewer = TestAccounts.create("texts-assignee", "reviewer");
        Account auditor = TestAccounts.create("texts-lecteur", "auditor");
        Assigned assigned = assignedClaim(editor, reviewer);
        int claim = assigned.claim();
        String due = assigned.due();

        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.FRENCH)
                .format(LocalDate.parse(due));
        CookieFilter french = TestAccounts.signInReading(auditor, "fr", "Europe/Paris");
        given().filter(french).get("/claims/" + claim + "/history").then().statusCode(200)
                .body(containsString("<html lang=\"fr\">"), containsString("a créé l’affirmation"),
                        containsString("a attribué l’affirmation à Test texts-assignee, échéance le " + day),
                        not(containsString("made the claim")), not(containsString("assigned the claim to")));
        // The API's history reads its Accept-Language: English without one.
        api(auditor).get("/api/v1/claims/" + claim + "/history").then().statusCode(200)
                .body("summary", org.hamcrest.Matchers.hasItem(containsString("assigned the claim to")));
    }

    @Test
    void theExportsRefusalsAreInTheApisAcceptLanguage() {
        Account admin = TestAccounts.create("texts-exports", "editor");
        api(admin).header("Accept-Language", "es").get("/api/v1/reports/verdicts?format=xml").then()
                .statusCode(400).contentType(Problems.MEDIA_TYPE)
                .body("detail", equalTo("Elige el formato csv, json, claimreview o pdf."));
        api(admin).header("Accept-Language", "fr").get("/api/v1/reports/verdicts?status=nowhere&from=2026-03-05"
                + "&to=2026-03-04").then().statusCode(400).contentType(Problems.MEDIA_TYPE)
                .body("errors.status", equalTo("Choisissez un statut dans la liste."))
                .body("errors.to", equalTo("La date de fin précède la date de début."));
        api(admin).header("Accept-Language", "pt-BR").get("/api/v1/audit?format=xml").then().statusCode(400)
                .contentType(Problems.MEDIA_TYPE).body("detail", equalTo("Escolha o formato csv ou json."));
        api(admin).get("/api/v1/audit?format=xml").then().statusCode(400)
                .body("detail", equalTo("Choose format csv or json."));
    }

    @Test
    void theHistoryNamesTheRatingByItsLabelInTheReadersLanguage() {
        ReviewFixtures people = new ReviewFixtures();
        int article = article(people.editor, "Rents report");
        int claim = api(people.editor).body(Map.of("start", 0, "end", 42))
                .post("/api/v1/articles/" + article + "/claims").then().statusCode(201).extract().path("id");
        people.publish(claim, "false", "Rents rose by a third, not doubled.");

        CookieFilter french = TestAccounts.signInReading(people.auditor, "fr", "Europe/Paris");
        String history = given().filter(french).get("/claims/" + claim + "/history").then().statusCode(200)
                .extract().asString();
        assertTrue(history.contains("<html lang=\"fr\">"), history);
        assertTrue(history.contains("Faux"), history);
        assertTrue(!SpanishPages.visibleText(history).matches(".*\\bFalse\\b.*"), history);
        // The API keeps English without an Accept-Language.
        api(people.auditor).get("/api/v1/claims/" + claim + "/history").then().statusCode(200)
                .body("summary", org.hamcrest.Matchers.hasItem(containsString("False")));
    }

    @Test
    void aBeanValidationRefusalIsWordedFromItsConstraintInTheReadersLanguage() {
        Account editor = TestAccounts.create("texts-constraint", "editor");
        api(editor).header("Accept-Language", "es").body("{}").post("/api/v1/test-only/constraint-refusal").then()
                .statusCode(400).contentType(Problems.MEDIA_TYPE)
                .body("detail", equalTo("Revisa estos campos: displayName, email, username."))
                .body("errors.username", equalTo("Escribe un valor."))
                .body("errors.displayName", equalTo("Usa como máximo 120 caracteres."))
                .body("errors.email", equalTo("Escribe una dirección de correo electrónico, como nombre@example.org."));
        api(editor).body("{}").post("/api/v1/test-only/constraint-refusal").then().statusCode(400)
                .body("errors.username", equalTo("Enter a value."))
                .body("errors.displayName", equalTo("Use at most 120 characters."));
    }

    @Test
    void aStaleClaimAndTheReadNoticeAreInTheReadersLanguage() {
        Account editor = TestAccounts.create("texts-stale", "editor");
        int article = article(editor, "Rents report");
        int claim = api(editor).body(Map.of("start", 0, "end", 42)).post("/api/v1/articles/" + article + "/claims")
                .then().statusCode(201).extract().path("id");
        api(editor).header("Accept-Language", "fr").body(Map.of("version", 999_999, "claimant", "Le rapport"))
                .patch("/api/v1/claims/" + claim).then().statusCode(409).contentType(Problems.MEDIA_TYPE)
                .body("detail", containsString(
                        "Quelqu’un d’autre a modifié cette affirmation depuis que vous l’avez ouverte."));

        CookieFilter reader = TestAccounts.signInReading(editor, "es", "Europe/Madrid");
        given().filter(reader).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfFrom(reader, "/notifications"))
                .post("/notifications/read").then().statusCode(303);
        given().filter(reader).get("/notifications").then().statusCode(200)
                .body(containsString("No había nada sin leer."), not(containsString("Nothing was unread.")));
    }

    private record Assigned(int claim, String due) {
    }

    /** A claim on the first sentence of a new "Rents report", assigned by {@code editor} to {@code reviewer}. */
    private Assigned assignedClaim(Account editor, Account reviewer) {
        int article = article(editor, "Rents report");
        int claim = api(editor).body(Map.of("start", 0, "end", 42)).post("/api/v1/articles/" + article + "/claims")
                .then().statusCode(201).extract().path("id");
        String due = ReviewFixtures.due();
        api(editor).body(Map.of("reviewer", reviewer.username, "due", due))
                .post("/api/v1/claims/" + claim + "/assign").then().statusCode(200);
        return new Assigned(claim, due);
    }
}
