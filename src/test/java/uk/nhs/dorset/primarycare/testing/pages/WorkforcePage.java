package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The workforce overview: locality gaps against the modelled targets, the chart and validation progress. */
public final class WorkforcePage extends Screen {

    public WorkforcePage(Page page, String base) {
        super(page, base);
    }

    public WorkforcePage open() {
        go("/workforce");
        return this;
    }

    /** The overview for a query such as "snapshot=2024-03-31&model=v7&group=nurses". */
    public WorkforcePage open(String query) {
        go("/workforce?" + query);
        return this;
    }

    public Locator localityGaps() {
        return page.locator("#locality-gaps");
    }

    /** Gap cells that read "1 of ..." (one of the modelled number in post). */
    public Locator oneOfCells() {
        return localityGaps().getByText("1 of", new Locator.GetByTextOptions().setExact(false));
    }

    public Locator chart() {
        return page.locator(".chart");
    }

    public Locator validationSummary() {
        return page.locator("#validation-summary");
    }
}
