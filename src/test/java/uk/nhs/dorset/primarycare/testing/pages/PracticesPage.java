package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** The practices grid with its filters and export. */
public final class PracticesPage extends Screen {

    private static final Pattern ODS = Pattern.compile("[A-Z][0-9]{5}");

    public PracticesPage(Page page, String base) {
        super(page, base);
    }

    public PracticesPage open() {
        go("/practices");
        return this;
    }

    /** The open practices only, as a link with ?status=Open shows them. */
    public PracticesPage openOnly() {
        go("/practices?status=Open");
        return this;
    }

    public PracticesPage search(String query) {
        go("/practices?q=" + query);
        return this;
    }

    public Locator localityFilter() {
        return page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Locality"));
    }

    public PracticesPage filterByLocality(String locality) {
        localityFilter().fill(locality);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(locality)).click();
        page.waitForURL(Pattern.compile(".*/practices\\?locality=" + Pattern.quote(locality) + "$"));
        return this;
    }

    public Locator summary() {
        return page.locator(".grid-summary").first();
    }

    public Locator grid() {
        return page.locator("vaadin-grid").first();
    }

    /** The ODS codes of the rows on show, sorted; the grid reuses row elements, so only visible ones count. */
    public List<String> shownCodes() {
        return page.locator("vaadin-grid-cell-content a >> visible=true").allTextContents().stream()
                .filter(t -> ODS.matcher(t).matches()).sorted().toList();
    }

    /** Waits until the grid shows exactly these codes (sorted), then returns what it shows. */
    public List<String> waitForCodes(List<String> codes) {
        page.waitForCondition(() -> shownCodes().equals(codes));
        return shownCodes();
    }

    public Locator exportButton() {
        return page.getByText("Export .xlsx");
    }

    public Path exportXlsx() {
        return Downloads.take(page, exportButton());
    }

    public PracticePage openPractice(String code) {
        page.locator("vaadin-grid-cell-content a", new Page.LocatorOptions().setHasText(code)).click();
        page.waitForURL("**/practices/" + code);
        return new PracticePage(page, base);
    }
}
