package org.factdesk.settings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.factdesk.claim.Claim;
import org.factdesk.claim.Rating;
import org.factdesk.claim.Verdict;
import org.factdesk.claim.VerdictState;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class RatingScaleAdminTest {

    private static CookieFilter admin;

    private static synchronized CookieFilter admin() {
        if (admin == null) {
            admin = TestAccounts.signIn("admin", TestAccounts.ADMIN_PASSWORD);
        }
        return admin;
    }

    private static Response post(String path, Map<String, String> fields) {
        return given().filter(admin()).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfFrom(admin(), "/admin/ratings/new"))
                .formParams(fields).post(path);
    }

    private static Map<String, String> fields(String key, String label, String value, String colour, String order) {
        return Map.of("key", key, "label", label, "value", value, "colour", colour, "order", order);
    }

    /** Adds a rating through the form and returns it as saved. */
    private static Rating add(String label, String value, String colour, String order) {
        String key = TestAccounts.uniqueName("r");
        post("/admin/ratings", fields(key, label, value, colour, order)).then().statusCode(303)
                .header("Location", containsString("/admin/ratings"));
        return saved(key);
    }

    private static Rating saved(String key) {
        return QuarkusTransaction.requiringNew().call(() -> Rating.byKey(key).orElse(null));
    }

    @Test
    void adminAddsARatingAndSeesItOnTheScale() {
        given().filter(admin()).get("/admin/ratings/new").then().statusCode(200)
                .body(containsString("Key"), containsString("Label"), containsString("Value"),
                        containsString("Colour"), containsString("Order"), containsString("Add rating"),
                        containsString("type=\"color\""), containsString("aria-label=\"Administration\""));
        String label = "Partly accurate " + TestAccounts.uniqueName("x");
        Rating rating = add(label, "-7", "#1F6FEB", "1500");

        assertEquals(label, rating.label);
        assertEquals(-7, rating.value);
        assertEquals("#1f6feb", rating.colour, "colours are stored in lower case");
        assertEquals(1500, rating.position);
        assertFalse(rating.retired);
        given().filter(admin()).get("/admin/ratings").then().statusCode(200)
                .body(containsString("<h1>Rating scale</h1>"), containsString("Rating " + label + " added."),
                        containsString(rating.key), containsString(label), containsString("fill=\"#1f6feb\""),
                        containsString("href=\"/admin/ratings/" + rating.id + "\""),
                        containsString("action=\"/admin/ratings/" + rating.id + "/retire\""),
                        containsString("action=\"/admin/ratings/" + rating.id + "/delete\""),
                        containsString("href=\"/admin/ratings\" aria-current=\"page\">Rating scale"),
                        not(containsString("style=")));
    }

    @Test
    void invalidRatingComesBackWithValuesAndMessagesByTheFields() {
        String page = post("/admin/ratings", fields("Bad Key!", "", "150", "red", "soon"))
                .then().statusCode(422).extract().asString();
        assertTrue(page.contains("The rating was not added"));
        assertTrue(page.contains("value=\"Bad Key!\""), "key kept");
        assertTrue(page.contains("value=\"150\""), "value kept");
        assertTrue(page.contains("value=\"red\""), "colour kept");
        assertTrue(page.contains("value=\"soon\""), "order kept");
        assertTrue(page.contains("id=\"key-error\">Use up to 40 lower-case letters"), page);
        assertTrue(page.contains("id=\"label-error\">Enter the label people see"));
        assertTrue(page.contains("id=\"value-error\">Enter a whole number from -100 to 100"));
        assertTrue(page.contains("id=\"colour-error\">Enter a colour as # and six hex digits"));
        assertTrue(page.contains("id=\"order-error\">Enter a whole number from 0 to 99999"));

        String key = TestAccounts.uniqueName("r");
        String tooLong = post("/admin/ratings", fields(key, "L".repeat(81), "abc", "#12345", ""))
                .then().statusCode(422).extract().asString();
        assertTrue(tooLong.contains("value=\"" + key + "\""), "a valid key is kept too");
        assertTrue(tooLong.contains("id=\"label-error\">Use at most 80 characters."));
        assertTrue(tooLong.contains("id=\"value-error\">Enter a whole number"));
        assertTrue(tooLong.contains("id=\"colour-error\">"));
        assertTrue(tooLong.contains("id=\"order-error\">"));
        assertFalse(tooLong.contains("id=\"key-error\""));

        String longKey = post("/admin/ratings", fields("k".repeat(41), "Fine " + key, "", "#000000", "5"))
                .then().statusCode(422).extract().asString();
        assertTrue(longKey.contains("id=\"key-error\">Use up to 40"));
        assertNull(saved(key));
    }

    @Test
    void duplicateKeysAndLabelsAreRefused() {
        String label = "Duplicated " + TestAccounts.uniqueName("x");
        Rating first = add(label, "", "#8250df", "1600");

        String sameKey = post("/admin/ratings", fields(first.key, "Another " + label, "", "#8250df", "1600"))
                .then().statusCode(422).extract().asString();
        assertTrue(sameKey.contains("id=\"key-error\">This key is taken"));
        post("/admin/ratings", fields("true", "Another " + label, "", "#8250df", "1600"))
                .then().statusCode(422).body(containsString("This key is taken"));

        String otherKey = TestAccounts.uniqueName("r");
        String sameLabel = post("/admin/ratings", fields(otherKey, label.toUpperCase(), "", "#8250df", "1600"))
                .then().statusCode(422).extract().asString();
        assertTrue(sameLabel.contains("id=\"label-error\">Another rating already has this label."));
        assertNull(saved(otherKey));

        // Editing a rating may keep its own label, but not take another's.
        Rating second = add("Second " + label, "", "#8250df", "1600");
        post("/admin/ratings/" + second.id, Map.of("version", "0", "label", "  " + label.toLowerCase() + " ",
                "value", "", "colour", "#8250df", "order", "1600"))
                .then().statusCode(422).body(containsString("Another rating already has this label."));
        post("/admin/ratings/" + first.id, Map.of("version", "0", "label", label, "value", "3",
                "colour", "#8250df", "order", "1600"))
                .then().statusCode(303);
        assertEquals(3, saved(first.key).value);
    }

    @Test
    void theKeyIsFixedAfterCreation() {
        Rating rating = add("Keyed " + TestAccounts.uniqueName("x"), "2", "#4c9a2a", "1700");
        given().filter(admin()).get("/admin/ratings/" + rating.id).then().statusCode(200)
                .body(containsString("value=\"" + rating.key + "\" readonly"), not(containsString("name=\"key\"")),
                        containsString("Save rating"), containsString("No verdict uses this rating."));

        post("/admin/ratings/" + rating.id, Map.of("version", "0", "key", "changed-" + rating.key,
                "label", rating.label, "value", "", "colour", "#4c9a2a", "order", "1701"))
                .then().statusCode(303);
        Rating after = saved(rating.key);
        assertEquals(rating.id, after.id);
        assertNull(after.value, "an empty value makes a rating off the numeric scale");
        assertEquals(1701, after.position);
        assertNull(saved("changed-" + rating.key));
    }

    @Test
    void staleEditGetsAConflictPageThatKeepsWhatWasTyped() {
        Rating rating = add("Stale " + TestAccounts.uniqueName("x"), "1", "#cf222e", "1800");
        post("/admin/ratings/" + rating.id, Map.of("version", "0", "label", rating.label + " (theirs)",
                "value", "1", "colour", "#cf222e", "order", "1800"))
                .then().statusCode(303);

        String page = post("/admin/ratings/" + rating.id, Map.of("version", "0", "label", "Mine typed here",
                "value", "42", "colour", "#00ff00", "order", "1801"))
                .then().statusCode(409).extract().asString();
        assertTrue(page.contains("Someone else changed this rating"));
        assertTrue(page.contains(rating.label + " (theirs)"), "the saved values are shown");
        assertTrue(page.contains("value=\"Mine typed here\""), "typed label kept");
        assertTrue(page.contains("value=\"42\""), "typed value kept");
        assertTrue(page.contains("value=\"#00ff00\""), "typed colour kept");
        assertTrue(page.contains("name=\"version\" value=\"1\""), "saving again is a deliberate overwrite");
        assertEquals(rating.label + " (theirs)", saved(rating.key).label, "nothing was overwritten");

        post("/admin/ratings/" + rating.id, Map.of("label", "No version", "value", "", "colour", "#00ff00",
                "order", "1801"))
                .then().statusCode(409);
        post("/admin/ratings/" + rating.id, Map.of("version", "1", "label", "Mine typed here", "value", "42",
                "colour", "#00ff00", "order", "1801"))
                .then().statusCode(303);
        assertEquals("Mine typed here", saved(rating.key).label);
    }

    @Test
    void retiredRatingsLeaveTheActiveScaleAndCanBeRestored() {
        Rating rating = add("Retiring " + TestAccounts.uniqueName("x"), "", "#57606a", "1900");
        post("/admin/ratings/" + rating.id + "/retire", Map.of()).then().statusCode(303)
                .header("Location", containsString("/admin/ratings"));
        assertTrue(saved(rating.key).retired);
        given().filter(admin()).get("/admin/ratings").then().statusCode(200)
                .body(containsString("is retired"), containsString("action=\"/admin/ratings/" + rating.id
                        + "/restore\""), not(containsString("action=\"/admin/ratings/" + rating.id + "/retire\"")));
        given().filter(admin()).get("/api/v1/ratings").then().statusCode(200)
                .body("key", not(hasItem(rating.key)));
        given().filter(admin()).get("/api/v1/ratings?all=true").then().statusCode(200)
                .body("find { it.key == '" + rating.key + "' }.retired", equalTo(true));

        post("/admin/ratings/" + rating.id + "/restore", Map.of()).then().statusCode(303);
        assertFalse(saved(rating.key).retired);
        given().filter(admin()).get("/api/v1/ratings").then().statusCode(200)
                .body("find { it.key == '" + rating.key + "' }.retired", equalTo(false));
    }

    @Test
    void aRatingUsedByAVerdictCannotBeDeletedButAnUnusedOneCan() {
        Rating used = add("Used " + TestAccounts.uniqueName("x"), "", "#9a6700", "2000");
        Rating unused = add("Unused " + TestAccounts.uniqueName("x"), "", "#9a6700", "2001");
        giveAVerdict(used);

        String page = post("/admin/ratings/" + used.id + "/delete", Map.of()).then().statusCode(409)
                .extract().asString();
        assertTrue(page.contains("is used by 1 verdict and cannot be deleted. Retire it instead"), page);
        assertTrue(page.contains("<h1>Rating scale</h1>"));
        assertTrue(saved(used.key) != null);
        given().filter(admin()).get("/admin/ratings/" + used.id).then().statusCode(200)
                .body(containsString("Used by 1 verdict"));
        post("/admin/ratings/" + used.id + "/retire", Map.of()).then().statusCode(303);
        assertTrue(saved(used.key).retired, "a used rating can still be retired");

        post("/admin/ratings/" + unused.id + "/delete", Map.of()).then().statusCode(303);
        assertNull(saved(unused.key));
        given().filter(admin()).get("/admin/ratings").then().statusCode(200)
                .body(containsString("Rating " + unused.label + " deleted."));
        given().filter(admin()).get("/admin/ratings/" + unused.id).then().statusCode(404);
        post("/admin/ratings/" + unused.id + "/delete", Map.of()).then().statusCode(404);
    }

    @Test
    void peopleWhoAreNotAdminsCannotManageTheScale() {
        for (String role : List.of("editor", "reviewer", "auditor")) {
            Account account = TestAccounts.create("rating-" + role, role);
            CookieFilter session = TestAccounts.signIn(account.username, TestAccounts.PASSWORD);
            given().filter(session).get("/admin/ratings").then().statusCode(403)
                    .body(containsString("Not allowed"));
            String key = TestAccounts.uniqueName("r");
            given().filter(session).redirects().follow(false)
                    .formParam("csrf-token", TestAccounts.csrfFrom(session, "/account"))
                    .formParams(fields(key, "Sneaky " + key, "", "#000000", "1"))
                    .post("/admin/ratings").then().statusCode(403);
            assertNull(saved(key));
            given().filter(session).get("/api/v1/ratings").then().statusCode(200).body("key", hasItem("true"));
        }
    }

    @Test
    void theApiListsTheActiveScaleInOrder() {
        Rating between = add("Between " + TestAccounts.uniqueName("x"), "4", "#1a7f37", "15");
        try {
            List<String> keys = given().auth().preemptive().basic("admin", TestAccounts.ADMIN_PASSWORD)
                    .get("/api/v1/ratings").then().statusCode(200).contentType(ContentType.JSON)
                    .body("find { it.key == 'half-true' }.label", equalTo("Half true"))
                    .body("find { it.key == 'half-true' }.value", equalTo(3))
                    .body("find { it.key == 'half-true' }.colour", equalTo("#9a6700"))
                    .body("find { it.key == 'misleading' }.value", equalTo(null))
                    .extract().jsonPath().getList("key");
            assertTrue(keys.indexOf("true") < keys.indexOf(between.key), keys.toString());
            assertTrue(keys.indexOf(between.key) < keys.indexOf("mostly-true"), keys.toString());
            assertTrue(keys.indexOf("false") < keys.indexOf("misleading"), keys.toString());
            given().get("/api/v1/ratings").then().statusCode(401).contentType("application/problem+json");
        } finally {
            post("/admin/ratings/" + between.id + "/delete", Map.of()).then().statusCode(303);
        }
    }

    /** Gives the rating to a draft verdict on a new claim, as the review workflow would. */
    /** A rating's labels in the other languages as saved, by language tag. */
    private static Map<String, String> translations(String key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Map.copyOf(Rating.byKey(key).orElseThrow().translations));
    }

    private static long revisions(long ratingId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Rating.getEntityManager()
                .createNativeQuery("select count(*) from rating_aud where id = ?1").setParameter(1, ratingId)
                .getSingleResult()).longValue());
    }

    private static long latestRevision(long ratingId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Rating.getEntityManager()
                .createNativeQuery("select max(rev) from rating_aud where id = ?1").setParameter(1, ratingId)
                .getSingleResult()).longValue());
    }

    /** The translation rows one revision wrote for a rating: revision type, language and label. */
    @SuppressWarnings("unchecked")
    private static List<String> labelRevisions(long ratingId, long rev) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) Rating.getEntityManager()
                .createNativeQuery("select revtype, language, label from rating_label_aud where rating_id = ?1 "
                        + "and rev = ?2 order by revtype, language", Object[].class)
                .setParameter(1, ratingId).setParameter(2, rev).getResultList()).stream()
                .map(r -> r[0] + " " + r[1] + " " + r[2]).toList());
    }

    private static String page(String path, String language) {
        return given().filter(admin()).header("Accept-Language", language).get(path).then().statusCode(200)
                .extract().asString();
    }

    @Test
    void aRatingHasALabelInEachLanguageAndAnEmptyOneReadsTheEnglish() {
        String form = page("/admin/ratings/new", "en");
        for (String field : List.of("label-es", "label-fr", "label-pt-BR")) {
            assertTrue(form.contains("<input id=\"" + field + "\" name=\"" + field + "\" type=\"text\" value=\"\" "
                    + "maxlength=\"80\">"), "an optional field for " + field + ": " + form);
        }
        assertTrue(form.contains("Label in Spanish") && form.contains("Label in French")
                && form.contains("Label in Brazilian Portuguese"), "each field names its language");
        assertTrue(page("/admin/ratings/new", "es").contains("Etiqueta en portugués de Brasil"),
                "the field names are in the reader's language");

        String x = TestAccounts.uniqueName("x");
        String key = TestAccounts.uniqueName("r");
        Map<String, String> typed = new java.util.HashMap<>(fields(key, "Partly checked " + x, "2", "#0969da",
                "1600"));
        typed.putAll(Map.of("label-es", "  Parcialmente comprobado " + x + " ", "label-fr", "",
                "label-pt-BR", "Parcialmente checado " + x));
        post("/admin/ratings", typed).then().statusCode(303);
        Rating rating = saved(key);
        assertEquals("Partly checked " + x, rating.label, "the English label is the rating's own");
        assertEquals(Map.of("es", "Parcialmente comprobado " + x, "pt-BR", "Parcialmente checado " + x),
                translations(key), "trimmed; an empty translation is not stored");

        assertTrue(page("/admin/ratings", "es").contains("Parcialmente comprobado " + x), "a Spanish reader");
        assertTrue(page("/admin/ratings", "pt-BR").contains("Parcialmente checado " + x), "a Brazilian reader");
        String french = page("/admin/ratings", "fr");
        assertTrue(french.contains("Partly checked " + x), "no French label: the French reader sees the English");
        assertFalse(french.contains("Parcialmente"), "and no other language's");
        given().filter(admin()).header("Accept-Language", "es").get("/api/v1/ratings").then().statusCode(200)
                .body("find { it.key == '" + key + "' }.labels.es", equalTo("Parcialmente comprobado " + x))
                .body("find { it.key == '" + key + "' }.labels.fr", equalTo("Partly checked " + x))
                .body("find { it.key == '" + key + "' }.label", equalTo("Partly checked " + x));

        String edit = page("/admin/ratings/" + rating.id, "en");
        assertTrue(edit.contains("name=\"label-es\" type=\"text\" value=\"Parcialmente comprobado " + x + "\""),
                "the edit form shows the saved translations");
        Map<String, String> changed = new java.util.HashMap<>(Map.of("version", String.valueOf(rating.version),
                "label", rating.label, "value", "2", "colour", "#0969da", "order", "1600"));
        changed.putAll(Map.of("label-es", "", "label-fr", "Partiellement vérifié " + x,
                "label-pt-BR", "Parcialmente checado " + x));
        long revisionsBefore = revisions(rating.id);
        post("/admin/ratings/" + rating.id, changed).then().statusCode(303);
        assertEquals(Map.of("fr", "Partiellement vérifié " + x, "pt-BR", "Parcialmente checado " + x),
                translations(key), "emptied: gone; typed: saved");
        assertEquals(revisionsBefore + 1, revisions(rating.id), "a change of translations alone is a rating revision");
        assertEquals(List.of("0 fr Partiellement vérifié " + x, "2 es Parcialmente comprobado " + x),
                labelRevisions(rating.id, latestRevision(rating.id)),
                "which records the French label added and the Spanish one removed");
        assertTrue(page("/admin/ratings", "es").contains("Partly checked " + x), "Spanish falls back to English now");
        assertTrue(page("/admin/ratings", "fr").contains("Partiellement vérifié " + x));

        // A form that sends no translation fields (an older page) leaves them as they are.
        post("/admin/ratings/" + rating.id, Map.of("version", String.valueOf(saved(key).version), "label",
                rating.label, "value", "3", "colour", "#0969da", "order", "1600")).then().statusCode(303);
        assertEquals(2, translations(key).size(), "kept");
    }

    @Test
    void aTranslationTooLongOrTakenInItsLanguageComesBackByItsField() {
        String key = TestAccounts.uniqueName("r");
        Map<String, String> typed = new java.util.HashMap<>(fields(key, "Odd " + key, "", "#57606a", "1700"));
        typed.putAll(Map.of("label-es", "L".repeat(81), "label-fr", " vrai ", "label-pt-BR", "Verdadeiro " + key));
        String page = given().filter(admin()).header("Accept-Language", "es").redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfFrom(admin(), "/admin/ratings/new")).formParams(typed)
                .post("/admin/ratings").then().statusCode(422).extract().asString();
        assertTrue(page.contains("id=\"label-es-error\">Usa como máximo 80 caracteres.</p>"), page);
        assertTrue(page.contains("id=\"label-fr-error\">Otra calificación ya tiene esta etiqueta en este idioma.</p>"),
                "the seeded French label of True, compared without case or spaces");
        assertFalse(page.contains("label-pt-BR-error"), "the valid one has no message");
        assertTrue(page.contains("value=\"Verdadeiro " + key + "\""), "and is kept as typed");
        assertNull(saved(key), "nothing was added");
        // The same French word is free in another language.
        typed.putAll(Map.of("label-es", "Vrai", "label-fr", ""));
        post("/admin/ratings", typed).then().statusCode(303);
        assertEquals("Vrai", translations(key).get("es"));
    }

    @Test
    void theDefaultScaleIsSeededInEachLanguage() {
        assertEquals(Map.of("es", "Engañoso", "fr", "Trompeur", "pt-BR", "Enganoso"), translations("misleading"));
        assertEquals(Map.of("es", "Mayormente falso", "fr", "Plutôt faux", "pt-BR", "Quase falso"),
                translations("mostly-false"));
        String spanish = page("/admin/ratings", "es");
        assertTrue(spanish.contains("Verdad a medias") && spanish.contains("Inverificable"), spanish);
    }

    private static void giveAVerdict(Rating rating) {
        Account editor = TestAccounts.create("rating-editor", "editor");
        int article = given().auth().preemptive().basic(editor.username, TestAccounts.PASSWORD)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Ratings in use", "text",
                        "Exports grew 12% last year, the agency said. " + System.nanoTime()))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        int claim = given().auth().preemptive().basic(editor.username, TestAccounts.PASSWORD)
                .contentType(ContentType.JSON).body(Map.of("start", 0, "end", 25))
                .post("/api/v1/articles/" + article + "/claims").then().statusCode(201).extract().path("id");
        QuarkusTransaction.requiringNew().run(() -> {
            Verdict verdict = new Verdict();
            verdict.claim = Claim.findById((long) claim);
            verdict.revision = 1;
            verdict.state = VerdictState.DRAFT;
            verdict.rating = Rating.findById(rating.id);
            verdict.createdAt = Instant.now();
            verdict.updatedAt = verdict.createdAt;
            verdict.persist();
        });
    }
}
