package uk.nhs.dorset.primarycare;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.testing.BrowserTest;

/** Signing in and out through the real form in Chromium. */
class SignInJourneyIT extends BrowserTest {

    @Test
    void managerSignsInSeesTheirNameAndSignsOut() {
        signIn("manager");
        assertThat(page.locator(".user-name")).hasText("Programme manager (demo)");
        page.getByText("Sign out").click();
        page.waitForURL("**/login");
    }

    @Test
    void wrongPasswordIsRefused() {
        page.navigate(url("/login"));
        page.locator("vaadin-login-form input[name=username]").fill("manager");
        page.locator("vaadin-login-form input[name=password]").fill("not-the-password");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL("**/login?error");
        assertThat(page.locator("vaadin-login-form")).hasAttribute("error", "");
    }
}
