package uk.nhs.dorset.primarycare.programme.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.testing.BrowserTest;
import uk.nhs.dorset.primarycare.testing.pages.AccessPage;
import uk.nhs.dorset.primarycare.testing.pages.AllocationPage;
import uk.nhs.dorset.primarycare.testing.pages.AuditPage;
import uk.nhs.dorset.primarycare.testing.pages.TrackerPage;

/** The programme's screens as the programme manager uses them, wide and on a phone. */
class ProgrammeJourneyIT extends BrowserTest {

    @Test
    void managerReadsTrackerAllocationAccessAndAudit() throws Exception {
        signIn("manager");

        TrackerPage tracker = new TrackerPage(page, base()).open("workforce");
        assertThat(tracker.grid()).containsText("Workforce profile for each locality");
        assertThat(tracker.summary()).containsText("items");
        tracker.screenshot("programme-tracker");
        Path export = tracker.exportXlsx();
        org.assertj.core.api.Assertions.assertThat(Files.size(export)).isGreaterThan(1000);

        tracker.openItem("Workforce profile for each locality");
        assertThat(tracker.ragHistory()).isVisible();
        assertThat(tracker.changeRagButton()).isVisible();
        tracker.screenshot("programme-tracker-item");
        tracker.closeItem();

        AllocationPage allocation = new AllocationPage(page, base()).open();
        assertThat(allocation.allocations()).containsText("Bournemouth North");
        assertThat(allocation.allocations()).containsText("£62,836");
        assertThat(allocation.allocations()).containsText("£780,000");
        allocation.screenshot("programme-allocation");
        assertThat(allocation.startModelling()).isVisible();
        allocation.screenshot("programme-allocation-model");
        assertThat(allocation.saveModel()).isVisible();
        allocation.screenshot("programme-allocation-compare");

        AccessPage access = new AccessPage(page, base()).open();
        assertThat(access.grid()).containsText("393 hours (66%)");
        access.assertChartsDrawn();
        access.screenshot("programme-access");

        AuditPage audit = new AuditPage(page, base()).open();
        // The summary counts the transitions only: field changes are read once they are shown, never counted on every view.
        assertThat(audit.summary()).containsText("workflow transitions");
        audit.screenshot("programme-audit");
        assertThat(audit.showFieldChanges()).containsText("Allocation scenario");
        audit.screenshot("programme-audit-fields");

        tracker.window().phone();
        tracker.open();
        assertThat(tracker.grid()).isVisible();
        assertThat(tracker.summary()).containsText("items");
        tracker.assertFitsPhone(tracker.grid(), tracker.exportButton());
        tracker.screenshot("programme-tracker-narrow");
        allocation.open();
        assertThat(allocation.allocations()).containsText("Bournemouth North");
        allocation.assertFitsPhone(allocation.allocations(), allocation.modelButton());
        allocation.screenshot("programme-allocation-narrow");
        access.open();
        assertThat(access.chart()).isVisible();
        access.assertFitsPhone(access.grid(), access.chart());
        access.screenshot("programme-access-narrow");
        audit.open();
        assertThat(audit.summary()).containsText("workflow transitions");
        audit.assertFitsPhone(audit.summary(), audit.fieldChangesTab());
        audit.screenshot("programme-audit-narrow");
    }
}
