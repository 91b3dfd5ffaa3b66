package org.factdesk.article;

import static org.factdesk.BrowserSupport.axe;
import static org.factdesk.BrowserSupport.button;
import static org.factdesk.BrowserSupport.field;
import static org.factdesk.BrowserSupport.heading;
import static org.factdesk.BrowserSupport.waitForPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.factdesk.BrowserSupport;
import org.factdesk.BrowserTest;
import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.junit.QuarkusTest;

/** An editor imports a sample, makes one claim from a suggestion and one from a mouse selection. */
@QuarkusTest
class ClaimBrowserTest extends BrowserTest {

    @Test
    void editorMakesClaimsFromASuggestionAndFromASelection() throws Exception {
        Account editor = TestAccounts.create("clicker", "editor");
        Path sample = Files.createTempFile("summit-talks", ".txt");
        Files.writeString(sample, ArticleImportTest.sample("summit-talks.txt") + "\n\nBrowser run " + System.nanoTime()
                + ".", StandardCharsets.UTF_8);
        try {
            browser.get(base + "login");
            field(browser, "Username").sendKeys(editor.username);
            field(browser, "Password").sendKeys(TestAccounts.PASSWORD);
            button(browser, "Sign in").click();
            waitForPath(browser, "/");

            browser.get(base + "articles/new");
            heading(browser, "Import article");
            axe(browser);
            field(browser, "Outlet").sendKeys("Meridian Wire");
            field(browser, "Upload file").sendKeys(sample.toString());
            button(browser, "Import article").click();
            new WebDriverWait(browser, BrowserSupport.WAIT)
                    .until(ExpectedConditions.urlMatches(".*/articles/\\d+$"));
            heading(browser, "Suggested claims");
            axe(browser);

            browser.findElement(By.xpath("//button[normalize-space(.)='Make claim']")).click();
            new WebDriverWait(browser, BrowserSupport.WAIT).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#article-body mark[data-claim]")));

            WebElement word = browser.findElement(By.xpath("//div[@id='article-body']//span[@data-s]"
                    + "[not(ancestor::mark)][contains(., 'customs house')]"));
            new Actions(browser).doubleClick(word).perform();
            WebElement create = button(browser, "Create claim from selection");
            new WebDriverWait(browser, BrowserSupport.WAIT).until(d -> create.isEnabled());
            create.click();
            new WebDriverWait(browser, BrowserSupport.WAIT).ignoring(StaleElementReferenceException.class)
                    .until(d -> claimIds(d).size() >= 2);

            Set<String> ids = claimIds(browser);
            assertEquals(2, ids.size(), "both claims are highlighted in the text");
            assertTrue(browser.findElement(By.id("claims-heading")).getText().contains("Claims (2)"));
            axe(browser);
        } finally {
            Files.deleteIfExists(sample);
        }
    }

    private static Set<String> claimIds(WebDriver driver) {
        List<WebElement> marks = driver.findElements(By.cssSelector("#article-body mark[data-claim]"));
        return marks.stream().map(m -> m.getAttribute("data-claim")).collect(Collectors.toSet());
    }
}
