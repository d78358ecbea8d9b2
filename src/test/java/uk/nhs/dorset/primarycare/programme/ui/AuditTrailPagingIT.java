package uk.nhs.dorset.primarycare.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.Query;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.dorset.primarycare.base.audit.AuditEvent;
import uk.nhs.dorset.primarycare.base.audit.AuditFilter;
import uk.nhs.dorset.primarycare.base.audit.AuditTrailService;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/**
 * The audit trail at length: more transitions than the summary counts, read page by page in
 * the trail's order from the last row of the page before, never repeating or skipping a row.
 */
class AuditTrailPagingIT extends ViewTest {

    private static final String FEATURE = "Paging sample";
    private static final int ROWS = AuditView.COUNTED_AT_MOST + 1;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditTrailService audit;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void aLongTrail() {
        // Seven rows share each instant, so only the id can order them within it.
        Instant start = Instant.parse("2001-01-01T09:00:00Z");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Object[] {FEATURE, i, "Sample " + i, "programme", "Done", "team", Timestamp.from(start.plusSeconds(i / 7))});
        }
        jdbc.batchUpdate("insert into audit_event (version, feature, record_id, record_label, link, to_status, changed_by, changed_at) "
                + "values (0, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    @AfterEach
    void removeIt() {
        jdbc.update("delete from audit_event where feature = ?", FEATURE);
    }

    @Test
    void theTrailIsCountedNoFurtherThanTheSummaryNeedsAndFieldChangesAreReadOnlyWhenShown() {
        signIn("manager");
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            navigate(AuditView.class);
            Grid<?> transitions = find(Grid.class).all().stream().filter(g -> g.getId().isEmpty()).findFirst().orElseThrow();
            transitions.getDataCommunicator().setViewportRange(0, 50);
            roundTrip();
            long statements = statistics.getPrepareStatementCount();
            System.out.printf("Opening the audit trail: %d SQL statements; queries %s; entities %s%n", statements,
                    java.util.Arrays.toString(statistics.getQueries()), java.util.Arrays.stream(statistics.getEntityNames())
                            .filter(n -> statistics.getEntityStatistics(n).getLoadCount() > 0).toList());

            assertThat(find(Span.class).all().stream().filter(s -> s.hasClassName("grid-summary")).findFirst().orElseThrow().getText())
                    .isEqualTo("More than 10,000 workflow transitions");
            assertThat(revisionsRead(statistics)).as("field revisions read").isZero();
            assertThat(statistics.getQueries()).as("queries to open the trail")
                    .noneMatch(query -> query.toLowerCase(java.util.Locale.ROOT).contains("count("))
                    .noneMatch(query -> query.contains("_AUD"));
            // The page's rows, the summary's capped count, the feature names the filter offers, and
            // what every page shows (the organisation's name, the saved views menu).
            assertThat(statements).as("statements to open the trail").isLessThanOrEqualTo(5);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void scrollingTheTrailReadsEveryRowOnceInItsOrder() {
        signIn("manager");
        AuditFilter filter = new AuditFilter(null, null, null, FEATURE, null);
        TrailPages pages = new TrailPages(audit, () -> filter);
        List<Long> scrolled = new ArrayList<>();
        for (int offset = 0; offset < 2_000; offset += 50) {
            pages.fetch(new Query<>(offset, 50, List.of(), null, null)).forEach(e -> scrolled.add(e.getId()));
        }
        Set<Long> distinct = new LinkedHashSet<>(scrolled);
        assertThat(distinct).hasSize(2_000);
        List<Long> byOffset = audit.transitions(filter, PageRequest.of(0, 2_000)).stream().map(AuditEvent::getId).toList();
        assertThat(scrolled).isEqualTo(byOffset);
        assertThat(audit.transitions(filter, PageRequest.of(0, 1)).getContent().getFirst().getRecordId()).isEqualTo(ROWS - 1);
    }

    /** Envers' copies of audited records and its revisions, which only the field changes read. */
    private static long revisionsRead(Statistics statistics) {
        return java.util.Arrays.stream(statistics.getEntityNames())
                .filter(name -> name.endsWith("_AUD") || name.endsWith("AuditRevision"))
                .mapToLong(name -> statistics.getEntityStatistics(name).getLoadCount() + statistics.getEntityStatistics(name).getFetchCount())
                .sum();
    }
}
