package uk.nhs.dorset.primarycare;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.estates.EttfFilter;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.grants.GrantFilter;
import uk.nhs.dorset.primarycare.grants.GrantService;
import uk.nhs.dorset.primarycare.mergers.MergerCase;
import uk.nhs.dorset.primarycare.mergers.MergerFilter;
import uk.nhs.dorset.primarycare.mergers.MergerService;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SignIn;
import uk.nhs.dorset.primarycare.practice.PracticeFilter;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.programme.TrackerFilter;
import uk.nhs.dorset.primarycare.programme.TrackerService;
import uk.nhs.dorset.primarycare.workforce.ProfileFilter;
import uk.nhs.dorset.primarycare.workforce.StaffGroup;
import uk.nhs.dorset.primarycare.workforce.WorkforceService;

/**
 * The SQL statements one page of each grid costs, with what its columns show: one for the rows,
 * one for the count, one for the totals, so neither a statement per row nor a second count.
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
    @Autowired
    PracticeService practices;
    @Autowired
    TrackerService tracker;

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

    /**
     * A grid page is what its view asks for it: the rows with what their columns show, the
     * grid's count, and the figures beside the grid. Where those figures include the count the
     * grid reads it from them, so that page counts once.
     */
    @Test
    void aPageOfEachGridCostsAtMostThreeStatements() {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(statements("grant bids", () -> {
            int shown = grants.search(GrantFilter.all(), PageRequest.of(0, PAGE)).stream()
                    .mapToInt(b -> (b.practice() + b.programmeName() + b.localityName()).length() > 0 ? 1 : 0)
                    .sum();
            grants.totals(GrantFilter.all());
            return shown;
        })).isLessThanOrEqualTo(3);
        soft.assertThat(statements("ETTF projects", () -> {
            int shown = projects.search(EttfFilter.all(), PageRequest.of(0, PAGE)).stream()
                    .mapToInt(p -> (p.getName() + (p.getLocality() == null ? "" : p.getLocality().getName()) + p.leadLabel()
                            + p.nextMilestone() + p.isOverdue(projects.today())).length() > 0 ? 1 : 0)
                    .sum();
            projects.totals(EttfFilter.all());
            return shown;
        })).isLessThanOrEqualTo(3);
        soft.assertThat(statements("merger cases", () -> {
            int shown = mergers.search(MergerFilter.none(), PageRequest.of(0, PAGE)).stream()
                    .mapToInt(c -> (c.label() + c.practicesLabel() + c.getLocalityName()).length() > 0 ? 1 : 0).sum();
            mergers.totals(MergerFilter.none());
            return shown;
        })).isLessThanOrEqualTo(3);
        soft.assertThat(statements("workforce profiles", () -> {
            int shown = workforce.search(ProfileFilter.all(), PageRequest.of(0, PAGE)).stream()
                    .mapToInt(p -> (p.practiceName() + p.localityName() + p.totals().fte(StaffGroup.GP)
                            + p.totals().patientsPerGpFte()).length() > 0 ? 1 : 0).sum();
            workforce.count(ProfileFilter.all());
            return shown;
        })).isLessThanOrEqualTo(3);
        soft.assertThat(statements("practices", () -> {
            int shown = practices.search(PracticeFilter.ALL, PageRequest.of(0, PAGE)).stream()
                    .mapToInt(p -> (p.name() + p.localityName() + p.cluster() + p.pcnName() + p.mergedIntoOdsCode()).length() > 0 ? 1 : 0)
                    .sum();
            practices.totals(PracticeFilter.ALL);
            return shown;
        })).isLessThanOrEqualTo(3);
        soft.assertThat(statements("programme tracker", () -> {
            int shown = tracker.search(TrackerFilter.none(), PageRequest.of(0, PAGE)).stream()
                    .mapToInt(i -> (i.getArea().label() + i.getActionText() + i.getLead()).length() > 0 ? 1 : 0).sum();
            tracker.countByRag(TrackerFilter.none());
            return shown;
        })).isLessThanOrEqualTo(3);
        soft.assertAll();
    }

    /** The parties of a page of cases are read for that page, not for every case the filter selects. */
    @Test
    void aPageOfMergerCasesReadsThePartiesOfItsOwnCasesOnly() {
        assertThat(mergers.count(MergerFilter.none())).as("the demo's cases, more than a page of two").isGreaterThan(2);
        statistics.clear();
        List<MergerCase> page = mergers.search(MergerFilter.none(), PageRequest.of(0, 2)).getContent();
        page.forEach(MergerCase::practicesLabel);
        // A slice reads one case past the page, to know whether there is a next page.
        assertThat(statistics.getCollectionLoadCount()).as("cases whose parties were read").isEqualTo(page.size() + 1);
    }

    /**
     * The bid grid's page is read as rows of exactly its columns: no bid, practice, locality or
     * programme entity is loaded for it, and its rows come from one statement beside the totals.
     */
    @Test
    void theGrantsPageReadsRowsNotEntities() {
        statistics.clear();
        int shown = grants.search(GrantFilter.all(), PageRequest.of(0, PAGE, Sort.by("practice.name"))).getNumberOfElements();
        grants.search(new GrantFilter(null, null, null, "Purbeck", null, "surgery"), PageRequest.of(0, PAGE)).getNumberOfElements();
        grants.totals(GrantFilter.all());
        assertThat(shown).isPositive();
        assertThat(statistics.getEntityLoadCount()).as("entities loaded").isZero();
        assertThat(statistics.getEntityFetchCount()).as("entities fetched").isZero();
        assertThat(statistics.getPrepareStatementCount()).as("statements for two pages and the totals").isEqualTo(3);
    }

    /** The practices grid's page, likewise: rows of its columns, no practice, locality, PCN or merged-into entity. */
    @Test
    void thePracticesPageReadsRowsNotEntities() {
        statistics.clear();
        int shown = practices.search(PracticeFilter.ALL, PageRequest.of(0, PAGE, Sort.by("locality.name"))).getNumberOfElements();
        practices.totals(PracticeFilter.ALL);
        assertThat(shown).isPositive();
        assertThat(statistics.getEntityLoadCount()).as("entities loaded").isZero();
        assertThat(statistics.getEntityFetchCount()).as("entities fetched").isZero();
        assertThat(statistics.getPrepareStatementCount()).as("statements for a page and its totals").isEqualTo(2);
    }

    /**
     * The profiles grid's page, likewise: rows of its columns, then that page's role lines summed by
     * staff group; no profile, practice or locality entity and no line collection.
     */
    @Test
    void theWorkforceProfilesPageReadsRowsNotEntities() {
        statistics.clear();
        List<uk.nhs.dorset.primarycare.workforce.ProfileRow> page =
                workforce.search(ProfileFilter.all(), PageRequest.of(0, PAGE, Sort.by("practice.name"))).getContent();
        workforce.count(ProfileFilter.all());
        assertThat(page).isNotEmpty().anyMatch(row -> row.totals().fte(StaffGroup.GP) != null);
        assertThat(statistics.getEntityLoadCount()).as("entities loaded").isZero();
        assertThat(statistics.getEntityFetchCount()).as("entities fetched").isZero();
        assertThat(statistics.getCollectionLoadCount()).as("line collections loaded").isZero();
        assertThat(statistics.getPrepareStatementCount()).as("statements for the rows, their lines and the count").isEqualTo(3);
    }
}
