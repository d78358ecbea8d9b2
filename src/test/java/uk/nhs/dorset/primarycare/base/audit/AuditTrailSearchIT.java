package uk.nhs.dorset.primarycare.base.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.workflow.StatusChanged;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SignIn;

/**
 * The audit trail's feature search finds what was typed: a percent sign, an underscore or a
 * backslash is that character, not a wildcard. The sample transitions are rolled back after
 * each test.
 */
@IntegrationTest
@Transactional
class AuditTrailSearchIT {

    /** Keeps the searches to the sample transitions, whatever else the trail holds. */
    private static final long RECORD = 987_654_321L;

    @Autowired
    AuditTrailService audit;
    @Autowired
    AuditEventRepository events;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void sampleTransitions() {
        for (String feature : List.of("Scheme 50% share", "Scheme 50 share", "Scheme part_funded", "Scheme partfunded",
                "Scheme A\\B", "Scheme AB")) {
            events.save(AuditEvent.of(new StatusChanged(feature, RECORD, "Sample", "programme", null, "Done", "team",
                    Instant.now(), null)));
        }
        events.flush();
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
    void aPercentSignMatchesOnlyAPercentSign() {
        assertThat(features("%")).containsExactly("Scheme 50% share");
        assertThat(features("50%")).containsExactly("Scheme 50% share");
        assertThat(audit.countTransitions(filter("%"))).isEqualTo(1);
    }

    @Test
    void anUnderscoreMatchesOnlyAnUnderscore() {
        assertThat(features("_")).containsExactly("Scheme part_funded");
        assertThat(features("t_f")).containsExactly("Scheme part_funded");
    }

    @Test
    void aBackslashMatchesOnlyABackslash() {
        assertThat(features("\\")).containsExactly("Scheme A\\B");
        assertThat(features("a\\b")).containsExactly("Scheme A\\B");
    }

    @Test
    void plainTextStillMatchesAnyPartInAnyCase() {
        assertThat(features(" SCHEME 50 ")).containsExactlyInAnyOrder("Scheme 50% share", "Scheme 50 share");
        assertThat(features("funded")).containsExactlyInAnyOrder("Scheme part_funded", "Scheme partfunded");
    }

    private List<String> features(String text) {
        return audit.transitions(filter(text), PageRequest.of(0, 50)).getContent().stream()
                .map(AuditEvent::getFeature).sorted().toList();
    }

    private static AuditFilter filter(String text) {
        return new AuditFilter(null, null, null, text, RECORD);
    }
}
