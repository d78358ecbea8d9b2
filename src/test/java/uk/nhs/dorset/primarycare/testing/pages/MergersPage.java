package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;

/** The merger cases grid, its summary line and export. */
public final class MergersPage extends Screen {

    public MergersPage(Page page, String base) {
        super(page, base);
    }

    public MergersPage open() {
        go("/mergers");
        return this;
    }

    /** The grid filtered to one status by its code ("COMPLETED"). */
    public MergersPage open(String status) {
        go("/mergers?status=" + status);
        return this;
    }

    public Locator grid() {
        return page.locator("vaadin-grid");
    }

    public Locator summary() {
        return page.locator(".grid-summary");
    }

    public Locator exportLink() {
        return page.locator(".export-link");
    }

    public Path exportXlsx() {
        return Downloads.take(page, exportLink());
    }

    public MergerCasePage openCase(String title) {
        grid().getByText(title).click();
        page.waitForURL("**/mergers/*");
        return new MergerCasePage(page, base);
    }

    public Locator newCaseButton() {
        return button("New case");
    }
}
