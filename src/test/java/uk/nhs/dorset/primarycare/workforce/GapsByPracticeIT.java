package uk.nhs.dorset.primarycare.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.practice.Cluster;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SignIn;
import uk.nhs.dorset.primarycare.workforce.GapCalculator.PracticeGap;

/**
 * The gaps by practice are read a page at a time: paged through, they are exactly the lines of
 * the whole calculation, none repeated or missed, each page in a handful of statements.
 */
@IntegrationTest
class GapsByPracticeIT {

    @Autowired
    WorkforceService workforce;
    @Autowired
    UserDetailsService users;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void pagedThroughTheLinesAreExactlyThoseOfTheWholeCalculation() {
        SignIn.as(users, "manager");
        List<PracticeGap> whole = workforce.gaps(WorkforceDemoData.BASELINE, "v7").practices();
        for (GapQuery query : List.of(new GapQuery(WorkforceDemoData.BASELINE, "v7", null, null, null),
                new GapQuery(WorkforceDemoData.BASELINE, "v7", "Purbeck", null, StaffGroup.GP),
                new GapQuery(WorkforceDemoData.BASELINE, "v7", null, new Cluster("West"), StaffGroup.NURSES))) {
            List<PracticeGap> expected = whole.stream()
                    .filter(l -> query.locality() == null || l.locality().equals(query.locality()))
                    .filter(l -> query.cluster() == null || l.cluster().sameAs(query.cluster()))
                    .filter(l -> query.group() == null || l.group() == query.group()).toList();
            assertThat(expected).as("%s has lines", query).isNotEmpty();
            List<PracticeGap> paged = new ArrayList<>();
            // A page size that is no multiple of the lines per practice splits practices across pages.
            for (int offset = 0; offset < workforce.countPracticeGaps(query); offset += 7) {
                paged.addAll(workforce.practiceGaps(query, offset, 7));
            }
            assertThat(paged).as("%s", query).hasSameSizeAs(expected).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(workforce.countPracticeGaps(query)).isEqualTo(expected.size());
        }
    }

    @Test
    void aPageOfFiftyLinesCostsFourStatementsWhateverTheSizeOfTheCountry() {
        SignIn.as(users, "manager");
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            GapQuery query = new GapQuery(WorkforceDemoData.BASELINE, "v7", null, null, null);
            statistics.clear();
            List<PracticeGap> page = workforce.practiceGaps(query, 100, 50);
            workforce.countPracticeGaps(query);
            assertThat(page).hasSize(50);
            // The page's practices with their localities' list sizes, their profiles with lines, the targets; the count.
            assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(4);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void aPracticeManagerCannotReadOtherPracticesGaps() {
        SignIn.as(users, "practice");
        assertThatThrownBy(() -> workforce.practiceGaps(new GapQuery(WorkforceDemoData.BASELINE, "v7", null, null, null), 0, 50))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }
}
