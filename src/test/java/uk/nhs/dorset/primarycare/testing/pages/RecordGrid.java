package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;

/** Any grid that lists records: its row links, its keyboard, its sorting and what it cuts short. */
public final class RecordGrid {

    private final Page page;
    private final Locator grid;

    public RecordGrid(Page page, Locator grid) {
        this.page = page;
        this.grid = grid;
    }

    /** The grid on a route, opened and waited for. */
    public static RecordGrid open(Page page, String base, String path, String selector) {
        page.navigate(base + path);
        page.waitForSelector("vaadin-app-layout");
        // Loaded: the grid knows how many rows it has and is not fetching them any more.
        page.waitForFunction("sel => { const g = document.querySelector(sel); return g && g.size > 0 && !g.hasAttribute('loading'); }",
                selector);
        return new RecordGrid(page, page.locator(selector).first());
    }

    /** The anchors the rows carry, which a middle-click or "open in new tab" follows. */
    public Locator rowLinks() {
        return grid.locator("vaadin-grid-cell-content a[href]");
    }

    /** Puts the keyboard on the first row's second cell (not the link) and presses Enter. */
    public void enterOnFirstRow() {
        // A body cell of the first row with text of its own and no link in it.
        grid.evaluate("g => { const cell = [...g.querySelectorAll('vaadin-grid-cell-content')].find(c => c.assignedSlot"
                + " && c.assignedSlot.closest('tbody#items') && c.assignedSlot.closest('tr').index === 0"
                + " && c.textContent.trim() && !c.querySelector('a')); cell.setAttribute('data-enter-here', ''); }");
        Locator cell = grid.locator("vaadin-grid-cell-content[data-enter-here]");
        cell.click(new Locator.ClickOptions().setModifiers(List.of(com.microsoft.playwright.options.KeyboardModifier.CONTROL)));
        page.keyboard().press("Enter");
    }

    /** Opens the first row's link with the middle button and returns the new tab it opened. */
    public Page middleClickFirstLink() {
        return page.context().waitForPage(() -> rowLinks().first().click(new Locator.ClickOptions()
                .setButton(com.microsoft.playwright.options.MouseButton.MIDDLE)));
    }

    /** Clicks a column's sorter by its header words. */
    public void sortBy(String header) {
        grid.locator("vaadin-grid-sorter").filter(new Locator.FilterOptions().setHasText(header)).first().click();
    }

    public Locator sorter(String header) {
        return grid.locator("vaadin-grid-sorter").filter(new Locator.FilterOptions().setHasText(header)).first();
    }

    /** The width in pixels of the column under this sortable header. */
    public int columnWidth(String header) {
        return ((Number) sorter(header).evaluate("s => s.closest('vaadin-grid-cell-content').assignedSlot.parentElement"
                + ".getBoundingClientRect().width")).intValue();
    }

    /** The texts of every cell (header or row) whose text the grid cuts short. */
    @SuppressWarnings("unchecked")
    public List<String> cutShort() {
        return (List<String>) grid.evaluate("g => [...g.querySelectorAll('vaadin-grid-cell-content')]"
                + ".filter(c => c.offsetParent !== null && (c.scrollWidth > c.clientWidth + 1"
                + " || [...c.querySelectorAll('*')].some(e => e.getBoundingClientRect().right > c.getBoundingClientRect().right + 1)))"
                + ".map(c => c.textContent.trim())");
    }
}
