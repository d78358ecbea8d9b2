package uk.nhs.dorset.primarycare.workforce.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.testing.BrowserTest;
import uk.nhs.dorset.primarycare.testing.RawUpload;
import uk.nhs.dorset.primarycare.testing.pages.ImportsPage;
import uk.nhs.dorset.primarycare.testing.pages.PracticeWorkforcePage;
import uk.nhs.dorset.primarycare.testing.pages.WorkforcePage;

/** Workforce journeys in Chromium: a practice validates its profile; an import moves the gaps. */
class WorkforceJourneyIT extends BrowserTest {

    @Test
    void practiceValidatesItsOwnProfileAndCannotOpenAnother() {
        signIn("practice");
        PracticeWorkforcePage profile = new PracticeWorkforcePage(page, base()).open("J81002", "2017-09-30");
        assertThat(profile.showing("Circulated to locality")).isVisible();
        profile.screenshot("workforce-practice-detail");
        Locator confirm = profile.startValidating();
        profile.screenshot("workforce-practice-validate-dialog");
        confirm.click();
        assertThat(profile.showing("Validated by practice")).isVisible();
        profile.open("J81003");
        assertThat(profile.heading()).hasText("Not found");
        WorkforcePage list = new WorkforcePage(page, base()).open();
        list.screenshot("workforce-practice-list");

        profile.window().phone();
        profile.open("J81002", "2017-09-30");
        assertThat(profile.showing("Validated by practice")).isVisible();
        profile.assertFitsPhone(profile.showing("Validated by practice"));
        profile.screenshot("workforce-practice-detail-narrow");
    }

    @Test
    void managerSeesTheLocalityGapTableChangeAfterAnImport() throws Exception {
        signIn("manager");
        String gaps = "tab=localities&snapshot=2024-03-31&model=v7&group=nurses";
        WorkforcePage workforce = new WorkforcePage(page, base()).open(gaps);
        assertThat(workforce.localityGaps()).isVisible();
        assertThat(workforce.oneOfCells()).hasCount(0);

        Path csv = Files.createTempFile("workforce-journey", ".csv");
        Files.writeString(csv, "PRAC_CODE,SUB_ICB_CODE,TOTAL_PATIENTS,TOTAL_NURSES_HC,TOTAL_NURSES_FTE,TOTAL_GP_PTNR_PROV_HC,TOTAL_GP_PTNR_PROV_FTE\n"
                + "J81002,11J,9500,4,3.2,5,4.1\n"
                + "Y99999,99X,1000,1,1,1,1\n");
        ImportsPage imports = new ImportsPage(page, base()).open();
        long waiting = RawUpload.uploadsOnDisk();
        imports.snapshotDate("31/03/2024").upload(csv);
        assertThat(imports.says("Received")).isVisible();
        assertThat(RawUpload.uploadsOnDisk()).isEqualTo(waiting + 1);
        imports.dryRun();
        assertThat(imports.says("Dry run of 2 rows")).isVisible();
        assertThat(imports.says("Y99999")).isVisible();
        imports.screenshot("workforce-import-dry-run");
        imports.apply();
        assertThat(imports.says("Imported 2 rows")).isVisible();
        // The upload is deleted as soon as the import that used it ends.
        assertThat(RawUpload.uploadsOnDisk()).isEqualTo(waiting);
        imports.screenshot("workforce-import-applied");

        workforce.open(gaps);
        assertThat(workforce.oneOfCells()).hasCount(1);
        workforce.screenshot("workforce-manager-gaps-after-import");
        workforce.open("snapshot=2017-09-30&model=v7");
        assertThat(workforce.currentSection()).hasText("Profiles");
        assertThat(workforce.profiles()).isVisible();
        assertThat(workforce.localityGaps()).hasCount(0);
        workforce.screenshot("workforce-manager-workforce");
        workforce.section("Gap by locality");
        assertThat(workforce.localityGaps()).isVisible();
        assertThat(workforce.profiles()).hasCount(0);
        workforce.screenshot(workforce.localityGaps(), "workforce-manager-locality-gaps");
        workforce.assertChartsDrawn();
        workforce.screenshot(workforce.chart(), "workforce-manager-chart");
        workforce.section("Validation");
        assertThat(workforce.validationSummary()).isVisible();
        assertThat(workforce.currentSection()).hasText("Validation");
        org.assertj.core.api.Assertions.assertThat(workforce.url()).contains("tab=validation").contains("snapshot=2017-09-30");
        workforce.screenshot(workforce.validationSummary().locator(".."), "workforce-manager-validation");
        // Each section is an address of its own: Back returns to the one before.
        page.goBack();
        assertThat(workforce.localityGaps()).isVisible();
        assertThat(workforce.currentSection()).hasText("Gap by locality");

        workforce.window().phone();
        workforce.open("tab=localities&snapshot=2017-09-30&model=v7&group=gp");
        assertThat(workforce.localityGaps()).isVisible();
        // The whole fit is the disabled test below; here what a phone user must at least see.
        workforce.window().assertUsable(workforce.heading());
        workforce.window().assertUncovered(workforce.localityGaps());
        workforce.screenshot("workforce-manager-workforce-narrow");
    }

    @Test
    void onAPhoneTheWorkforceOverviewFitsTheWindow() {
        signIn("manager");
        WorkforcePage workforce = new WorkforcePage(page, base());
        workforce.window().phone();
        workforce.open("tab=localities&snapshot=2017-09-30&model=v7&group=gp");
        assertThat(workforce.localityGaps()).isVisible();
        workforce.assertFitsPhone(workforce.localityGaps(), workforce.chart());
    }
}
