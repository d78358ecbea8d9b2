package uk.nhs.dorset.primarycare.workforce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.practice.Cluster;
import uk.nhs.dorset.primarycare.workforce.GapCalculator.GapLine;
import uk.nhs.dorset.primarycare.workforce.StaffGroup;

/** A country's localities do not make one readable chart or one page of rows: the chart keeps the largest gaps, the grid scrolls. */
class GapChartTest {

    private static List<GapLine> localities(int n) {
        // Locality k has a GP gap of k FTE.
        return IntStream.rangeClosed(1, n).mapToObj(k -> new GapLine("Locality " + k, new Cluster("North"), StaffGroup.GP,
                BigDecimal.valueOf(100 + k), BigDecimal.valueOf(100 + k), BigDecimal.valueOf(100), BigDecimal.valueOf(k), 5, 5)).toList();
    }

    /** A chart's image is served to the UI that shows it (held here: the current UI is only weakly referenced). */
    private final UI ui = new UI();

    @BeforeEach
    void inAUi() {
        UI.setCurrent(ui);
    }

    @AfterEach
    void leaveTheUi() {
        UI.setCurrent(null);
    }

    /** The chart's name as a screen reader hears it. */
    private static String named(Div chart) {
        return chart.getElement().getChild(0).getAttribute("alt");
    }

    @Test
    void anAreasLocalitiesAreAllCharted() {
        assertThat(GapChart.charted(localities(13), StaffGroup.GP)).hasSize(13);
        assertThat(named(GapChart.of(localities(13), StaffGroup.GP))).endsWith("by locality");
    }

    @Test
    void ofMoreThanThirtyLocalitiesTheChartShowsTheThirtyWithTheLargestGap() {
        assertThat(GapChart.charted(localities(244), StaffGroup.GP)).extracting(GapLine::scope)
                .hasSize(30).contains("Locality 244", "Locality 215").doesNotContain("Locality 214", "Locality 1");
        assertThat(GapChart.charted(localities(244), StaffGroup.NURSES)).isEmpty();
        assertThat(named(GapChart.of(localities(244), StaffGroup.GP))).contains("by locality, the 30 with the largest gap");
    }

    @Test
    void aShortGridShowsEveryRowAndALongOneScrolls() {
        Grid<GapLine> area = GapGrids.grid("Locality", localities(52));
        Grid<GapLine> country = GapGrids.grid("Locality", localities(976));
        assertThat(area.isAllRowsVisible()).isTrue();
        assertThat(country.isAllRowsVisible()).isFalse();
        assertThat(country.getHeight()).isEqualTo("28rem");
    }
}
