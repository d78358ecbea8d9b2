package uk.nhs.dorset.primarycare.programme.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.testing.BrowserTest;

/** The programme's screens as the programme manager uses them, wide and on a phone. */
class ProgrammeJourneyIT extends BrowserTest {

    private void shot(String name) {
        if (System.getenv("SCREENSHOTS") != null) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/programme-" + name + ".png")).setFullPage(true));
        }
    }

    @Test
    void managerReadsTrackerAllocationAccessAndAudit() throws Exception {
        signIn("manager");

        open("/programme?area=workforce");
        assertThat(page.locator("vaadin-grid")).containsText("Workforce profile for each locality");
        assertThat(page.locator(".grid-summary")).containsText("items");
        shot("tracker");
        Download export = page.waitForDownload(() -> page.getByText("Export .xlsx").click());
        org.assertj.core.api.Assertions.assertThat(Files.size(export.path())).isGreaterThan(1000);

        page.getByText("Workforce profile for each locality").first().click();
        assertThat(page.getByText("RAG history")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change RAG…"))).isVisible();
        shot("tracker-item");
        page.waitForURL(java.util.regex.Pattern.compile(".*[?&]item=\\d+.*"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close").setExact(true)).click();

        open("/programme/allocation");
        assertThat(page.locator("vaadin-grid").first()).containsText("Bournemouth North");
        assertThat(page.locator("vaadin-grid").first()).containsText("£62,836");
        assertThat(page.locator("vaadin-grid").first()).containsText("£780,000");
        shot("allocation");
        page.getByText("Model a year…").click();
        assertThat(page.getByText("Practice populations at the census date")).isVisible();
        shot("allocation-model");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(page.getByText("Difference per locality")).isVisible();
        page.waitForURL(java.util.regex.Pattern.compile(".*[?&]compare=\\d+.*"));
        shot("allocation-compare");

        open("/programme/access");
        assertThat(page.locator("vaadin-grid")).containsText("393 hours (66%)");
        assertThat(page.locator(".chart svg")).isVisible();
        shot("access");

        open("/programme/audit");
        assertThat(page.locator(".grid-summary")).containsText("field changes");
        shot("audit");
        page.getByText("Field changes", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("vaadin-grid").nth(1)).containsText("AllocationScenario");
        shot("audit-fields");

        page.setViewportSize(400, 800);
        open("/programme");
        shot("tracker-narrow");
        open("/programme/allocation");
        shot("allocation-narrow");
        open("/programme/access");
        shot("access-narrow");
        open("/programme/audit");
        shot("audit-narrow");
    }
}
