package uk.nhs.dorset.primarycare.testing.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;

/**
 * The browser window's size and what fits in it: a phone-width window must show the screen's key
 * controls without sideways scrolling and without the app's bars lying over them.
 */
public final class Window {

    public static final int PHONE_WIDTH = 400;
    public static final int PHONE_HEIGHT = 800;

    private final Page page;

    Window(Page page) {
        this.page = page;
    }

    public static Window of(Page page) {
        return new Window(page);
    }

    public Window phone() {
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        return this;
    }

    public Window desktop() {
        page.setViewportSize(1440, 900);
        // The layout leaves its phone (overlay) mode once it has seen the new width.
        page.waitForSelector("vaadin-app-layout:not([overlay])");
        return this;
    }

    public int width() {
        return ((Number) page.evaluate("() => window.innerWidth")).intValue();
    }

    /**
     * The page never needs a sideways scroll: nothing is wider than the window, neither the document
     * nor the frame's content area, which scrolls on its own inside the app layout.
     */
    public Window assertNoSidewaysScroll() {
        String widths = """
                () => {
                  const layout = document.querySelector('vaadin-app-layout');
                  const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
                  const view = layout && layout.querySelector(':scope > :not([slot])');
                  return [document.documentElement.scrollWidth, window.innerWidth,
                          content ? content.scrollWidth : 0, content ? content.clientWidth : 0,
                          view ? view.scrollWidth : 0, view ? view.clientWidth : 0];
                }""";
        try {
            // Let the layout settle after a resize before reading the widths.
            page.waitForFunction("() => (" + widths + ")().every((w, i, a) => i % 2 === 1 || w <= a[i + 1])", null,
                    new Page.WaitForFunctionOptions().setTimeout(5_000));
        } catch (TimeoutError stillTooWide) {
            // The assertions below report the widths.
        }
        List<?> w = (List<?>) page.evaluate(widths);
        assertThat(number(w, 0)).as("document width at a %d px window", number(w, 1)).isLessThanOrEqualTo(number(w, 1));
        assertThat(number(w, 2)).as("frame content width, %d px shown", number(w, 3)).isLessThanOrEqualTo(number(w, 3));
        assertThat(number(w, 4)).as("view width, %d px shown", number(w, 5)).isLessThanOrEqualTo(number(w, 5));
        return this;
    }

    private static int number(List<?> values, int index) {
        return ((Number) values.get(index)).intValue();
    }

    /**
     * The element is visible, lies wholly inside the window's width once scrolled to, and nothing
     * (a bar, an overlay) lies over its middle, so a user can see and press it.
     */
    public Window assertUsable(Locator element) {
        assertThat(element).isVisible();
        element.scrollIntoViewIfNeeded();
        BoundingBox box = element.boundingBox();
        assertThat(box).as("box of %s", element).isNotNull();
        int width = width();
        assertThat(box.x).as("left edge of %s", element).isGreaterThanOrEqualTo(-0.5);
        assertThat(box.x + box.width).as("right edge of %s in a %d px window", element, width).isLessThanOrEqualTo(width + 0.5);
        assertUncovered(element);
        return this;
    }

    /**
     * Whatever the browser finds at the element's middle is the element itself or inside it.
     * Like Playwright's own assertions it waits, up to a few seconds, for that to become true,
     * so a dialog still fading out after its confirm is not taken for one that stays over the page.
     */
    public Window assertUncovered(Locator element) {
        element.scrollIntoViewIfNeeded();
        try {
            page.waitForFunction("e => (" + WHAT_COVERS + ")(e) === ''", element.elementHandle(),
                    new Page.WaitForFunctionOptions().setTimeout(5_000));
        } catch (TimeoutError stillCovered) {
            // the assertion below says what lies over it
        }
        assertThat(element.evaluate(WHAT_COVERS)).as("what lies over %s", element).isEqualTo("");
        return this;
    }

    /** What lies over an element's first line, as a short path; empty when nothing does. */
    private static final String WHAT_COVERS = """
                e => {
                  // A wrapped inline element's box spans lines that others share: test its first line.
                  const r = e.getClientRects()[0] || e.getBoundingClientRect();
                  const x = Math.min(Math.max(r.left + r.width / 2, 0), window.innerWidth - 1);
                  const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 12), 0), window.innerHeight - 1);
                  const root = e.getRootNode().elementFromPoint ? e.getRootNode() : document;
                  const hit = root.elementFromPoint(x, y);
                  if (hit === null || hit === e || e.contains(hit)) return '';
                  const path = [];
                  for (let n = hit; n && path.length < 4; n = n.parentElement) {
                    path.push(n.tagName.toLowerCase() + (n.className && typeof n.className === 'string' ? '.' + n.className.trim().split(/\\s+/).join('.') : ''));
                  }
                  return path.join(' < ') + ' at ' + Math.round(x) + ',' + Math.round(y) + ' of ' + window.innerWidth + 'x' + window.innerHeight;
                }""";

}
