package org.factdesk.backup;

import static org.factdesk.BrowserSupport.axe;
import static org.factdesk.BrowserSupport.button;
import static org.factdesk.BrowserSupport.heading;
import static org.factdesk.BrowserSupport.waitForPath;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.factdesk.BrowserSupport;
import org.factdesk.BrowserTest;
import org.factdesk.TestAccounts;
import org.factdesk.account.Account;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.quarkus.test.junit.QuarkusTest;

/**
 * An admin finds Backups in the admin navigation and makes one with "Back up now"; the page passes the
 * accessibility audit before and after. On PostgreSQL the page explains pg_dump instead and has no button.
 */
@QuarkusTest
class BackupBrowserTest extends BrowserTest {

    @Test
    void adminMakesABackupFromTheAdminPages() {
        Account admin = TestAccounts.create("backup-browser", "admin");
        signIn(admin);
        browser.get(base + "admin/organisation");
        browser.findElement(By.linkText("Backups")).click();
        waitForPath(browser, "/admin/backups");
        heading(browser, "Backups");
        axe(browser);
        if (!"h2".equals(ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class))) {
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("pg_dump"));
            assertTrue(browser.findElements(By.xpath("//button[normalize-space()='Back up now']")).isEmpty());
            return;
        }
        WebElement backUp = button(browser, "Back up now");
        backUp.click();
        BrowserSupport.waitUntilGone(browser, backUp);
        waitForPath(browser, "/admin/backups");
        String notice = browser.findElement(By.cssSelector("main > p.notice")).getText();
        assertTrue(notice.matches("Backup factdesk-\\d{8}-\\d{6}-\\d{3}-manual\\.zip made \\(.+\\)\\."), notice);
        String name = notice.substring("Backup ".length(), notice.indexOf(" made"));
        List<WebElement> links = browser.findElements(By.linkText(name));
        assertTrue(links.size() == 1 && links.get(0).getAttribute("href").endsWith("/admin/backups/" + name),
                "the new backup is listed with its download link");
        heading(browser, "Restoring a backup");
        axe(browser);
    }
}
