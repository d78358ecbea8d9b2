package uk.nhs.dorset.primarycare.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import uk.nhs.dorset.primarycare.testing.pages.MainFrame;
import uk.nhs.dorset.primarycare.testing.pages.SignInPage;

/**
 * End-to-end tests: the whole application on a random port over the test MariaDB, driven by
 * Playwright in the system Chromium. Without a Chromium the tests are skipped with a message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = MariaDbInitializer.class)
public abstract class BrowserTest {

    private static final List<Path> CHROMIUM = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;
    /** A second browser, with its own cookies, for a test where two people act at once. */
    private BrowserContext other;

    @BeforeAll
    static void launchBrowser() {
        Path chromium = CHROMIUM.stream().filter(Files::isExecutable).findFirst().orElse(null);
        if (chromium == null) {
            System.out.println("SKIPPED browser tests: no Chromium at /usr/bin/chromium (apt-get install chromium)");
        }
        assumeTrue(chromium != null, "No Chromium at /usr/bin/chromium: browser tests skipped (apt-get install chromium)");
        if (playwright == null) {
            playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        }
    }

    @AfterAll
    static void keepBrowserForNextClass() {
        // One browser serves every test class in the JVM; it closes with the JVM.
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900).setLocale("en-GB").setAcceptDownloads(true));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
        if (other != null) {
            other.close();
            other = null;
        }
    }

    /** A page in a second browser that shares nothing with {@link #page}: another person at another desk. */
    protected Page anotherBrowser() {
        if (other == null) {
            other = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900).setLocale("en-GB"));
            other.setDefaultTimeout(20_000);
        }
        return other.newPage();
    }

    protected String url(String path) {
        return base() + (path.startsWith("/") ? path : "/" + path);
    }

    /** The application's address, which every page object is given. */
    protected String base() {
        return "http://localhost:" + port;
    }

    /** Signs in through the real form and waits for the main layout. */
    protected MainFrame signIn(String username) {
        return new SignInPage(page, base()).open().signIn(username, "demo");
    }

    /** Opens a route and waits until Vaadin has rendered it. */
    protected void open(String path) {
        page.navigate(url(path));
        page.waitForSelector("vaadin-app-layout");
    }
}
