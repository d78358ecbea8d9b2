package uk.nhs.dorset.primarycare.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's rules, on a clock the test moves. */
class SignInThrottleTest {

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T09:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final SignInThrottle throttle = new SignInThrottle(clock, 5, 20, Duration.ofMinutes(5), Duration.ofHours(1));

    @Test
    void theFifthFailureLocksTheUsernameForFiveMinutes() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.failed("team", "10.0.0.1")).as("failure " + i).isEmpty();
            assertThat(throttle.lockedFor("team", "10.0.0.1")).isEmpty();
        }
        assertThat(throttle.failed("team", "10.0.0.1")).hasValue(Duration.ofMinutes(5));
        assertThat(throttle.lockedFor("team", "10.0.0.2")).as("from any address").hasValue(Duration.ofMinutes(5));
        assertThat(throttle.lockedFor("TEAM ", "10.0.0.2")).as("however it is typed").isPresent();
        assertThat(throttle.lockedFor("estates", "10.0.0.2")).as("other users").isEmpty();
        assertThat(SignInLocked.message(throttle.lockedFor("team", null).orElseThrow()))
                .isEqualTo("Too many failed sign-ins; try again in 5 minutes");

        clock.move(Duration.ofMinutes(4));
        assertThat(throttle.lockedFor("team", "10.0.0.1")).hasValue(Duration.ofMinutes(1));
        clock.move(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("team", "10.0.0.1")).as("the lockout ends").isEmpty();
    }

    @Test
    void eachFailureAfterALockoutDoublesTheNextUpToAnHour() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("team", "10.0.0.1");
        }
        clock.move(Duration.ofMinutes(5));
        assertThat(throttle.failed("team", "10.0.0.1")).hasValue(Duration.ofMinutes(10));
        clock.move(Duration.ofMinutes(10));
        assertThat(throttle.failed("team", "10.0.0.1")).hasValue(Duration.ofMinutes(20));
        clock.move(Duration.ofMinutes(20));
        assertThat(throttle.failed("team", "10.0.0.1")).hasValue(Duration.ofMinutes(40));
        clock.move(Duration.ofMinutes(40));
        assertThat(throttle.failed("team", "10.0.0.1")).hasValue(Duration.ofHours(1));
        clock.move(Duration.ofHours(1));
        assertThat(throttle.failed("team", "10.0.0.1")).hasValue(Duration.ofHours(1));
    }

    @Test
    void aSuccessOrADayWithoutFailuresStartsTheUsernameAfresh() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("team", "10.0.0.1");
        }
        throttle.succeeded("team");
        assertThat(throttle.failed("team", "10.0.0.1")).as("counting from one again").isEmpty();
        for (int i = 0; i < 3; i++) {
            throttle.failed("team", "10.0.0.1");
        }
        clock.move(SignInThrottle.FORGET_AFTER.plusMinutes(1));
        assertThat(throttle.failed("team", "10.0.0.1")).as("forgotten after a day").isEmpty();
    }

    @Test
    void oneAddressTryingManyUsernamesIsLockedAfterTwentyFailures() {
        for (int i = 1; i < 20; i++) {
            assertThat(throttle.failed("user" + i, "203.0.113.9")).isEmpty();
        }
        assertThat(throttle.failed("user20", "203.0.113.9")).hasValue(Duration.ofMinutes(5));
        assertThat(throttle.lockedFor("someone-else", "203.0.113.9")).as("any username from that address").isPresent();
        assertThat(throttle.lockedFor("someone-else", "198.51.100.1")).as("the same username elsewhere").isEmpty();
        throttle.succeeded("someone-else");
        assertThat(throttle.lockedFor("someone-else", "203.0.113.9")).as("a success does not clear an address").isPresent();
    }
}
