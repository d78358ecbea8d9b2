package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The workforce overview, a section at a time: the profiles, locality gaps against the modelled targets with their chart, validation progress. */
public final class WorkforcePage extends Screen {

    public WorkforcePage(Page page, String base) {
        super(page, base);
    }

    public WorkforcePage open() {
        go("/workforce");
        return this;
    }

    /** The overview for a query such as "tab=localities&snapshot=2024-03-31&model=v7&group=nurses". */
    public WorkforcePage open(String query) {
        go("/workforce?" + query);
        return this;
    }

    /** Follows the link to a section by its name, as "Gap by locality" or "Validation". */
    public WorkforcePage section(String name) {
        sections().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true)).click();
        return this;
    }

    private Locator sections() {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Workforce sections"));
    }

    /** The link of the section shown. */
    public Locator currentSection() {
        return sections().locator("a[aria-current=page]");
    }

    public Locator profiles() {
        return page.locator(".profile-list");
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
