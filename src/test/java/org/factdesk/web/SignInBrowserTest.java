package org.factdesk.web;

import static org.factdesk.BrowserSupport.axe;
import static org.factdesk.BrowserSupport.button;
import static org.factdesk.BrowserSupport.field;
import static org.factdesk.BrowserSupport.heading;
import static org.factdesk.BrowserSupport.waitForPath;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.factdesk.BrowserSupport;
import org.factdesk.BrowserTest;
import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A person signs in and out in a real browser, and both pages pass the accessibility audit. */
@QuarkusTest
class SignInBrowserTest extends BrowserTest {

    @Test
    void editorSignsInSeesTheDashboardAndSignsOut() {
        Account editor = TestAccounts.create("browser", "editor");

        browser.get(base + "login");
        heading(browser, "Sign in to FactDesk");
        axe(browser);

        field(browser, "Username").sendKeys(editor.username);
        field(browser, "Password").sendKeys(TestAccounts.PASSWORD);
        button(browser, "Sign in").click();

        waitForPath(browser, "/");
        heading(browser, "My claims");
        axe(browser);

        button(browser, "Sign out").click();
        waitForPath(browser, "/login");
        heading(browser, "Sign in to FactDesk");
        assertTrue(browser.getPageSource().contains("You have signed out."), "sign-out notice shown");

        browser.get(base.toString());
        waitForPath(browser, "/login");
        field(browser, "Username");
    }
}
