package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Extended access (IAGPS) coverage per locality. */
public final class AccessPage extends Screen {

    public AccessPage(Page page, String base) {
        super(page, base);
    }

    public AccessPage open() {
        go("/programme/access");
        return this;
    }

    public Locator grid() {
        return page.locator("vaadin-grid");
    }

    /** The value of the population figure with this label, such as a cluster's or the whole area's. */
    public Locator figure(String label) {
        return page.locator(".figure").filter(new Locator.FilterOptions().setHas(
                page.locator(".figure-label", new Page.LocatorOptions().setHasText(label)))).locator(".figure-value");
    }

    public Locator chart() {
        return page.locator(".chart img");
    }
}
