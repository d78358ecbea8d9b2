package uk.nhs.dorset.primarycare.practice.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeRepository;
import uk.nhs.dorset.primarycare.testing.BrowserTest;

/** A manager filters the practices to Purbeck in Chromium and exports exactly those rows. */
class PracticesJourneyIT extends BrowserTest {

    private static final Pattern ODS = Pattern.compile("[A-Z][0-9]{5}");

    @Autowired
    PracticeRepository practices;

    private void screenshot(String name) {
        if (System.getenv("SCREENSHOTS") != null) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/foundation-" + name + ".png")).setFullPage(true));
        }
    }

    private List<String> visibleCodes() {
        return page.locator("vaadin-grid-cell-content a >> visible=true").allTextContents().stream()
                .filter(t -> ODS.matcher(t).matches()).sorted().toList();
    }

    @Test
    void managerFiltersByLocalityAndExportsExactlyThoseRows() throws Exception {
        List<String> purbeck = practices.findAll().stream()
                .filter(p -> p.getLocality() != null && p.getLocality().getName().equals("Purbeck"))
                .map(Practice::getOdsCode).sorted().toList();
        assertThat(purbeck).isNotEmpty();

        signIn("manager");
        open("/practices");
        screenshot("practices");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Locality")).fill("Purbeck");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Purbeck")).click();
        page.waitForURL(Pattern.compile(".*/practices\\?locality=Purbeck$"));
        assertThat(page.locator(".grid-summary").first()).hasText(Pattern.compile("^" + purbeck.size() + " practices?, total list size"));
        // The grid reuses row elements, so read only the rows it shows.
        page.waitForCondition(() -> visibleCodes().equals(purbeck));
        List<String> shown = visibleCodes();
        assertThat(shown).isEqualTo(purbeck);
        screenshot("practices-purbeck");

        Download download = page.waitForDownload(() -> page.getByText("Export .xlsx").click());
        List<String> exported = new ArrayList<>();
        List<String> localities = new ArrayList<>();
        try (InputStream in = Files.newInputStream(download.path()); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.getFirstSheet();
            List<Row> rows = sheet.read();
            assertThat(rows.getFirst().getCellText(0)).isEqualTo("Code");
            assertThat(rows.getFirst().getCellText(2)).isEqualTo("Locality");
            for (Row row : rows.subList(1, rows.size())) {
                exported.add(row.getCellText(0));
                localities.add(row.getCellText(2));
            }
        }
        assertThat(exported.stream().sorted().collect(Collectors.toList())).isEqualTo(purbeck);
        assertThat(localities).containsOnly("Purbeck");

        page.setViewportSize(400, 800);
        screenshot("practices-narrow");
    }

    @Test
    void aPracticeOpensFromTheGridAndShowsItsRecord() {
        signIn("team");
        open("/practices?q=J81002");
        page.locator("vaadin-grid-cell-content a", new Page.LocatorOptions().setHasText("J81002")).click();
        page.waitForURL("**/practices/J81002");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Orchid House Surgery (J81002)"))).isVisible();
        assertThat(page.getByText("High impact actions adopted")).isVisible();
        screenshot("practice");
        page.setViewportSize(400, 800);
        screenshot("practice-narrow");
        open("/practices/localities");
        assertThat(page.locator("vaadin-grid-cell-content a", new Page.LocatorOptions().setHasText("Purbeck"))).isVisible();
        screenshot("localities-narrow");
        page.setViewportSize(1440, 900);
        screenshot("localities");
    }
}
