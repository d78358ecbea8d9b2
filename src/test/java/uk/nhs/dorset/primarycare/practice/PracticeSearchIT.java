package uk.nhs.dorset.primarycare.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SignIn;

/**
 * The practice register's search box finds what was typed, in the name or the ODS code: a
 * percent sign, an underscore or a backslash is that character, not a wildcard. The sample
 * name is rolled back after each test.
 */
@IntegrationTest
@Transactional
class PracticeSearchIT {

    @Autowired
    PracticeService practices;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void samplePracticeName() {
        jdbc.update("update practice set name = ? where ods_code = ?", "Orchid\\House 50% Surgery_", "J81002");
        // A browserless test earlier in this JVM may leave a Vaadin session on the thread, which
        // the Vaadin-aware security context strategy would read instead of this sign-in.
        com.vaadin.flow.internal.CurrentInstance.clearAll();
        SignIn.as(users, "manager");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void wildcardsAndBackslashesAreSearchedForAsTyped() {
        for (String typed : List.of("%", "50%", "_", "y_", "\\", "d\\h")) {
            assertThat(found(typed)).as(typed).containsExactly("J81002");
        }
        assertThat(found("\\J81002")).isEmpty();
        assertThat(found("0%s")).isEmpty();
    }

    @Test
    void plainTextMatchesNameOrCodeInAnyCase() {
        assertThat(found("orchid\\HOUSE")).containsExactly("J81002");
        assertThat(found("j81002")).containsExactly("J81002");
    }

    private List<String> found(String text) {
        return practices.search(PracticeFilter.ALL.withText(text), PageRequest.of(0, 200)).getContent().stream()
                .map(PracticeRow::odsCode).toList();
    }
}
