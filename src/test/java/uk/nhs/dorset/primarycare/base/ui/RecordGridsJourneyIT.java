package uk.nhs.dorset.primarycare.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.testing.BrowserTest;
import uk.nhs.dorset.primarycare.testing.pages.EstatesPage;
import uk.nhs.dorset.primarycare.testing.pages.RecordGrid;

/** The grids that list records behave as lists of links, keep their order in the address and read whole. */
class RecordGridsJourneyIT extends BrowserTest {

    private record Listing(String path, String grid, String recordUrl) {
    }

    private static final List<Listing> LISTINGS = List.of(
            new Listing("/practices", "vaadin-grid", ".*practices/[A-Z0-9]+"),
            new Listing("/grants", "vaadin-grid.grants-grid", ".*grants/\\d+"),
            new Listing("/estates?view=grid", "vaadin-grid", ".*estates/\\d+"),
            new Listing("/mergers", "vaadin-grid", ".*mergers/\\d+"),
            new Listing("/workforce", "vaadin-grid.profile-list", ".*workforce/[A-Z0-9]+"));

    @Test
    void everyRecordGridOpensItsRecordByLinkEnterAndNewTab() {
        signIn("manager");
        for (Listing listing : LISTINGS) {
            RecordGrid grid = RecordGrid.open(page, base(), listing.path(), listing.grid());
            assertThat(grid.rowLinks().first()).hasAttribute("href", Pattern.compile(listing.recordUrl()));

            Page tab = grid.middleClickFirstLink();
            tab.waitForURL(Pattern.compile(listing.recordUrl()));
            tab.close();

            grid.enterOnFirstRow();
            page.waitForURL(Pattern.compile(listing.recordUrl()));
        }
    }

    @Test
    void sortGoesIntoTheAddressAndASharedLinkRestoresIt() {
        signIn("manager");
        RecordGrid grid = RecordGrid.open(page, base(), "/grants?programme=2017%2F18", "vaadin-grid.grants-grid");
        grid.sortBy("Requested");
        assertThat(page).hasURL(Pattern.compile(".*[?&]sort=requested(&.*)?$"));
        grid.sortBy("Requested");
        assertThat(page).hasURL(Pattern.compile(".*[?&]sort=requested(%2C|,)desc(&.*)?$"));
        assertThat(page).hasURL(Pattern.compile(".*[?&]programme=2017(%2F|/)18(&.*)?$"));

        RecordGrid shared = RecordGrid.open(page, base(), "/grants?programme=2017%2F18&sort=requested,desc", "vaadin-grid.grants-grid");
        assertThat(shared.sorter("Requested")).hasAttribute("direction", "desc");
    }

    @Test
    void grantsKeyColumnsAreReadableAt1440() {
        signIn("manager");
        RecordGrid grid = RecordGrid.open(page, base(), "/grants", "vaadin-grid.grants-grid");
        // Practice and scheme names may be cut (their whole text is the tooltip); nothing else may.
        List<String> cut = grid.cutShort().stream()
                .filter(text -> text.matches("\\d{4}/\\d{2}|£[\\d,]+|Year|Requested|Approved|Status|Spend deadline|Locality"
                        + "|Draft|Submitted|Under review|Approved|Rejected|Withdrawn|Paid|Completed|On track|At risk|Slipped|Claimed.*|.*day.*")
                        || text.isEmpty())
                .toList();
        assertThat(cut).isEmpty();
        // Wide enough for the ODS code and the start of the practice's name ("J81045 Kinson Road Me…").
        assertThat(grid.columnWidth("Practice")).isGreaterThanOrEqualTo(190);
    }

    @Test
    void estatesBoardShowsTheWholePipelineAt1440() {
        signIn("manager");
        EstatesPage board = new EstatesPage(page, base()).open();
        assertThat(board.columns().count()).isGreaterThanOrEqualTo(15);
        // Empty stages are a thin column saying 0; a stage with projects keeps a readable width.
        assertThat(page.locator(".estates-column.empty").first()).containsText("0");
        Map<?, ?> board1440 = (Map<?, ?>) page.evaluate("() => { const b = document.querySelector('.estates-board');"
                + " const cols = [...document.querySelectorAll('.estates-column')];"
                + " return { emptyWide: cols.filter(c => c.classList.contains('empty') && c.offsetWidth > 40).length,"
                + " fullNarrow: cols.filter(c => !c.classList.contains('empty') && c.offsetWidth < 112).length,"
                + " withProjects: cols.filter(c => !c.classList.contains('empty')).length,"
                + " offScreen: cols.filter(c => c.getBoundingClientRect().right > window.innerWidth).length,"
                + " overflows: b.scrollWidth > b.clientWidth, cue: getComputedStyle(b).backgroundImage }; }");
        assertThat(board1440.get("emptyWide")).isEqualTo(0);
        assertThat(board1440.get("fullNarrow")).isEqualTo(0);
        if (((Number) board1440.get("withProjects")).intValue() <= 7) {
            // The demo's pipeline (seven stages with projects at most) is on screen whole.
            assertThat(board1440.get("offScreen")).isEqualTo(0);
        }
        if (Boolean.TRUE.equals(board1440.get("overflows"))) {
            // More stages than fit: the edge shadows say there is more to scroll to.
            assertThat((String) board1440.get("cue")).contains("radial-gradient");
        }
    }
}
