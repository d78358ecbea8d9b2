package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The localities grid. */
public final class LocalitiesPage extends Screen {

    public LocalitiesPage(Page page, String base) {
        super(page, base);
    }

    public LocalitiesPage open() {
        go("/practices/localities");
        return this;
    }

    public Locator locality(String name) {
        return page.locator("vaadin-grid-cell-content a", new Page.LocatorOptions().setHasText(name));
    }
}
