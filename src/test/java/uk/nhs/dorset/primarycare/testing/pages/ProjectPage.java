package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** One ETTF project: its stage, timeline chart, stage records and details form. */
public final class ProjectPage extends RecordPage {

    public ProjectPage(Page page, String base) {
        super(page, base);
    }

    public ProjectPage open(long id) {
        go("/estates/" + id);
        return this;
    }

    public Locator heading(String words) {
        return page.locator("h2", new Page.LocatorOptions().setHasText(words));
    }

    public Locator timeline() {
        return page.locator(".chart");
    }

    public Locator stageRecords() {
        return page.locator(".stage-records");
    }

    public Locator saveDetailsButton() {
        return page.getByText("Save details");
    }
}
