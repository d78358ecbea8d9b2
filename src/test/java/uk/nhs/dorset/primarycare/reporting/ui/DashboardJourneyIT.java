package uk.nhs.dorset.primarycare.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.InputStream;
import java.nio.file.Files;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.testing.BrowserTest;

/** The manager follows the grants tile from the dashboard to the filtered grid and exports it. */
class DashboardJourneyIT extends BrowserTest {

    @Test
    void managerFollowsTheSlippedGrantsFigureAndExportsExactlyThoseBids() throws Exception {
        signIn("manager");
        open("/");
        Locator slipped = page.locator("a.figure", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Slipped past the deadline"));
        int expected = Integer.parseInt(slipped.locator(".figure-value").innerText().strip());
        slipped.click();
        page.waitForURL(url -> url.contains("/grants?") && url.contains("deadline=SLIPPED") && url.contains("programme=2017%2F18"));

        Download download = page.waitForDownload(() -> page.getByText("Export .xlsx").first().click());
        try (InputStream in = Files.newInputStream(download.path()); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            long rows = workbook.getFirstSheet().read().size() - 1;
            assertThat(rows).isEqualTo(expected);
        }
    }
}
