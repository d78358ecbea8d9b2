package uk.nhs.dorset.primarycare.practice.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import uk.nhs.dorset.primarycare.testing.BrowserTest;
import uk.nhs.dorset.primarycare.testing.FreshProdDatabase;
import uk.nhs.dorset.primarycare.testing.NationalFiles;
import uk.nhs.dorset.primarycare.testing.pages.AccessPage;
import uk.nhs.dorset.primarycare.testing.pages.AllocationPage;
import uk.nhs.dorset.primarycare.testing.pages.PracticesPage;
import uk.nhs.dorset.primarycare.testing.pages.SetupPage;
import uk.nhs.dorset.primarycare.testing.pages.SignInPage;

/**
 * A second organisation adopts the hub: on a fresh production database the administrator is led
 * to the set-up and makes it County Durham's (sub-ICB 84H) from the national files; the practices,
 * allocation and access pages then show County Durham's own numbers, as counted here from the files.
 */
@ActiveProfiles("prod")
@ContextConfiguration(initializers = FreshProdDatabase.class)
class IcbSetupJourneyIT extends BrowserTest {

    private static final String NAME = "NHS County Durham";
    private static final String LOCALITY = "Durham and Chester-le-Street";
    private static final String CLUSTER = "North Durham";

    @Test
    void administratorSetsUpCountyDurhamFromTheNationalFiles() throws Exception {
        assumeTrue(NationalFiles.present(), "the national NHS files are not at " + NationalFiles.DIR);
        Set<String> open = NationalFiles.gpPractices("84H", true);
        long listSize = NationalFiles.totalListSize(open);
        String practices = String.format("%,d practices", open.size());
        String people = String.format("%,d", listSize);

        new SignInPage(page, base()).open().signIn(FreshProdDatabase.ADMIN, FreshProdDatabase.ADMIN_PASSWORD);
        page.waitForURL("**/admin/setup");
        SetupPage setup = new SetupPage(page, base());
        assertThat(setup.overall()).containsText("Set-up is not finished");
        assertThat(setup.status(SetupPage.PRACTICES)).hasText("To do: import your practices");

        setup.organisation(NAME, "84H");
        assertThat(setup.status(SetupPage.ORGANISATION)).hasText("Done");
        setup.importFile(SetupPage.PRACTICES, NationalFiles.EPRACCUR);
        assertThat(setup.status(SetupPage.PRACTICES)).hasText("Done: " + String.format("%,d open practices", open.size()));
        setup.importFile(SetupPage.LIST_SIZES, NationalFiles.LIST_SIZES);
        setup.addLocality(LOCALITY, CLUSTER);
        assertThat(setup.chosenLocality()).containsText(LOCALITY);
        setup.assignAllToChosenLocality();
        assertThat(setup.status(SetupPage.LOCALITIES)).hasText("1 locality; 0 open practices in no locality");
        assertThat(setup.overall()).containsText("The hub is ready to use");

        PracticesPage grid = new PracticesPage(page, base()).openOnly();
        assertThat(grid.summary()).hasText(practices + ", total list size " + people);
        assertThat(page.locator(".organisation-name")).hasText(NAME);

        new AllocationPage(page, base()).open();
        assertThat(page.locator(".localities-today")).hasText("Your localities today: 1 locality, practice population " + people + ".");

        AccessPage access = new AccessPage(page, base()).open();
        assertThat(access.figure(NAME)).containsText(people + " people");
        assertThat(access.figure(CLUSTER + " cluster")).containsText(people + " people");
        assertThat(access.grid()).not().containsText("East cluster");
    }
}
