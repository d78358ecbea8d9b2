package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** The programme's delivery tracker: items with their RAG, one item open at a time beside the grid. */
public final class TrackerPage extends Screen {

    public TrackerPage(Page page, String base) {
        super(page, base);
    }

    public TrackerPage open() {
        go("/programme");
        return this;
    }

    public TrackerPage open(String area) {
        go("/programme?area=" + area);
        return this;
    }

    public Locator grid() {
        return page.locator("vaadin-grid");
    }

    public Locator summary() {
        return page.locator(".grid-summary");
    }

    public Locator exportButton() {
        return page.getByText("Export .xlsx");
    }

    public Path exportXlsx() {
        return Downloads.take(page, exportButton());
    }

    /** Opens an item; its id goes into the address. */
    public TrackerPage openItem(String title) {
        page.getByText(title).first().click();
        page.waitForURL(Pattern.compile(".*[?&]item=\\d+.*"));
        return this;
    }

    public Locator ragHistory() {
        return page.getByText("RAG history");
    }

    public Locator changeRagButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change RAG…"));
    }

    public TrackerPage closeItem() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close").setExact(true)).click();
        return this;
    }
}
