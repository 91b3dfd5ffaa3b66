package org.factdesk;

import java.net.URL;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
