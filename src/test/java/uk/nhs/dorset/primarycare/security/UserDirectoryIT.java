package uk.nhs.dorset.primarycare.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.EnumSet;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;

/**
 * Every view with an owner filter lists the staff: two statements (the users, then their roles),
 * however many staff the organisation has, not one more per user.
 */
@IntegrationTest
class UserDirectoryIT {

    @Autowired
    UserDirectory directory;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theStaffAndTheirRolesAreReadInTwoStatements() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            List<UserContact> staff = directory.withAnyRole(EnumSet.of(Role.TEAM, Role.ESTATES, Role.MANAGER));
            assertThat(staff).hasSizeGreaterThan(2)
                    .allSatisfy(user -> assertThat(user.roles()).containsAnyOf(Role.TEAM, Role.ESTATES, Role.MANAGER));
            assertThat(statistics.getPrepareStatementCount()).as("statements for %d staff", staff.size()).isLessThanOrEqualTo(2);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
