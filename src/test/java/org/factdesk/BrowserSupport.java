package org.factdesk;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Headless Debian Chromium for browser tests, with helpers that find things the way a person does (by visible
 * label) and an axe-core audit. Tests skip without Chromium locally, but fail under {@code CI=true}.
 */
public final class BrowserSupport {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Duration WAIT = Duration.ofSeconds(15);

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");
    private static final String MISSING = "Chromium not installed: apt-get install chromium chromium-driver";

    private BrowserSupport() {
    }

    /**
     * A fresh headless Chromium with its own throw-away profile; {@code quit()} also deletes the profile.
     * Selenium is pointed at the Debian binaries so it never looks for or downloads a driver.
     */
    public static WebDriver chromium() {
        return chromium(null);
    }

    /**
     * As {@link #chromium()}, but files the pages download are saved in {@code downloadDir} without asking; the
     * caller owns the folder and deletes it. Null means downloads are left as Chromium's default.
     */
    public static WebDriver chromium(Path downloadDir) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(MISSING + " (browser tests must run when CI=true)");
            }
            Assumptions.abort(MISSING);
        }
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = tempProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--disable-quic", "--window-size=1280,1000", "--user-data-dir=" + profile);
        if (downloadDir != null) {
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloadDir.toAbsolutePath().toString(),
                    "download.prompt_for_download", false,
                    "download.directory_upgrade", true,
                    "safebrowsing.enabled", true));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        try {
            WebDriver driver = new ChromeDriver(service, options) {
                @Override
                public void quit() {
                    try {
                        super.quit();
                    } finally {
                        deleteTree(profile);
                    }
                }
            };
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
    }

    /** Waits until the browser is at the given path (query string ignored) and returns the full URL. */
    public static String waitForPath(WebDriver driver, String path) {
        new WebDriverWait(driver, WAIT).withMessage(() -> "expected to be at " + path + " but at "
                + driver.getCurrentUrl()).until(d -> path.equals(URI.create(d.getCurrentUrl()).getPath()));
        return driver.getCurrentUrl();
    }

    /**
     * Waits until {@code element} has left the page, as after a click that loads the next one. Chromium sometimes
     * reports a node of the page being replaced as "does not belong to the document" instead of stale; both mean
     * gone.
     */
    public static void waitUntilGone(WebDriver driver, WebElement element) {
        new WebDriverWait(driver, WAIT).withMessage("expected the page to change").until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** The form control labelled with exactly this visible text: the {@code <label>}, then the element it is {@code for}. */
    public static WebElement field(WebDriver driver, String label) {
        WebElement labelElement = driver.findElement(By.xpath("//label[normalize-space()=" + literal(label) + "]"));
        String id = labelElement.getAttribute("for");
        if (id == null || id.isBlank()) {
            fail("the label \"" + label + "\" has no for attribute");
        }
        return driver.findElement(By.id(id));
    }

    /** The {@code <button>} whose visible text is exactly this. */
    public static WebElement button(WebDriver driver, String text) {
        return driver.findElement(By.xpath("//button[normalize-space()=" + literal(text) + "]"));
    }

    /** The heading (h1 to h6) whose visible text is exactly this. */
    public static WebElement heading(WebDriver driver, String text) {
        return driver.findElement(By.xpath("//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
                + "[normalize-space()=" + literal(text) + "]"));
    }

    /** Audits the current page with axe-core and fails listing every serious or critical WCAG 2.1 A/AA violation. */
    public static void axe(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        if (results.isErrored()) {
            fail("axe-core could not audit " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact())).collect(Collectors.toList());
        if (!blocking.isEmpty()) {
            fail(blocking.size() + " serious or critical accessibility violation(s) on " + driver.getCurrentUrl()
                    + ":\n" + blocking.stream().map(BrowserSupport::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        String targets = rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(", "));
        return "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " at " + targets
                + " (" + rule.getHelpUrl() + ")";
    }

    /** An XPath string literal for text that may contain one kind of quote. */
    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        throw new IllegalArgumentException("text with both quote kinds: " + text);
    }

    private static Path tempProfile() {
        try {
            return Files.createTempDirectory("factdesk-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temp profile is harmless; the OS cleans /tmp.
        }
    }
}
