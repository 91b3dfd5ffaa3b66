package org.factdesk.review;

import static org.factdesk.BrowserSupport.button;
import static org.factdesk.BrowserSupport.heading;
import static org.factdesk.BrowserSupport.waitForPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;

import org.factdesk.BrowserSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The steps of the claim journeys in Chromium that do not depend on the page's language: the words a step looks for
 * (a heading, a button, a notice) are given by the journey, so the English walk ({@link ReviewBrowserTest}) and the
 * Spanish one ({@link SpanishWalkBrowserTest}) share them.
 */
final class ClaimPageSteps {

    private final WebDriver browser;
    private final URL base;

    ClaimPageSteps(WebDriver browser, URL base) {
        this.browser = browser;
        this.base = base;
    }

    /** Opens the claim page and waits for its assignment panel, headed {@code assignmentHeading}. */
    void openClaim(long id, String assignmentHeading) {
        browser.get(base + "claims/" + id);
        waitForPath(browser, "/claims/" + id);
        heading(browser, assignmentHeading);
    }

    /**
     * Clicks a button that posts a form and waits for the next page with its notice. Waiting for the old page to go
     * first means a notice left on the page before the click cannot be mistaken for the answer.
     */
    void submit(WebElement button, String notice) {
        button.click();
        BrowserSupport.waitUntilGone(browser, button);
        WebElement shown = new WebDriverWait(browser, BrowserSupport.WAIT)
                .withMessage(() -> "expected the notice \"" + notice + "\" on " + browser.getCurrentUrl())
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main > p.notice")));
        assertEquals(notice, shown.getText());
    }

    /** Sets a date input as the date picker would; typing depends on the browser's locale (mm/dd or dd/mm). */
    void setDate(WebElement input, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, isoDate);
        assertEquals(isoDate, input.getDomProperty("value"));
    }

    /** Signs out with the navigation's button and checks the sign-in page's notice. */
    void signOut(String buttonText, String signedOutNotice) {
        button(browser, buttonText).click();
        waitForPath(browser, "/login");
        assertTrue(browser.findElement(By.className("notice")).getText().contains(signedOutNotice));
    }

    /** The claim's status badge beside its heading. */
    String status() {
        return browser.findElement(By.cssSelector("h1 .badge")).getText();
    }

    String path() {
        return URI.create(browser.getCurrentUrl()).getPath();
    }
}
