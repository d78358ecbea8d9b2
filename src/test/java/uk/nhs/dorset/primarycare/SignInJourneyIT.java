package uk.nhs.dorset.primarycare;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.testing.BrowserTest;
import uk.nhs.dorset.primarycare.testing.pages.DashboardPage;
import uk.nhs.dorset.primarycare.testing.pages.MainFrame;
import uk.nhs.dorset.primarycare.testing.pages.SignInPage;
import uk.nhs.dorset.primarycare.testing.pages.Window;

/** Signing in and out through the real form in Chromium. */
class SignInJourneyIT extends BrowserTest {

    @Test
    void managerSignsInSeesTheirNameAndSignsOut() {
        MainFrame frame = signIn("manager");
        assertThat(frame.userName()).hasText("Programme manager (demo)");
        frame.signOut();
    }

    @Test
    void wrongPasswordIsRefused() {
        SignInPage signIn = new SignInPage(page, base()).open();
        signIn.signInRefused("manager", "not-the-password");
        assertThat(signIn.form()).hasAttribute("error", "");
    }

    @Test
    void onAPhoneTheFormFitsAndTheMenuFoldsBehindItsToggle() {
        Window.of(page).phone();
        SignInPage signIn = new SignInPage(page, base()).open();
        Window.of(page).assertNoSidewaysScroll().assertUsable(signIn.submitButton());
        MainFrame frame = signIn.signIn("manager", "demo");
        DashboardPage dashboard = new DashboardPage(page, base());
        dashboard.window().assertUsable(frame.menuToggle());
        frame.openMenu();
        dashboard.window().assertUsable(frame.menuItem("Grants").first());
        assertThat(frame.userName()).hasText("Programme manager (demo)");
        frame.signOut();
    }
}
