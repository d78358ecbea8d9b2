package uk.nhs.dorset.primarycare.workforce.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.testing.BrowserTest;

/** Workforce journeys in Chromium: a practice validates its profile; an import moves the gaps. */
class WorkforceJourneyIT extends BrowserTest {

    private void screenshot(String name) {
        if (System.getenv("SCREENSHOTS") != null) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/workforce-" + name + ".png")).setFullPage(true));
        }
    }

    private void screenshot(Locator part, String name) {
        if (System.getenv("SCREENSHOTS") != null) {
            part.scrollIntoViewIfNeeded();
            part.screenshot(new Locator.ScreenshotOptions().setPath(Path.of("/tmp/workforce-" + name + ".png")));
        }
    }

    @Test
    void practiceValidatesItsOwnProfileAndCannotOpenAnother() {
        signIn("practice");
        open("/workforce/J81002?snapshot=2017-09-30");
        assertThat(page.getByText("Circulated to locality").first()).isVisible();
        screenshot("practice-detail");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Validate")).first().click();
        Locator confirm = page.locator("vaadin-dialog vaadin-button", new Page.LocatorOptions().setHasText("Validate"));
        assertThat(confirm).isVisible();
        screenshot("practice-validate-dialog");
        confirm.click();
        assertThat(page.getByText("Validated by practice").first()).isVisible();
        open("/workforce/J81003");
        assertThat(page.locator("h2")).hasText("Not found");
        open("/workforce");
        screenshot("practice-list");
        page.setViewportSize(400, 800);
        open("/workforce/J81002?snapshot=2017-09-30");
        screenshot("practice-detail-narrow");
    }

    @Test
    void managerSeesTheLocalityGapTableChangeAfterAnImport() throws Exception {
        signIn("manager");
        String gaps = "/workforce?snapshot=2024-03-31&model=v7&group=nurses";
        open(gaps);
        Locator table = page.locator("#locality-gaps");
        assertThat(table).isVisible();
        assertThat(table.getByText("1 of", new Locator.GetByTextOptions().setExact(false))).hasCount(0);

        Path csv = Files.createTempFile("workforce-journey", ".csv");
        Files.writeString(csv, "PRAC_CODE,SUB_ICB_CODE,TOTAL_PATIENTS,TOTAL_NURSES_HC,TOTAL_NURSES_FTE,TOTAL_GP_PTNR_PROV_HC,TOTAL_GP_PTNR_PROV_FTE\n"
                + "J81002,11J,9500,4,3.2,5,4.1\n"
                + "Y99999,99X,1000,1,1,1,1\n");
        open("/admin/imports");
        Locator date = page.locator("vaadin-date-picker").first().locator("input");
        date.fill("31/03/2024");
        date.press("Enter");
        page.locator("vaadin-upload input[type=file]").first().setInputFiles(csv);
        assertThat(page.getByText("Received")).isVisible();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Dry run")).click();
        assertThat(page.getByText("Dry run of 2 rows", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(page.getByText("Y99999")).isVisible();
        screenshot("import-dry-run");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Apply")).click();
        assertThat(page.getByText("Imported 2 rows", new Page.GetByTextOptions().setExact(false))).isVisible();
        screenshot("import-applied");

        open(gaps);
        assertThat(page.locator("#locality-gaps").getByText("1 of", new Locator.GetByTextOptions().setExact(false))).hasCount(1);
        screenshot("manager-gaps-after-import");
        open("/workforce?snapshot=2017-09-30&model=v7");
        screenshot("manager-workforce");
        screenshot(page.locator("#locality-gaps"), "manager-locality-gaps");
        screenshot(page.locator(".chart"), "manager-chart");
        screenshot(page.locator("#validation-summary").locator(".."), "manager-validation");
        page.setViewportSize(400, 800);
        open("/workforce?snapshot=2017-09-30&model=v7&group=gp");
        screenshot("manager-workforce-narrow");
    }
}
