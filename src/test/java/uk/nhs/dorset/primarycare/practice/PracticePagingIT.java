package uk.nhs.dorset.primarycare.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SignIn;

/**
 * Paging through a register by a column many practices share (list size, status) shows every
 * practice exactly once: pages never repeat or skip a row. The 2,000 practices are rolled back.
 */
@IntegrationTest
@Transactional
class PracticePagingIT {

    private static final int ADDED = 2_000;
    private static final int PAGE = 50;

    @Autowired
    PracticeService practices;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void manyPracticesWithFewDistinctListSizes() {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ADDED; i++) {
            // Spread the shared values over the table so rows with equal values are not stored together.
            int scrambled = (i * 7919) % ADDED;
            rows.add(new Object[] {String.format("Z%05d", scrambled), "Paging practice " + (scrambled % 10), (scrambled % 5) * 1000});
        }
        jdbc.batchUpdate("insert into practice (version, ods_code, name, status, list_size, vulnerable, resilience_programme) "
                + "values (0, ?, ?, 'OPEN', ?, false, false)", rows);
        com.vaadin.flow.internal.CurrentInstance.clearAll();
        SignIn.as(users, "manager");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void pagingByListSizeShowsEveryPracticeOnce() {
        assertEveryPracticeOnce(Sort.by("listSize"), PAGE);
        assertEveryPracticeOnce(Sort.by(Sort.Direction.DESC, "listSize"), 100);
    }

    @Test
    void pagingByColumnsMostPracticesShareShowsEveryPracticeOnce() {
        assertEveryPracticeOnce(Sort.by(Sort.Direction.DESC, "name"), PAGE);
        assertEveryPracticeOnce(Sort.by("status", "name"), PAGE);
        assertEveryPracticeOnce(Sort.by("locality.name"), PAGE);
        assertEveryPracticeOnce(Sort.by("cqcRating"), PAGE);
        assertEveryPracticeOnce(Sort.by("pcn.name").and(Sort.by(Sort.Direction.DESC, "listSize")), PAGE);
    }

    /**
     * Practices sharing a value come in id order, running the way the column is sorted (so the
     * column's index is read straight through), and the database cannot pick a different order
     * for them from one page to the next.
     */
    @Test
    void practicesSharingAValueComeInIdOrderTheWayTheSortRuns() {
        for (Sort sort : List.of(Sort.by("name"), Sort.by(Sort.Direction.DESC, "name"), Sort.by(Sort.Direction.DESC, "listSize"))) {
            List<PracticeRow> read = new ArrayList<>();
            long total = practices.count(PracticeFilter.ALL);
            for (int page = 0; (long) page * PAGE < total; page++) {
                practices.search(PracticeFilter.ALL, PageRequest.of(page, PAGE, sort)).forEach(read::add);
            }
            String column = sort.iterator().next().getProperty();
            for (int i = 1; i < read.size(); i++) {
                PracticeRow before = read.get(i - 1);
                PracticeRow after = read.get(i);
                boolean same = column.equals("name") ? before.name().equalsIgnoreCase(after.name())
                        : java.util.Objects.equals(before.listSize(), after.listSize());
                if (same && sort.iterator().next().isAscending()) {
                    assertThat(after.id()).as("%s after %s by %s", after.odsCode(), before.odsCode(), sort)
                            .isGreaterThan(before.id());
                } else if (same) {
                    assertThat(after.id()).as("%s after %s by %s", after.odsCode(), before.odsCode(), sort)
                            .isLessThan(before.id());
                }
            }
        }
    }

    private void assertEveryPracticeOnce(Sort sort, int pageSize) {
        long total = practices.count(PracticeFilter.ALL);
        Set<String> seen = new HashSet<>();
        int read = 0;
        for (int page = 0; (long) page * pageSize < total; page++) {
            for (PracticeRow practice : practices.search(PracticeFilter.ALL, PageRequest.of(page, pageSize, sort))) {
                seen.add(practice.odsCode());
                read++;
            }
        }
        assertThat(read).as("rows read by " + sort).isEqualTo(total);
        assertThat(seen).as("distinct practices paged by " + sort).hasSize((int) total);
    }
}
