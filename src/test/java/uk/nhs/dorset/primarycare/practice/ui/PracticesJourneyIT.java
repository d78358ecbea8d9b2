package uk.nhs.dorset.primarycare.practice.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeRepository;
import uk.nhs.dorset.primarycare.testing.BrowserTest;
import uk.nhs.dorset.primarycare.testing.pages.Downloads;
import uk.nhs.dorset.primarycare.testing.pages.LocalitiesPage;
import uk.nhs.dorset.primarycare.testing.pages.PracticePage;
import uk.nhs.dorset.primarycare.testing.pages.PracticesPage;

/** A manager filters the practices to Purbeck in Chromium and exports exactly those rows. */
class PracticesJourneyIT extends BrowserTest {

    @Autowired
    PracticeRepository practices;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void managerFiltersByLocalityAndExportsExactlyThoseRows() {
        // A practice's locality is read lazily: look at it while the practices are still attached.
        List<String> purbeck = transactions.execute(status -> practices.findAll().stream()
                .filter(p -> p.getLocality() != null && p.getLocality().getName().equals("Purbeck"))
                .map(Practice::getOdsCode).sorted().toList());
        assertThat(purbeck).isNotEmpty();

        signIn("manager");
        PracticesPage grid = new PracticesPage(page, base()).open();
        grid.screenshot("foundation-practices");
        grid.filterByLocality("Purbeck");
        assertThat(grid.summary()).hasText(Pattern.compile("^" + purbeck.size() + " practices?, total list size"));
        List<String> shown = grid.waitForCodes(purbeck);
        assertThat(shown).isEqualTo(purbeck);
        grid.screenshot("foundation-practices-purbeck");

        List<List<String>> rows = Downloads.rows(grid.exportXlsx());
        assertThat(rows.getFirst().get(0)).isEqualTo("Code");
        assertThat(rows.getFirst().get(2)).isEqualTo("Locality");
        List<String> exported = new ArrayList<>();
        List<String> localities = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            exported.add(row.get(0));
            localities.add(row.get(2));
        }
        assertThat(exported.stream().sorted().collect(Collectors.toList())).isEqualTo(purbeck);
        assertThat(localities).containsOnly("Purbeck");

        grid.window().phone();
        assertThat(grid.summary()).hasText(Pattern.compile("^" + purbeck.size() + " practices?, total list size"));
        grid.assertFitsPhone(grid.localityFilter(), grid.grid(), grid.exportButton());
        assertThat(grid.shownCodes()).isNotEmpty().isSubsetOf(purbeck);
        grid.screenshot("foundation-practices-narrow");
    }

    @Test
    void aPracticeOpensFromTheGridAndShowsItsRecord() {
        signIn("team");
        PracticePage practice = new PracticesPage(page, base()).search("J81002").openPractice("J81002");
        Locator heading = practice.heading("Orchid House Surgery (J81002)");
        assertThat(heading).isVisible();
        assertThat(practice.section("High impact actions adopted")).isVisible();
        practice.screenshot("foundation-practice");

        practice.window().phone();
        assertThat(heading).isVisible();
        practice.window().assertNoSidewaysScroll().assertUsable(heading);
        practice.window().assertUsable(practice.section("High impact actions adopted"));
        practice.screenshot("foundation-practice-narrow");

        LocalitiesPage localities = new LocalitiesPage(page, base()).open();
        assertThat(localities.locality("Purbeck")).isVisible();
        localities.assertFitsPhone(localities.locality("Purbeck"));
        localities.screenshot("foundation-localities-narrow");
        localities.window().desktop();
        localities.screenshot("foundation-localities");
    }
}
