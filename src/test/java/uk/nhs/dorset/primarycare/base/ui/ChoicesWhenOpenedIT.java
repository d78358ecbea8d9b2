package uk.nhs.dorset.primarycare.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.QueryParameters;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** The grids' owner and locality filters read their lists only once someone needs them, not on every page opened. */
class ChoicesWhenOpenedIT extends ViewTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    Statistics statistics;

    @BeforeEach
    void countQueries() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void openingAGridPageReadsNoStaffUntilTheOwnerListIsOpened() {
        signIn("manager");
        UI.getCurrent().navigate("mergers");
        OwnerField owner = find(OwnerField.class).single();
        assertThat(staffListReads()).as("staff read to open the page").isZero();

        assertThat(test(owner).getSuggestions()).startsWith("Nobody").contains("Estates lead (demo) (estates)");
        test(owner).setFilter("(estates)");
        assertThat(test(owner).getSuggestions()).containsExactly("Estates lead (demo) (estates)");
        assertThat(staffListReads()).as("staff read for the list, once").isEqualTo(1);
    }

    @Test
    void anOwnerInTheLinkIsShownByName() {
        signIn("manager");
        UI.getCurrent().navigate("mergers", QueryParameters.of("owner", "estates"));
        OwnerField owner = find(OwnerField.class).single();
        assertThat(owner.getValue()).isEqualTo("estates");
        assertThat(owner.getItemLabelGenerator().apply(owner.getValue())).isEqualTo("Estates lead (demo) (estates)");

        UI.getCurrent().navigate("mergers", QueryParameters.of("owner", "someone-who-left"));
        assertThat(find(OwnerField.class).single().getValue()).as("not a choice: any owner").isNull();
    }

    private long staffListReads() {
        return Arrays.stream(statistics.getQueries()).filter(q -> q.contains("join u.roles"))
                .mapToLong(q -> statistics.getQueryStatistics(q).getExecutionCount()).sum();
    }

    @ParameterizedTest
    @ValueSource(strings = {"practices", "grants", "mergers"})
    void theLocalityFilterReadsTheLocalitiesWhenItsListIsOpened(String route) {
        signIn("manager");
        UI.getCurrent().navigate(route);
        ComboBox<String> locality = find(ComboBox.class).withCaption("Locality").single();
        assertThat(localitiesLoaded()).as("localities read to open /" + route).isZero();

        test(locality).setFilter("purb");
        assertThat(test(locality).getSuggestions()).containsExactly("Purbeck");
        assertThat(localitiesLoaded()).as("localities read for the list").isPositive();
    }

    @Test
    void aLocalityInALinkIsMatchedWhateverItsCase() {
        signIn("manager");
        UI.getCurrent().navigate("practices", QueryParameters.of("locality", "PURBECK"));
        assertThat(find(ComboBox.class).withCaption("Locality").single().getValue()).isEqualTo("Purbeck");
    }

    @Test
    void anEstatesLinkNamingALocalityFiltersByIt() {
        signIn("estates");
        UI.getCurrent().navigate("estates", QueryParameters.of("locality", "Purbeck"));
        Object shown = find(ComboBox.class).withCaption("Locality").single().getValue();
        assertThat(shown).isInstanceOfSatisfying(Locality.class, l -> assertThat(l.getName()).isEqualTo("Purbeck"));
    }

    private long localitiesLoaded() {
        return statistics.getEntityStatistics(Locality.class.getName()).getLoadCount();
    }
}
