package org.factdesk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.factdesk.account.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import io.quarkus.test.common.http.TestHTTPResource;

/** Base of the Chromium journeys: a fresh headless browser per test and the app's base URL. */
public abstract class BrowserTest {

    @TestHTTPResource("/")
    protected URL base;

    protected WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = newBrowser();
    }

    /** The browser each test starts with; a test that needs other settings (such as downloads) overrides this. */
    protected WebDriver newBrowser() {
        return BrowserSupport.chromium();
    }

    /** Signs in through the sign-in form as a person does and waits for the dashboard. */
    protected void signIn(Account account) {
        signIn(account, "Dashboard");
    }

    /**
     * As {@link #signIn(Account)} for an account that reads another language: the sign-in page is in the browser's
     * language (English here), the dashboard, headed {@code dashboardHeading}, in the account's.
     */
    protected void signIn(Account account, String dashboardHeading) {
        browser.get(base + "login");
        BrowserSupport.field(browser, "Username").sendKeys(account.username);
        BrowserSupport.field(browser, "Password").sendKeys(TestAccounts.PASSWORD);
        BrowserSupport.button(browser, "Sign in").click();
        BrowserSupport.waitForPath(browser, "/");
        BrowserSupport.heading(browser, dashboardHeading);
        assertTrue(browser.findElement(By.className("who")).getText().contains(account.displayName),
                "signed in as " + account.username);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
