package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The sign-in form. */
public final class SignInPage {

    private final Page page;
    private final String base;

    public SignInPage(Page page, String base) {
        this.page = page;
        this.base = base;
    }

    public SignInPage open() {
        page.navigate(base + "/login");
        return this;
    }

    /** Signs in and waits for the main frame. */
    public MainFrame signIn(String username, String password) {
        submit(username, password);
        page.waitForSelector("vaadin-app-layout");
        return new MainFrame(page, base);
    }

    /** Signs in with a password the form must refuse, and waits to be sent back to it. */
    public SignInPage signInRefused(String username, String password) {
        submit(username, password);
        page.waitForURL("**/login?error");
        return this;
    }

    /** The form, which carries the error attribute after a refusal. */
    public Locator form() {
        return page.locator("vaadin-login-form");
    }

    public Locator submitButton() {
        return page.locator("vaadin-login-form vaadin-button[slot=submit]");
    }

    private void submit(String username, String password) {
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        submitButton().click();
    }
}
