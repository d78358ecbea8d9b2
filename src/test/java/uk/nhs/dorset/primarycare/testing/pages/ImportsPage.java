package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Path;

/** The administrator's imports page: one section per source file, each with a dry run before it applies. */
public final class ImportsPage extends Screen {

    public ImportsPage(Page page, String base) {
        super(page, base);
    }

    public ImportsPage open() {
        go("/admin/imports");
        return this;
    }

    /** The practice register's commissioner code, committed with Tab as a user leaves the field. */
    public ImportsPage commissionerCode(String code) {
        page.getByLabel("Commissioner code").fill(code);
        page.getByLabel("Commissioner code").press("Tab");
        return this;
    }

    /** The first section's snapshot date, en-GB, committed with Enter. */
    public ImportsPage snapshotDate(String day) {
        Locator date = page.locator("vaadin-date-picker").first().locator("input");
        date.fill(day);
        date.press("Enter");
        return this;
    }

    public ImportsPage upload(Path file) {
        page.locator("vaadin-upload input[type=file]").first().setInputFiles(file);
        return this;
    }

    public ImportsPage upload(FilePayload file) {
        page.locator("vaadin-upload input[type=file]").first().setInputFiles(file);
        return this;
    }

    /** The address a section's upload posts its file to, for a test that posts past the browser. */
    public String uploadAddress(String sectionTitle) {
        Locator section = page.locator("vaadin-details", new Page.LocatorOptions().setHasText(sectionTitle));
        return base + "/" + section.locator("vaadin-upload").first().getAttribute("target");
    }

    /** Chooses a file in the upload of the section whose title has these words. */
    public ImportsPage upload(String sectionTitle, Path file) {
        page.locator("vaadin-details", new Page.LocatorOptions().setHasText(sectionTitle))
                .locator("vaadin-upload input[type=file]").first().setInputFiles(file);
        return this;
    }

    /** Opens the section whose title has these words. */
    public ImportsPage openSection(String sectionTitle) {
        page.locator("vaadin-details", new Page.LocatorOptions().setHasText(sectionTitle)).first()
                .locator("vaadin-details-summary").click();
        return this;
    }

    public ImportsPage dryRun() {
        button("Dry run").click();
        return this;
    }

    /** Ticks "I have checked: the file is complete", which a file lacking many practices asks for before Apply. */
    public ImportsPage confirmComplete() {
        page.locator("vaadin-checkbox", new Page.LocatorOptions().setHasText("the file is complete")).first().click();
        return this;
    }

    public Locator applyButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply").setExact(true)).first();
    }

    public ImportsPage apply() {
        applyButton().click();
        return this;
    }

    /** A message or row the page shows, by its words. */
    public Locator says(String words) {
        return page.getByText(words, new Page.GetByTextOptions().setExact(false)).first();
    }
}
