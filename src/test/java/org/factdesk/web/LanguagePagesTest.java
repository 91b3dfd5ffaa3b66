package org.factdesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import jakarta.inject.Inject;

import org.factdesk.TestAccounts;
import org.factdesk.TestDesk;
import org.factdesk.account.Account;
import org.factdesk.settings.DeskDefaults;
import org.factdesk.settings.Organisation;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;

/**
 * Who reads which language: the account's choice, else the browser's Accept-Language, else the desk's default; the
 * public fact checks in the desk's language or {@code ?lang=}; the API's problem details in its Accept-Language.
 */
@QuarkusTest
class LanguagePagesTest {

    @Inject
    DeskDefaults desk;

    private static void choose(CookieFilter cookies, String language, String timeZone, int status) {
        given().filter(cookies).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfFrom(cookies, "/account"))
                .formParam("language", language).formParam("timeZone", timeZone)
                .post("/account/preferences").then().statusCode(status);
    }

    @Test
    void anAccountThatChoseSpanishReadsTheShellTheNoticeAndTheStatusesInSpanish() {
        Account reviewer = TestAccounts.create("es-reader", "reviewer");
        CookieFilter cookies = TestAccounts.signIn(reviewer.username, TestAccounts.PASSWORD);
        choose(cookies, "es", "America/Sao_Paulo", 303);

        // The browser asks for French: the account's own choice wins.
        given().filter(cookies).header("Accept-Language", "fr").get("/account").then().statusCode(200)
                .body(containsString("<html lang=\"es\">"), containsString(">Afirmaciones<"),
                        containsString(">Cerrar sesión</button>"), containsString(">Ir al contenido<"),
                        containsString("Tu idioma y tu zona horaria están guardados."),
                        containsString("<option value=\"America/Sao_Paulo\" selected>America/Sao_Paulo</option>"),
                        not(containsString(">Claims<")));
        given().filter(cookies).get("/claims").then().statusCode(200)
                .body(containsString(">En verificación</option>"), not(containsString(">In review</option>")));
        given().filter(cookies).get("/claims/999999999").then().statusCode(404)
                .body(containsString("<html lang=\"es\">"), containsString("No encontrado"),
                        containsString("Volver al panel"));

        choose(cookies, "", "", 303);
        given().filter(cookies).get("/account").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"), containsString(">Claims<"),
                        containsString("Your language and time zone are saved."));
    }

    @Test
    void aLanguageOrZoneNotOfferedIsRefusedWithTheFormRedrawn() {
        Account editor = TestAccounts.create("bad-pref", "editor");
        CookieFilter cookies = TestAccounts.signIn(editor.username, TestAccounts.PASSWORD);
        given().filter(cookies).redirects().follow(false)
                .formParam("csrf-token", TestAccounts.csrfFrom(cookies, "/account"))
                .formParam("language", "de").formParam("timeZone", "Mars/Olympus_Mons")
                .post("/account/preferences").then().statusCode(422)
                .body(containsString("Choose one of the languages offered."),
                        containsString("Choose a time zone from the list."));
        // A NUL is refused by the one form guard (web.FormInput) before the page sees it.
        choose(cookies, "es\u0000", "UTC", 400);
    }

    @Test
    void withoutAnAccountChoiceTheBrowsersLanguageApplies() {
        given().header("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8").get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"fr\">"), containsString("Connexion à FactDesk"),
                        containsString(">Se connecter</button>"), containsString(">Nom d’utilisateur<"));
        given().header("Accept-Language", "pt-PT").get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"pt-BR\">"), containsString("Entrar no FactDesk"));
        given().get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"), containsString("Sign in to FactDesk"));
    }

    @Test
    void theDesksDefaultAppliesWhenNeitherTheAccountNorTheBrowserSays() {
        TestDesk.set(desk, "pt-BR", "America/Sao_Paulo");
        try {
            given().get("/login").then().statusCode(200)
                    .body(containsString("<html lang=\"pt-BR\">"), containsString("Entrar no FactDesk"));
            given().header("Accept-Language", "de").get("/login").then().statusCode(200)
                    .body(containsString("<html lang=\"pt-BR\">"));
            // The public fact checks: the desk's language whatever the browser asks, or ?lang=.
            given().header("Accept-Language", "es").get("/factchecks").then().statusCode(200)
                    .body(containsString("<html lang=\"pt-BR\">"));
            given().get("/factchecks?lang=fr").then().statusCode(200).body(containsString("<html lang=\"fr\">"));
            given().get("/factchecks?lang=xx").then().statusCode(200).body(containsString("<html lang=\"pt-BR\">"));
            // The API does not follow the desk: English without Accept-Language.
            given().get("/api/v1/claims").then().statusCode(401)
                    .body("detail", equalTo("Sign in first: send HTTP Basic credentials or the session cookie."));
        } finally {
            TestDesk.set(desk, "en", "UTC");
        }
    }

    @Test
    void anAdminSetsTheDesksLanguageAndZoneOnTheOrganisationPage() {
        CookieFilter admin = TestAccounts.signIn("admin", TestAccounts.ADMIN_PASSWORD);
        Organisation before = QuarkusTransaction.requiringNew().call(Organisation::current);
        try {
            given().filter(admin).redirects().follow(false)
                    .formParam("csrf-token", TestAccounts.csrfFrom(admin, "/admin/organisation"))
                    .formParam("version", before.version).formParam("name", before.name)
                    .formParam("url", before.url == null ? "" : before.url)
                    .formParam("logoUrl", before.logoUrl == null ? "" : before.logoUrl)
                    .formParam("language", "fr").formParam("timeZone", "Europe/Paris")
                    .post("/admin/organisation").then().statusCode(303);
            given().filter(admin).get("/admin/organisation").then().statusCode(200)
                    .body(containsString("<html lang=\"fr\">"), containsString("Paramètres de l’organisation enregistrés."),
                            containsString("<option value=\"fr\" lang=\"fr\" selected>Français</option>"),
                            containsString("<option value=\"Europe/Paris\" selected>Europe/Paris</option>"));
            given().filter(admin).redirects().follow(false)
                    .formParam("csrf-token", TestAccounts.csrfFrom(admin, "/admin/organisation"))
                    .formParam("version", before.version + 1).formParam("name", before.name)
                    .formParam("language", "klingon").formParam("timeZone", "Europe/Atlantis")
                    .post("/admin/organisation").then().statusCode(422)
                    .body(containsString("Choisissez l’une des langues proposées."),
                            containsString("Choisissez un fuseau horaire dans la liste."));
        } finally {
            TestDesk.set(desk, "en", "UTC");
        }
    }

    @Test
    void problemDetailsFollowTheApiClientsAcceptLanguage() {
        given().header("Accept-Language", "es").get("/api/v1/claims").then().statusCode(401)
                .contentType(Problems.MEDIA_TYPE)
                .body("detail", equalTo("Inicia sesión primero: envía credenciales HTTP Basic o la cookie de sesión."));
        Account editor = TestAccounts.create("api-es", "editor");
        given().auth().preemptive().basic(editor.username, TestAccounts.PASSWORD).header("Accept-Language", "es")
                .get("/api/v1/claims/999999999").then().statusCode(404)
                .body("detail", equalTo("No hay nada en esta dirección. Puede que se haya movido o eliminado."));
        given().auth().preemptive().basic(editor.username, TestAccounts.PASSWORD)
                .get("/api/v1/claims/999999999").then().statusCode(404)
                .body("detail", equalTo("There is nothing at this address. It may have been moved or deleted."));
    }
}
