package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The dashboard: one tile per feature, whose figures link to the grid they count. */
public final class DashboardPage extends Screen {

    public DashboardPage(Page page, String base) {
        super(page, base);
    }

    public DashboardPage open() {
        go("/");
        return this;
    }

    /** The dashboard has no page heading of its own; the first tile's title heads it. */
    @Override
    public Locator heading() {
        return page.locator(".tile h3").first();
    }

    public Locator figure(String caption) {
        return page.locator("a.figure", new Page.LocatorOptions().setHasText(caption));
    }

    public int count(String caption) {
        return Integer.parseInt(figure(caption).locator(".figure-value").innerText().strip());
    }

    /** Follows a grants figure to the grid of exactly the bids it counts. */
    public GrantsPage followToGrants(String caption) {
        figure(caption).click();
        page.waitForURL(url -> url.contains("/grants?"));
        return new GrantsPage(page, base);
    }
}
