package org.factdesk.review;

import static org.factdesk.BrowserSupport.axe;
import static org.factdesk.BrowserSupport.button;
import static org.factdesk.BrowserSupport.field;
import static org.factdesk.BrowserSupport.heading;
import static org.factdesk.BrowserSupport.waitForPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.factdesk.BrowserSupport;
import org.factdesk.BrowserTest;
import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 15's walk in Chromium, in Spanish: an editor who also reviews switches Language under My account to
 * Español, imports an article, makes a claim from a selection, assigns it to themself and writes and submits the
 * verdict (choosing the rating by its Spanish label); a second editor switches too and approves it. The browser asks
 * for English, so everything Spanish on the way comes from the accounts' choice; every page passes the axe audit.
 * The steps shared with the English walk are {@link ClaimPageSteps}.
 */
@QuarkusTest
class SpanishWalkBrowserTest extends BrowserTest {

    private ClaimPageSteps steps() {
        return new ClaimPageSteps(browser, base);
    }

    @Test
    void anEditorWalksFromImportToApprovalInSpanish() {
        Account editor = TestAccounts.create("es-walk-editor", "editor", "reviewer");
        Account approver = TestAccounts.create("es-walk-approver", "editor");
        String run = Long.toString(System.nanoTime(), 36);
        String sentence = "El desempleo bajó al 3,1 % en mayo, según el ministerio de Trabajo.";
        String summary = "La encuesta oficial da un 3,4 %, no un 3,1 % (" + run + ").";

        // 1. The editor signs in (the browser asks for English) and chooses Español under My account.
        signIn(editor);
        chooseSpanish();

        // 2. Import: the form and the article page are in Spanish.
        browser.findElement(By.linkText("Artículos")).click();
        waitForPath(browser, "/articles");
        inSpanish();
        browser.get(base + "articles/new");
        heading(browser, "Importar artículo");
        inSpanish();
        field(browser, "Título").sendKeys("Desempleo en mayo " + run);
        field(browser, "Texto").sendKeys(sentence + " La inflación subió un 4 % en el mismo mes. " + run);
        button(browser, "Importar artículo").click();
        new WebDriverWait(browser, BrowserSupport.WAIT).until(ExpectedConditions.urlMatches(".*/articles/\\d+$"));
        inSpanish();

        // 3. Claim: the first sentence, selected as a person would, becomes a claim.
        ((JavascriptExecutor) browser).executeScript("var span = document.querySelector('#article-body span[data-s]');"
                + "var range = document.createRange(); range.selectNodeContents(span);"
                + "var selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);"
                + "span.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));");
        WebElement create = button(browser, "Crear afirmación con la selección");
        new WebDriverWait(browser, BrowserSupport.WAIT).until(d -> create.isEnabled());
        create.click();
        WebElement mark = new WebDriverWait(browser, BrowserSupport.WAIT).until(ExpectedConditions
                .presenceOfElementLocated(By.cssSelector("#article-body mark[data-claim]")));
        long id = Long.parseLong(mark.getAttribute("data-claim"));
        inSpanish();

        // 4. The editor assigns the claim to themself.
        steps().openClaim(id, "Asignación");
        inSpanish();
        assertEquals("Nueva", steps().status());
        new Select(field(browser, "Verificador")).selectByVisibleText(editor.displayName + " (" + editor.username
                + ")");
        steps().setDate(field(browser, "Fecha límite"), LocalDate.now().plusDays(3).toString());
        steps().submit(button(browser, "Asignar"), "Afirmación asignada.");
        assertEquals("Asignada", steps().status());
        inSpanish();

        // 5. Verdict: the scale is offered in Spanish; a draft, then the submission.
        Select rating = new Select(field(browser, "Calificación"));
        assertTrue(rating.getOptions().stream().anyMatch(o -> o.getText().equals("Verdad a medias")),
                "the rating scale in Spanish");
        rating.selectByVisibleText("Falso");
        field(browser, "Resumen").sendKeys(summary);
        field(browser, "Análisis").sendKeys("El instituto de estadística publica un *3,4 %* para mayo.");
        field(browser, "URL").sendKeys("https://example.org/es/encuesta-" + run);
        field(browser, "Título").sendKeys("Encuesta de población activa, mayo");
        steps().submit(button(browser, "Guardar borrador"), "Borrador guardado.");
        assertEquals("En verificación", steps().status());
        assertEquals("Falso", new Select(field(browser, "Calificación")).getFirstSelectedOption().getText());
        inSpanish();
        steps().submit(button(browser, "Enviar para aprobación"), "Veredicto enviado para aprobación.");
        assertEquals("Enviada para aprobación", steps().status());
        heading(browser, "Veredicto enviado");
        inSpanish();
        steps().signOut("Cerrar sesión", "Has cerrado la sesión.");

        // 6. Approval: a second editor chooses Español as well and publishes the verdict.
        signIn(approver);
        chooseSpanish();
        steps().openClaim(id, "Asignación");
        assertEquals("Enviada para aprobación", steps().status());
        inSpanish();
        steps().submit(button(browser, "Aprobar y publicar"), "Veredicto aprobado y publicado.");
        assertEquals("Publicada", steps().status());
        WebElement published = heading(browser, "Veredicto publicado").findElement(By.xpath("./.."));
        assertEquals("Falso", published.findElement(By.cssSelector(".verdict-rating .rating-badge")).getText(),
                "the rating by its Spanish label");
        assertTrue(published.getText().contains(summary), published.getText());
        assertTrue(published.getText().contains("aprobado por " + approver.displayName), published.getText());
        inSpanish();
    }

    /** Opens My account from the navigation and chooses Español; the page answers in Spanish at once. */
    private void chooseSpanish() {
        browser.findElement(By.cssSelector("header a.who")).click();
        waitForPath(browser, "/account");
        heading(browser, "Your account");
        axe(browser);
        new Select(field(browser, "Language")).selectByVisibleText("Español");
        steps().submit(button(browser, "Save language and time zone"), "Tu idioma y tu zona horaria están guardados.");
        heading(browser, "Tu cuenta");
        assertEquals("es", new Select(field(browser, "Idioma")).getFirstSelectedOption().getAttribute("value"));
        inSpanish();
    }

    /** The page says it is Spanish and passes the axe audit. */
    private void inSpanish() {
        assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"), browser.getCurrentUrl());
        axe(browser);
    }
}
