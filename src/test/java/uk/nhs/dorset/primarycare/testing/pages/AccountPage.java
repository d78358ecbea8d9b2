package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The signed-in user's own password page. */
public final class AccountPage extends Screen {

    public AccountPage(Page page, String base) {
        super(page, base);
    }

    public AccountPage open() {
        go("/account");
        return this;
    }

    /** The line saying an administrator's password must be replaced first. */
    public Locator changeRequired() {
        return page.locator(".password-change-required");
    }

    /** Changes the password and waits for the confirmation. */
    public AccountPage change(String current, String next) {
        page.getByLabel("Current password").fill(current);
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(next);
        page.getByLabel("New password again").fill(next);
        button("Change password").last().click();
        page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("Your password is changed")).waitFor();
        return this;
    }
}
