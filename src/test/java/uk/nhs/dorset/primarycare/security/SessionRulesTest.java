package uk.nhs.dorset.primarycare.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When an open session must end. */
class SessionRulesTest {

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final Duration IDLE = Duration.ofMinutes(30);

    @Test
    void aSessionOfAnUnchangedActiveUserGoesOn() {
        assertThat(SessionRules.ending(3, Optional.of(new UserStanding(3, true)), NOW.minusSeconds(60), NOW, IDLE)).isEmpty();
        assertThat(SessionRules.ending(3, Optional.of(new UserStanding(3, true)), null, NOW, IDLE)).as("first request").isEmpty();
    }

    @Test
    void aDisabledOrRemovedUsersSessionEnds() {
        assertThat(SessionRules.ending(3, Optional.of(new UserStanding(3, false)), NOW, NOW, IDLE)).hasValue(SessionRules.DISABLED);
        assertThat(SessionRules.ending(3, Optional.empty(), NOW, NOW, IDLE)).hasValue(SessionRules.DISABLED);
    }

    @Test
    void aSessionSignedInBeforeAnAdministratorsChangeEnds() {
        assertThat(SessionRules.ending(3, Optional.of(new UserStanding(4, true)), NOW, NOW, IDLE)).hasValue(SessionRules.CHANGED);
    }

    @Test
    void aReadFromBeforeTheUsersOwnChangeDoesNotEndTheirSession() {
        assertThat(SessionRules.ending(4, Optional.of(new UserStanding(3, true)), NOW, NOW, IDLE)).isEmpty();
    }

    @Test
    void aSessionEndsAfterTheIdleTime() {
        assertThat(SessionRules.ending(3, Optional.of(new UserStanding(3, true)), NOW.minus(IDLE), NOW, IDLE)).isEmpty();
        assertThat(SessionRules.ending(3, Optional.of(new UserStanding(3, true)), NOW.minus(IDLE).minusSeconds(1), NOW, IDLE))
                .hasValue("You were signed out after 30 minutes without activity; sign in again to go on");
    }
}
