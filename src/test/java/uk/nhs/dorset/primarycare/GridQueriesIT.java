package uk.nhs.dorset.primarycare;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.estates.EttfFilter;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.grants.GrantFilter;
import uk.nhs.dorset.primarycare.grants.GrantService;
import uk.nhs.dorset.primarycare.mergers.MergerFilter;
import uk.nhs.dorset.primarycare.mergers.MergerService;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SignIn;
import uk.nhs.dorset.primarycare.workforce.ProfileFilter;
import uk.nhs.dorset.primarycare.workforce.WorkforceService;

/**
 * The SQL statements one page of each workflow grid costs, with what its columns show: a page
 * must not cost a statement per row (the page size is larger than any bound asserted here).
 */
@IntegrationTest
class GridQueriesIT {

    private static final int PAGE = 50;

    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    UserDetailsService users;
    @Autowired
    GrantService grants;
    @Autowired
    EttfService projects;
    @Autowired
    MergerService mergers;
    @Autowired
    WorkforceService workforce;

    private Statistics statistics;

    @BeforeEach
    void countStatements() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        SignIn.as(users, "manager");
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
        SignIn.out();
    }

    private long statements(String grid, Supplier<Integer> page) {
        statistics.clear();
        int rows = page.get();
        long count = statistics.getPrepareStatementCount();
        System.out.printf("%s: %d rows, %d SQL statements%n", grid, rows, count);
        return count;
    }

    @Test
    void aPageOfEachWorkflowGridCostsAFewStatementsNotOnePerRow() {
        assertThat(statements("grant bids", () -> grants.search(GrantFilter.all(), PageRequest.of(0, PAGE)).stream()
                .mapToInt(b -> (b.getPractice().getName() + b.getProgramme().getName()
                        + (b.getPractice().getLocality() == null ? "" : b.getPractice().getLocality().getName())).length() > 0 ? 1 : 0)
                .sum())).isLessThan(12);
        assertThat(statements("ETTF projects", () -> projects.search(EttfFilter.all(), PageRequest.of(0, PAGE)).stream()
                .mapToInt(p -> p.getName().length() > 0 ? 1 : 0).sum())).isLessThan(12);
        assertThat(statements("merger cases", () -> mergers.search(MergerFilter.none(), PageRequest.of(0, PAGE)).stream()
                .mapToInt(c -> c.label().length() > 0 ? 1 : 0).sum())).isLessThan(12);
        assertThat(statements("workforce profiles", () -> workforce.search(ProfileFilter.all(), PageRequest.of(0, PAGE)).stream()
                .mapToInt(p -> p.getOdsCode().length() > 0 ? 1 : 0).sum())).isLessThan(12);
    }
}
