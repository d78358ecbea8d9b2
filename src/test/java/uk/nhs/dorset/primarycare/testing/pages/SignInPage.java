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

    /** Why the user is asked to sign in again, or why signing in was refused, when the page says so. */
    public Locator notice() {
        return page.locator(".sign-in-notice");
    }

    /** Waits until the browser has been sent to the sign-in form, whatever it was doing. */
    public SignInPage waitUntilShown() {
        page.waitForURL("**/login**");
        page.waitForSelector("vaadin-login-form");
        return this;
    }

    public Locator submitButton() {
        return page.locator("vaadin-login-form vaadin-button[slot=submit]");
    }

    /** Signs in and waits for the sign-in form again, as a refused or throttled attempt ends. */
    public SignInPage signInExpectingRefusal(String username, String password) {
        submit(username, password);
        page.waitForURL("**/login?error");
        page.waitForSelector("vaadin-login-form");
        return this;
    }

    /** The "Sign in with ..." button of single sign-on, shown when the application has a provider. */
    public Locator providerButton() {
        return page.locator("a.provider-sign-in");
    }

    /** Signs in through the provider, which knows the person already, and waits for the main frame. */
    public MainFrame signInThroughProvider() {
        providerButton().click();
        page.waitForSelector("vaadin-app-layout");
        return new MainFrame(page, base);
    }

    /** Signs in through the provider as someone the application gives no access yet. */
    public NoAccessPage signInThroughProviderWithoutAccess() {
        providerButton().click();
        page.waitForURL("**/no-access");
        return new NoAccessPage(page, base);
    }

    private void submit(String username, String password) {
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        submitButton().click();
    }
}
