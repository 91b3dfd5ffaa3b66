package org.factdesk.review;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The claims list, a claim's page (as the editor, with the assignment, details and dismiss forms, and as the assigned
 * reviewer, with the verdict form) and the comments page read in Spanish: none of this area's English words is left
 * in the visible text. The fixtures' own words (statements, titles, summaries) are Spanish too.
 */
@QuarkusTest
class ClaimPagesInSpanishTest {

    /** English words and phrases of the claim pages, matched as whole words in the visible text. */
    private static final List<String> ENGLISH = List.of("Claims", "Claim", "Status", "Any status", "Assignee",
            "Anyone", "Not assigned", "Rating", "Any rating", "No rating yet", "Search", "Due after", "Due before",
            "Sort by", "Best match", "Recently changed", "Check-worthiness", "check-worthiness", "Filter",
            "Clear filters", "Statement", "Due", "Priority", "Score", "Article", "Overdue", "Assign the selected claims",
            "Assign", "Reassign", "Reviewer", "Choose a reviewer", "Due date", "History", "In the article",
            "Characters", "Similar claims", "Assignment", "Details", "Claimant", "Claim date", "Appearance URL",
            "Tags", "Save claim", "Dismiss", "Reason", "Verdict", "Draft verdict", "Submitted verdict",
            "Approve and publish", "Approve", "Return to reviewer", "Note", "Summary", "Analysis", "Sources",
            "Source", "Title", "Publisher", "Excerpt", "Remove source", "Add source", "Save draft",
            "Submit for approval", "Submit", "Choose a rating", "Comments", "Comment", "No comments yet",
            "Add comment", "Comments on claim", "By", "submitted", "accessed", "Draft", "High", "Low", "Urgent",
            "Page", "Next", "Previous", "See all", "No verdict yet", "No rating", "nobody", "Yours", "Comment added");

    private static CookieFilter spanish(Account account) {
        return TestAccounts.signInReading(account, "es", "Europe/Madrid");
    }

    private static RequestSpecification api(CookieFilter cookies) {
        return given().filter(cookies).contentType(ContentType.JSON).redirects().follow(false);
    }

    private static int version(CookieFilter cookies, int claim) {
        return api(cookies).get("/api/v1/claims/" + claim).then().statusCode(200).extract().path("version");
    }

    /** A claim in a Spanish article, assigned to {@code reviewer}, with a Spanish draft verdict of one source. */
    private static int claimWithDraft(CookieFilter editor, CookieFilter reviewer, String reviewerName) {
        String text = "El desempleo bajó al 3,1 % en mayo, dijo la ministra. " + System.nanoTime();
        int article = api(editor).body(Map.of("title", "Noticia de economía " + System.nanoTime(), "text", text,
                "url", "https://example.org/es/" + System.nanoTime()))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        int claim = api(editor).body(Map.of("start", 0, "end", 42)).post("/api/v1/articles/" + article + "/claims")
                .then().statusCode(201).extract().path("id");
        api(editor).body(Map.of("reviewer", reviewerName, "due", ReviewFixtures.due()))
                .post("/api/v1/claims/" + claim + "/assign").then().statusCode(200);
        Map<String, Object> verdict = new HashMap<>();
        verdict.put("rating", "false");
        verdict.put("summary", "La tasa fue del 4,2 %, no del 3,1 %.");
        verdict.put("analysis", "Las **cifras** muestran otra cosa.");
        verdict.put("sources", List.of(Map.of("url", "https://estadistica.example.org/empleo",
                "title", "Encuesta de población activa", "publisher", "Instituto de Estadística",
                "excerpt", "Tabla 4")));
        verdict.put("version", version(editor, claim));
        api(reviewer).body(verdict).put("/api/v1/claims/" + claim + "/verdict").then().statusCode(200);
        return claim;
    }

    /** The people offered in the reviewer and assignee lists: their names are the desk's content, not the page's. */
    private static final Pattern PEOPLE = Pattern.compile(
            "(?s)(<select id=\"(?:f-assignee|bulk-reviewer|reviewer)\".*?</select>)");

    /**
     * The page's text as a reader sees it (no scripts, styles or tags, entities decoded), without the names of the
     * people in the reviewer lists.
     */
    private static String visibleText(String html) {
        java.util.regex.Matcher people = PEOPLE.matcher(html);
        StringBuilder kept = new StringBuilder();
        while (people.find()) {
            people.appendReplacement(kept, java.util.regex.Matcher.quoteReplacement(people.group(1)
                    .replaceAll("<option value=\"(?!me\"|none\"|\")[^\"]*\"[^>]*>[^<]*</option>", "")));
        }
        people.appendTail(kept);
        String text = kept.toString().replaceAll("(?is)<(script|style)\\b.*?</\\1>", " ").replaceAll("(?s)<[^>]*>", " ");
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    private static void assertSpanish(CookieFilter cookies, String path, String... spanish) {
        String html = given().filter(cookies).get(path).then().statusCode(200).extract().asString();
        assertTrue(html.contains("<html lang=\"es\">"), path + " is not in Spanish");
        String text = visibleText(html);
        List<String> left = new ArrayList<>();
        for (String word : ENGLISH) {
            if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text)
                    .find()) {
                left.add(word);
            }
        }
        assertTrue(left.isEmpty(), path + " still shows English " + left + ": " + text);
        for (String word : spanish) {
            assertTrue(text.contains(word), path + " lacks \"" + word + "\": " + text);
        }
    }

    @Test
    void theClaimPagesOfAnEditorAndOfTheAssignedReviewerAreInSpanish() {
        Account editorAccount = TestAccounts.create("es-editor", "editor");
        Account reviewerAccount = TestAccounts.create("es-reviewer", "reviewer");
        CookieFilter editor = spanish(editorAccount);
        CookieFilter reviewer = spanish(reviewerAccount);

        int draft = claimWithDraft(editor, reviewer, reviewerAccount.username);
        int submitted = claimWithDraft(editor, reviewer, reviewerAccount.username);
        api(reviewer).body("{}").post("/api/v1/claims/" + submitted + "/submit").then().statusCode(200);

        assertSpanish(editor, "/claims?assignee=" + reviewerAccount.username, "Afirmaciones",
                "Asignar las afirmaciones seleccionadas",
                "Ordenar por", "Filtrar");
        assertSpanish(editor, "/claims/" + draft, "Asignación", "Reasignar", "Detalles", "Guardar afirmación",
                "Descartar", "Borrador de veredicto", "Fuentes", "Comentarios", "Afirmaciones similares");
        assertSpanish(editor, "/claims/" + submitted, "Veredicto enviado", "Aprobar y publicar",
                "Devolver a quien verifica");
        assertSpanish(reviewer, "/claims/" + draft, "Guardar borrador", "Enviar para aprobación", "Añadir fuente",
                "Quitar la fuente 1", "Resumen", "Análisis", "Medio");
        assertSpanish(reviewer, "/claims/" + draft + "/comments", "Comentarios sobre la afirmación " + draft,
                "Aún no hay comentarios.", "Añadir comentario");

        // The notice after a step is written in the reader's language too.
        given().filter(reviewer).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfFrom(reviewer, "/claims/" + draft + "/comments"))
                .formParam("body", "Reviso las cifras del instituto.")
                .post("/claims/" + draft + "/comments").then().statusCode(303);
        assertSpanish(reviewer, "/claims/" + draft + "/comments", "Comentario añadido.",
                "Reviso las cifras del instituto.");
    }
}
