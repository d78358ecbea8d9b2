package uk.nhs.dorset.primarycare.reporting.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.testing.BrowserTest;
import uk.nhs.dorset.primarycare.testing.pages.DashboardPage;
import uk.nhs.dorset.primarycare.testing.pages.Downloads;
import uk.nhs.dorset.primarycare.testing.pages.GrantsPage;

/** The manager follows the grants tile from the dashboard to the filtered grid and exports it. */
class DashboardJourneyIT extends BrowserTest {

    private static final String SLIPPED = "Slipped past the deadline";

    @Test
    void managerFollowsTheSlippedGrantsFigureAndExportsExactlyThoseBids() {
        signIn("manager");
        DashboardPage dashboard = new DashboardPage(page, base()).open();
        int expected = dashboard.count(SLIPPED);
        GrantsPage grants = dashboard.followToGrants(SLIPPED);
        assertThat(grants.url()).contains("deadline=SLIPPED").contains("programme=2017%2F18");

        Path export = grants.exportXlsx();
        long rows = Downloads.rows(export).size() - 1;
        assertThat(rows).isEqualTo(expected);
    }

    @Test
    void onAPhoneTheDashboardFitsAndItsFiguresCanBeFollowed() {
        signIn("manager");
        DashboardPage dashboard = new DashboardPage(page, base());
        dashboard.window().phone();
        dashboard.open();
        assertThat(dashboard.figure(SLIPPED)).isVisible();
        dashboard.assertFitsPhone(dashboard.figure(SLIPPED), dashboard.frame().menuToggle());
        dashboard.screenshot("dashboard-narrow");
        GrantsPage grants = dashboard.followToGrants(SLIPPED);
        assertThat(grants.url()).contains("deadline=SLIPPED");
        grants.assertFitsPhone(grants.grid(), grants.exportButton());
    }
}
