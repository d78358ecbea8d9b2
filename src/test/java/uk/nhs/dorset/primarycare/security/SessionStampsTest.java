package uk.nhs.dorset.primarycare.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;

class SessionStampsTest {

    private final AppUserRepository users = mock(AppUserRepository.class);
    private final UserStanding enabled = new UserStanding(7, true);

    @Test
    void whileTheDatabaseCannotBeReachedTheLastStandingReadStandsSoTheRequestGoesOnToSayTheServiceIsUnavailable() {
        SessionStamps stamps = new SessionStamps(users, Duration.ZERO);
        when(users.findStanding("team")).thenReturn(Optional.of(enabled))
                .thenThrow(new DataAccessResourceFailureException("Unable to acquire JDBC Connection"));

        assertThat(stamps.standing("team")).contains(enabled);
        assertThat(stamps.standing("Team")).contains(enabled);
        verify(users, times(2)).findStanding("team");
    }

    @Test
    void withNoStandingReadBeforeTheOutageTheRequestCannotBeChecked() {
        SessionStamps stamps = new SessionStamps(users, Duration.ZERO);
        when(users.findStanding("team")).thenThrow(new DataAccessResourceFailureException("Unable to acquire JDBC Connection"));

        assertThatThrownBy(() -> stamps.standing("team")).isInstanceOf(DataAccessResourceFailureException.class);
    }

    @Test
    void aFaultThatIsNotAnOutageIsNotCoveredByTheLastRead() {
        SessionStamps stamps = new SessionStamps(users, Duration.ZERO);
        when(users.findStanding("team")).thenReturn(Optional.of(enabled))
                .thenThrow(new InvalidDataAccessResourceUsageException("Unknown column"));

        stamps.standing("team");
        assertThatThrownBy(() -> stamps.standing("team")).isInstanceOf(InvalidDataAccessResourceUsageException.class);
    }

    @Test
    void aReadIsTrustedForItsCacheTimeThenReadAgain() {
        SessionStamps stamps = new SessionStamps(users, Duration.ofHours(1));
        when(users.findStanding("team")).thenReturn(Optional.of(enabled));

        stamps.standing("team");
        stamps.standing("team");
        verify(users, times(1)).findStanding("team");
        stamps.changed("team");
        stamps.standing("team");
        verify(users, times(2)).findStanding("team");
    }
}
