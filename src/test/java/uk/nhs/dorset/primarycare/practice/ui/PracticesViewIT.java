package uk.nhs.dorset.primarycare.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.practice.CqcRating;
import uk.nhs.dorset.primarycare.practice.Pcn;
import uk.nhs.dorset.primarycare.practice.PcnRepository;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeRow;
import uk.nhs.dorset.primarycare.practice.PracticeStatus;
import uk.nhs.dorset.primarycare.practice.PracticeRepository;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** The practice grid: filters from the URL, filters back into the URL, and the summary. */
class PracticesViewIT extends ViewTest {

    @Autowired
    PracticeRepository practices;
    @Autowired
    PcnRepository pcns;
    @Autowired
    PracticeService practiceService;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    private List<Practice> inLocality(String name) {
        // A practice's locality is read lazily: look at it while the practices are still attached.
        return transactions.execute(status -> practices.findAll().stream()
                .filter(p -> p.getLocality() != null && p.getLocality().getName().equals(name))
                .toList());
    }

    private PracticesView withQuery(Map<String, String> query) {
        UI.getCurrent().navigate(PracticesView.class, QueryParameters.simple(query));
        return (PracticesView) getCurrentView();
    }

    private static List<PracticeRow> rows(GridTester<Grid<PracticeRow>, PracticeRow> grid) {
        return java.util.stream.IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    @Test
    void filtersInTheUrlSetTheToolbarAndSelectOnlyThoseRows() {
        signIn("manager");
        PracticesView view = withQuery(Map.of("locality", "Purbeck", "cqc", "Good"));
        List<String> expected = inLocality("Purbeck").stream()
                .filter(p -> p.getCqcRating() == CqcRating.GOOD).map(Practice::getOdsCode).sorted().toList();
        assertThat(expected).isNotEmpty();

        assertThat(view.locality().getValue()).isEqualTo("Purbeck");
        assertThat(view.cqc().getValue()).isEqualTo(CqcRating.GOOD);
        GridTester<Grid<PracticeRow>, PracticeRow> grid = test(view.grid());
        assertThat(rows(grid).stream().map(PracticeRow::odsCode).sorted().toList()).isEqualTo(expected);
        assertThat(view.summary().getText()).startsWith(expected.size() + " practice");
    }

    /** A country has 1,800 networks: the picker reads a page of those matching what is typed, and the URL's one by its code. */
    @Test
    void aNetworkInTheUrlIsPickedWithoutTheViewHoldingEveryNetwork() {
        signIn("manager");
        Pcn network = pcns.findAllByOrderByNameAsc().getFirst();
        PracticesView view = withQuery(Map.of("pcn", network.getCode().toLowerCase()));

        assertThat(view.pcn.getValue()).isEqualTo(network);
        assertThat(view.pcn.getDataProvider().isInMemory()).as("the picker holds every network").isFalse();
        assertThat(rows(test(view.grid()))).isNotEmpty().allSatisfy(row -> assertThat(row.pcnName()).isEqualTo(network.getName()));
        String part = network.getName().substring(0, 4).toLowerCase();
        assertThat(practiceService.pcns(part, 0, 50)).contains(network)
                .allSatisfy(p -> assertThat((p.getName() + p.getCode()).toLowerCase()).contains(part))
                .isSortedAccordingTo(java.util.Comparator.comparing(Pcn::getName));
        assertThat(practiceService.pcns("", 0, 500)).as("a page is at most a picker's page").hasSizeLessThanOrEqualTo(50);
    }

    @Test
    void enumNamesAreAcceptedAndUnknownValuesIgnored() {
        signIn("manager");
        PracticesView view = withQuery(Map.of("cqc", "REQUIRES_IMPROVEMENT", "locality", "Atlantis"));
        assertThat(view.cqc().getValue()).isEqualTo(CqcRating.REQUIRES_IMPROVEMENT);
        assertThat(view.locality().getValue()).isNull();
        long expected = practices.findAll().stream().filter(p -> p.getCqcRating() == CqcRating.REQUIRES_IMPROVEMENT).count();
        assertThat(test(view.grid()).size()).isEqualTo((int) expected);
    }

    @Test
    void changingAFilterWritesItToTheQueryAndRefiltersWithTotals() {
        signIn("manager");
        PracticesView view = navigate(PracticesView.class);
        int all = test(view.grid()).size();
        assertThat(all).isEqualTo((int) practices.count());

        test(view.locality()).selectItem("Purbeck");
        List<Practice> purbeck = inLocality("Purbeck");
        assertThat(view.filter().toQuery()).isEqualTo(Map.of("locality", "Purbeck"));
        assertThat(rows(test(view.grid()))).extracting(PracticeRow::odsCode)
                .containsExactlyInAnyOrderElementsOf(purbeck.stream().map(Practice::getOdsCode).toList());
        long listSize = purbeck.stream().mapToLong(p -> p.getListSize() == null ? 0 : p.getListSize()).sum();
        assertThat(view.summary().getText()).isEqualTo(purbeck.size() + " practices, total list size "
                + uk.nhs.dorset.primarycare.base.Formats.number(listSize));

        test(view.text()).setValue("surgery");
        assertThat(view.filter().toQuery()).isEqualTo(Map.of("q", "surgery", "locality", "Purbeck"));

        // The same query string reproduces the same rows.
        PracticesView again = withQuery(view.filter().toQuery());
        assertThat(rows(test(again.grid()))).extracting(PracticeRow::odsCode)
                .isEqualTo(rows(test(view.grid())).stream().map(PracticeRow::odsCode).toList());
    }

    @Test
    void aPracticeManagerSeesOnlyTheirOwnPractice() {
        signIn("practice");
        PracticesView view = navigate(PracticesView.class);
        GridTester<Grid<PracticeRow>, PracticeRow> grid = test(view.grid());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).odsCode()).isEqualTo("J81002");
    }

    @Test
    void sortingByListSizeOrdersTheRows() {
        signIn("team");
        PracticesView view = withQuery(Map.of("status", "Open"));
        GridTester<Grid<PracticeRow>, PracticeRow> grid = test(view.grid());
        grid.sortByColumn("listSize", com.vaadin.flow.data.provider.SortDirection.DESCENDING);
        Integer first = grid.getRow(0).listSize();
        Integer second = grid.getRow(1).listSize();
        assertThat(first).isNotNull();
        assertThat(first).isGreaterThanOrEqualTo(second == null ? 0 : second);
        assertThat(rows(grid)).allMatch(p -> p.status() == PracticeStatus.OPEN);
    }
}
