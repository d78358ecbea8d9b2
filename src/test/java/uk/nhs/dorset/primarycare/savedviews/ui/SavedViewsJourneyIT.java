package uk.nhs.dorset.primarycare.savedviews.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.testing.BrowserTest;
import uk.nhs.dorset.primarycare.testing.pages.Downloads;
import uk.nhs.dorset.primarycare.testing.pages.GrantsPage;
import uk.nhs.dorset.primarycare.testing.pages.GridToolbar;

/** The manager saves a filtered grants grid with a column hidden as a shared view; the team opens it. */
class SavedViewsJourneyIT extends BrowserTest {

    private static final List<String> SHOWN = List.of("Practice", "Year", "Scheme", "Status", "Requested", "Approved",
            "Spend deadline");

    @Test
    void managerSharesMyOpenBidsAndTheTeamSeesTheSameFilterColumnsAndExport() {
        String name = "My open bids " + UUID.randomUUID().toString().substring(0, 4);
        signIn("manager");
        GrantsPage grants = new GrantsPage(page, base()).open("2017%2F18");
        grants.filterBy("Status", "Submitted", "status=SUBMITTED");
        GridToolbar toolbar = grants.toolbar();
        assertThat(toolbar.header("Locality")).isVisible();
        toolbar.toggleColumn("Locality");
        assertThat(toolbar.header("Locality")).isHidden();
        page.waitForURL(url -> url.contains("cols="));
        String address = grants.url();
        List<String> managersHeaders = Downloads.rows(grants.exportXlsx()).getFirst();
        org.assertj.core.api.Assertions.assertThat(managersHeaders).containsExactlyElementsOf(SHOWN);
        toolbar.saveView(name, true);
        grants.screenshot("saved-views-saved");

        signIn("team");
        grants.open();
        assertThat(toolbar.header("Locality")).isVisible();
        toolbar.openView(name + " \u2014 shared by manager");
        org.assertj.core.api.Assertions.assertThat(GridToolbar.parameters(grants.url())).isEqualTo(GridToolbar.parameters(address))
                .containsEntry("status", "SUBMITTED").containsKey("cols");
        assertThat(grants.filter("Status")).hasValue("Submitted");
        assertThat(toolbar.header("Locality")).isHidden();
        assertThat(toolbar.header("Status")).isVisible();
        org.assertj.core.api.Assertions.assertThat(Downloads.rows(grants.exportXlsx()).getFirst())
                .containsExactlyElementsOf(managersHeaders);
        grants.screenshot("saved-views-opened");
    }
}
