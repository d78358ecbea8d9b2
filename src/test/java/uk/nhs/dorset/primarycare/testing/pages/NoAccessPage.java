package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** What a signed-in person with no role yet sees instead of the application. */
public final class NoAccessPage {

    private final Page page;
    private final String base;

    NoAccessPage(Page page, String base) {
        this.page = page;
        this.base = base;
    }

    public Locator heading() {
        return page.locator("h1");
    }

    /** The sentences saying the account exists, has no access yet, and whom to ask. */
    public Locator explanation() {
        return page.locator(".no-access-explanation");
    }

    public SignInPage signOut() {
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Sign out")).click();
        page.waitForURL("**/login");
        return new SignInPage(page, base);
    }
}
