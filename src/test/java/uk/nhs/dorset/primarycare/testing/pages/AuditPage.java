package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The audit trail: status moves, and on its second tab the field changes. */
public final class AuditPage extends Screen {

    public AuditPage(Page page, String base) {
        super(page, base);
    }

    public AuditPage open() {
        go("/programme/audit");
        return this;
    }

    public Locator summary() {
        return page.locator(".grid-summary");
    }

    public Locator fieldChangesTab() {
        return page.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("Field changes"));
    }

    public Locator showFieldChanges() {
        fieldChangesTab().click();
        return page.locator("vaadin-grid#field-changes");
    }
}
