package uk.nhs.dorset.primarycare.grants.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** Opening the bids page with a filter in its link reads the bids once: one page of rows, one count with the totals. */
class GrantsPageQueriesIT extends ViewTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void openingTheBidsPageCountsWhatItsFilterSelectsOnce() {
        signIn("manager");
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            UI.getCurrent().navigate("grants", QueryParameters.simple(Map.of("status", "SUBMITTED")));
            Grid<?> grid = find(Grid.class).withClassName("grants-grid").single();
            grid.getDataCommunicator().setViewportRange(0, 50);
            roundTrip();
            long counts = Arrays.stream(statistics.getQueries())
                    .filter(query -> query.toLowerCase(Locale.ROOT).contains("count(") && query.contains("grant_bid"))
                    .mapToLong(query -> statistics.getQueryStatistics(query).getExecutionCount())
                    .sum();
            assertThat(counts).as("counts of the bids, in %s", Arrays.toString(statistics.getQueries())).isEqualTo(1);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
