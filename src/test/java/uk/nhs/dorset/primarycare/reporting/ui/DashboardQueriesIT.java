package uk.nhs.dorset.primarycare.reporting.ui;

import org.assertj.core.api.SoftAssertions;

import jakarta.persistence.EntityManagerFactory;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.grants.GrantProgrammeService;
import uk.nhs.dorset.primarycare.grants.GrantService;
import uk.nhs.dorset.primarycare.mergers.MergerService;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SignIn;
import uk.nhs.dorset.primarycare.workforce.WorkforceService;

/**
 * The SQL statements each dashboard tile costs: its figures are computed by the database in a
 * few grouped queries, not one count per locality, rating or stage.
 */
@IntegrationTest
class DashboardQueriesIT {

    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    UserDetailsService users;
    @Autowired
    PracticeService practices;
    @Autowired
    GrantService grants;
    @Autowired
    GrantProgrammeService programmes;
    @Autowired
    EttfService estates;
    @Autowired
    MergerService mergers;
    @Autowired
    WorkforceService workforce;

    private Statistics statistics;

    @BeforeEach
    void countStatements() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        com.vaadin.flow.internal.CurrentInstance.clearAll();
        SignIn.as(users, "manager");
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
        SignIn.out();
    }

    private long statements(String tile, Supplier<Tile> build) {
        statistics.clear();
        build.get();
        long count = statistics.getPrepareStatementCount();
        System.out.printf("%s tile: %d SQL statements%n", tile, count);
        return count;
    }

    @Test
    void eachTileCostsAtMostThreeStatements() {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(statements("practices", () -> new PracticesTile(practices))).isLessThanOrEqualTo(3);
        soft.assertThat(statements("grants", () -> new GrantsTile(grants, programmes))).isLessThanOrEqualTo(3);
        soft.assertThat(statements("estates", () -> new EstatesTile(estates))).isLessThanOrEqualTo(3);
        soft.assertThat(statements("mergers", () -> new MergersTile(mergers))).isLessThanOrEqualTo(3);
        // The gap chart shares each locality's target between its practices by list size, so it
        // reads the snapshot's profiles, the open practices and the targets besides the three.
        soft.assertThat(statements("workforce", () -> new WorkforceTile(workforce))).isLessThanOrEqualTo(6);
        soft.assertAll();
    }
}
