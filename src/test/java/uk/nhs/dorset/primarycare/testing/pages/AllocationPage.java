package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/** The transformation fund allocation per locality, and modelling another year against it. */
public final class AllocationPage extends Screen {

    public AllocationPage(Page page, String base) {
        super(page, base);
    }

    public AllocationPage open() {
        go("/programme/allocation");
        return this;
    }

    public Locator allocations() {
        return page.locator("vaadin-grid").first();
    }

    public Locator modelButton() {
        return page.getByText("Model a year…");
    }

    /** Opens the modelling dialog; it explains which populations it uses. */
    public Locator startModelling() {
        modelButton().click();
        return page.getByText("Practice populations at the census date");
    }

    /** Saves the modelled year and confirms it; the page then compares it with the allocation and keeps it in the address. */
    public Locator saveModel() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create").setExact(true)).click();
        Locator comparison = page.getByText("Difference per locality");
        page.waitForURL(Pattern.compile(".*[?&]compare=\\d+.*"));
        return comparison;
    }
}
