package uk.nhs.dorset.primarycare.testing.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** One practice's workforce profile at a snapshot date, with its validation moves. */
public final class PracticeWorkforcePage extends RecordPage {

    public PracticeWorkforcePage(Page page, String base) {
        super(page, base);
    }

    public PracticeWorkforcePage open(String code) {
        go("/workforce/" + code);
        return this;
    }

    public PracticeWorkforcePage open(String code, String snapshot) {
        go("/workforce/" + code + "?snapshot=" + snapshot);
        return this;
    }

    /** The profile's status words as the page shows them. */
    public Locator showing(String statusWords) {
        return page.getByText(statusWords).first();
    }

    public Locator validateButton() {
        return button("Validate").first();
    }

    /** Presses Validate and returns the dialog's confirm button, not yet pressed. */
    public Locator startValidating() {
        validateButton().click();
        Locator confirm = page.locator("vaadin-dialog vaadin-button", new Page.LocatorOptions().setHasText("Validate"));
        assertThat(confirm).isVisible();
        return confirm;
    }
}
