package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Choosing from a combo box the way a user does: type, then press the matching item. */
final class Combo {

    private Combo() {
    }

    static void pick(Page page, Locator input, String text) {
        input.fill(text);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }
}
