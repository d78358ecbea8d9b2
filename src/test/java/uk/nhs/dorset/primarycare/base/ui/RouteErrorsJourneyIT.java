package uk.nhs.dorset.primarycare.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.testing.BrowserTest;
import uk.nhs.dorset.primarycare.testing.pages.DashboardPage;
import uk.nhs.dorset.primarycare.testing.pages.ErrorPage;

/**
 * An address a user may not open, or one that does not exist, answers inside the app with its
 * menu and a way back, never with a bare page listing every route or an empty 403.
 */
class RouteErrorsJourneyIT extends BrowserTest {

    @Test
    void aPageTheRoleMayNotOpenShowsTheAppsOwnPageWithTheMenuAndNoRouteList() {
        signIn("practice");
        ErrorPage error = new ErrorPage(page, base()).open("/admin/users");

        assertThat(error.heading()).hasText("Page not found");
        assertThat(error.message()).containsText("There is no page at /admin/users that you can open");
        assertThat(error.frame().menuItem("Grants").first()).isVisible();
        assertThat(error.frame().userName()).isVisible();
        assertThat(error.text()).doesNotContain("admin/imports").doesNotContain("Available routes")
                .doesNotContain("Could not navigate");

        error.wayBack().click();
        assertThat(new DashboardPage(page, base()).frame().viewTitle()).hasText("Dashboard");
    }

    @Test
    void anUnknownAddressAnswers404WithTheSamePage() {
        signIn("manager");
        ErrorPage error = new ErrorPage(page, base()).open("/no-such-page");

        assertThat(error.status()).isEqualTo(404);
        assertThat(error.heading()).hasText("Page not found");
        assertThat(error.frame().menuItem("Practices").first()).isVisible();
        assertThat(error.wayBack()).isVisible();
    }
}
