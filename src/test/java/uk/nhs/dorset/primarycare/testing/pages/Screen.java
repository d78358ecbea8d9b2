package uk.nhs.dorset.primarycare.testing.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** What every signed-in screen has: the frame around it, its heading, the window it is shown in. */
public abstract class Screen {

    protected final Page page;
    protected final String base;

    protected Screen(Page page, String base) {
        this.page = page;
        this.base = base;
    }

    /** Opens a route and waits until Vaadin has rendered the frame. */
    protected void go(String path) {
        page.navigate(base + (path.startsWith("/") ? path : "/" + path));
        page.waitForSelector("vaadin-app-layout");
    }

    public MainFrame frame() {
        return new MainFrame(page, base);
    }

    public Window window() {
        return Window.of(page);
    }

    public Locator heading() {
        return page.locator("h2").first();
    }

    public String url() {
        return page.url();
    }

    /**
     * On a phone-width window: nothing needs a sideways scroll, the heading is in view and not
     * under the bars, and each of the screen's key controls can be seen and pressed.
     */
    public void assertFitsPhone(Locator... keyControls) {
        assertThat(heading()).isVisible();
        window().assertNoSidewaysScroll().assertUsable(heading());
        for (Locator control : keyControls) {
            window().assertUsable(control);
        }
        page.evaluate("() => window.scrollTo(0, 0)");
    }

    /** A full-page picture when SCREENSHOTS is set, for a person to look at; never the check itself. */
    public void screenshot(String name) {
        if (System.getenv("SCREENSHOTS") != null) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/" + name + ".png")).setFullPage(true));
        }
    }

    /** A picture of one part of the screen when SCREENSHOTS is set. */
    public void screenshot(Locator part, String name) {
        if (System.getenv("SCREENSHOTS") != null) {
            part.scrollIntoViewIfNeeded();
            part.screenshot(new Locator.ScreenshotOptions().setPath(Path.of("/tmp/" + name + ".png")));
        }
    }

    /**
     * Each chart on the screen has been fetched and drawn, not just laid out: its image decoded
     * to a picture with a size, and it names what it shows.
     */
    public void assertChartsDrawn() {
        Locator charts = page.locator(".chart img");
        assertThat(charts.first()).isVisible();
        for (Locator chart : charts.all()) {
            assertThat(chart).hasAttribute("alt", Pattern.compile(".+"));
            page.waitForFunction("img => img.complete && img.naturalWidth > 0", chart.elementHandle());
        }
    }

    protected Locator button(String words) {
        return page.locator("vaadin-button", new Page.LocatorOptions().setHasText(words));
    }
}
