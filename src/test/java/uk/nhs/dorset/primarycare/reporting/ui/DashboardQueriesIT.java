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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import java.util.List;
import uk.nhs.dorset.primarycare.base.WorkQueue;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.grants.GrantProgrammeService;
import uk.nhs.dorset.primarycare.grants.GrantService;
import uk.nhs.dorset.primarycare.mergers.MergerService;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.security.CurrentUser;
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
    @Autowired
    List<WorkQueue> queues;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    JdbcTemplate jdbc;

    private Statistics statistics;
    /** A tile's chart is served to the UI that shows it (held here: the current UI is only weakly referenced). */
    private final com.vaadin.flow.component.UI ui = new com.vaadin.flow.component.UI();

    @BeforeEach
    void countStatements() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        com.vaadin.flow.internal.CurrentInstance.clearAll();
        com.vaadin.flow.component.UI.setCurrent(ui);
        SignIn.as(users, "manager");
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
        SignIn.out();
        com.vaadin.flow.internal.CurrentInstance.clearAll();
    }

    private long statements(String what, Supplier<?> build) {
        statistics.clear();
        build.get();
        long count = statistics.getPrepareStatementCount();
        System.out.printf("%s: %d SQL statements%n", what, count);
        return count;
    }

    @Test
    void eachTileCostsAtMostThreeStatements() {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(statements("practices tile", () -> new PracticesTile(practices))).isLessThanOrEqualTo(3);
        soft.assertThat(statements("grants tile", () -> new GrantsTile(grants, programmes))).isLessThanOrEqualTo(3);
        soft.assertThat(statements("estates tile", () -> new EstatesTile(estates))).isLessThanOrEqualTo(3);
        soft.assertThat(statements("mergers tile", () -> new MergersTile(mergers))).isLessThanOrEqualTo(3);
        // The latest snapshot and model, the validation by locality, the gap sums by locality with their targets.
        soft.assertThat(statements("workforce tile", () -> new WorkforceTile(workforce))).isLessThanOrEqualTo(3);
        soft.assertAll();
    }

    /**
     * The queue tile shows its first few items and how many wait: each queue counts in the
     * database and reads only the items shown, never every record waiting, so the tile costs at
     * most three statements per queue (the counts, the first items) whatever the size of the country.
     */
    @Test
    void theQueueTileCountsAndReadsOnlyTheItemsItShows() {
        SoftAssertions soft = new SoftAssertions();
        for (String user : List.of("manager", "estates", "team", "practice")) {
            SignIn.as(users, user);
            for (WorkQueue queue : queues) {
                String name = queue.getClass().getSimpleName().replaceAll("\\$.*", "");
                soft.assertThat(statements(name + " (" + user + ")", () -> queue.first(currentUser.actor(), QueueTile.SHOWN)))
                        .as("%s for %s", name, user).isLessThanOrEqualTo(3);
            }
            soft.assertThat(statements("queue tile (" + user + ")", () -> new QueueTile(currentUser.actor(), queues)))
                    .as("the queue tile for %s", user).isLessThanOrEqualTo(3L * queues.size());
        }
        soft.assertAll();
    }

    /** The counts and first items are exactly those of the whole queue, in its order. */
    @Test
    void eachQueuesFirstItemsAndCountAreThoseOfTheWholeQueue() {
        assertFirstItemsAreThoseOfTheWholeQueue();
    }

    /** The same with records of several workflows assigned to the user, unfinished and finished. */
    @Test
    @Transactional
    void eachQueuesFirstItemsAndCountAreThoseOfTheWholeQueueWithAssignedRecords() {
        jdbc.update("update grant_bid set owner = 'estates' where id in (select id from (select id from grant_bid order by id limit 3) b)");
        jdbc.update("update merger_case set owner = 'estates' where id in (select id from (select id from merger_case order by id desc limit 2) c)");
        jdbc.update("update ettf_project set owner = 'estates' where id in (select id from (select id from ettf_project order by id limit 4) p)");
        jdbc.update("update grant_bid set owner = 'manager' where id in (select id from (select id from grant_bid order by id desc limit 2) b)");
        jdbc.update("update ettf_project set owner = 'manager' where id in (select id from (select id from ettf_project order by id desc limit 1) p)");
        SignIn.as(users, "estates");
        org.assertj.core.api.Assertions.assertThat(queues.stream().filter(WorkQueue::isPersonal)
                .mapToInt(q -> q.waitingFor(currentUser.actor()).size()).sum()).as("records assigned to estates").isGreaterThan(2);
        assertFirstItemsAreThoseOfTheWholeQueue();
    }

    private void assertFirstItemsAreThoseOfTheWholeQueue() {
        for (String user : List.of("manager", "estates", "team", "practice")) {
            SignIn.as(users, user);
            for (WorkQueue queue : queues) {
                List<WorkQueue.QueueItem> all = queue.waitingFor(currentUser.actor());
                for (int limit : new int[] {0, 1, 2, QueueTile.SHOWN, 100}) {
                    WorkQueue.Waiting waiting = queue.first(currentUser.actor(), limit);
                    org.assertj.core.api.Assertions.assertThat(waiting.count()).as("%s for %s", queue, user).isEqualTo(all.size());
                    org.assertj.core.api.Assertions.assertThat(waiting.first()).as("%s for %s, first %d", queue, user, limit)
                            .containsExactlyElementsOf(all.subList(0, Math.min(limit, all.size())));
                }
            }
        }
    }
}
