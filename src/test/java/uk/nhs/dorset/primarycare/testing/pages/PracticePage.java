package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** One practice's record. */
public final class PracticePage extends Screen {

    public PracticePage(Page page, String base) {
        super(page, base);
    }

    /** The heading naming the practice and its code ("Orchid House Surgery (J81002)"). */
    public Locator heading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    public Locator section(String title) {
        return page.getByText(title);
    }
}
