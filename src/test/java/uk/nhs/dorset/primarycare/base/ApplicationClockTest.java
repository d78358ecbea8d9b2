package uk.nhs.dorset.primarycare.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ApplicationClockTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** A system clock a test moves by hand. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void pass(Duration time) {
            now = now.plus(time);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return LONDON;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void theDemoClockStartsAtNoonOnItsDayAndTicksOnWithTheRealTime() {
        MovingClock system = new MovingClock(Instant.parse("2026-12-01T17:42:10Z"));
        ApplicationClock demo = ApplicationClock.demoAsOf(system, LocalDate.of(2018, 10, 17));

        assertThat(LocalDateTime.now(demo)).isEqualTo(LocalDateTime.of(2018, 10, 17, 12, 0));
        system.pass(Duration.ofMinutes(90));
        assertThat(LocalDateTime.now(demo)).isEqualTo(LocalDateTime.of(2018, 10, 17, 13, 30));
        system.pass(Duration.ofDays(1));
        assertThat(LocalDate.now(demo)).isEqualTo(LocalDate.of(2018, 10, 18));
        assertThat(demo.demoAsOf()).contains(LocalDate.of(2018, 10, 17));
    }

    @Test
    void theRealClockReadsTheSystemTimeAndIsNoDemo() {
        MovingClock system = new MovingClock(Instant.parse("2026-12-01T17:42:10Z"));
        ApplicationClock real = new ApplicationClock(system);

        assertThat(real.instant()).isEqualTo(system.instant());
        assertThat(real.demoAsOf()).isEmpty();
    }

    @Test
    void onlyTheDemoWithADayReadsAsOfIt() {
        TimeConfig config = new TimeConfig();
        assertThat(config.clock(true, "2018-10-17").demoAsOf()).contains(LocalDate.of(2018, 10, 17));
        assertThat(config.clock(true, " ").demoAsOf()).isEmpty();
        // Production never loads demo data, so it never reads as of the demo's day.
        assertThat(config.clock(false, "2018-10-17").demoAsOf()).isEmpty();
    }

    @Test
    void theDemoLoadersHeldMomentIsTheirsAloneWhileOthersReadToday() throws Exception {
        ApplicationClock clock = ApplicationClock.demoAsOf(Clock.systemUTC(), LocalDate.of(2018, 10, 17));
        Instant january = LocalDate.of(2018, 1, 8).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        LocalDate[] seenElsewhere = new LocalDate[1];
        LocalDate seenHere = clock.heldAt(january, () -> {
            Thread other = new Thread(() -> seenElsewhere[0] = LocalDate.now(clock));
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return LocalDate.now(clock);
        });
        assertThat(seenHere).isEqualTo(LocalDate.of(2018, 1, 8));
        assertThat(seenElsewhere[0]).isBetween(LocalDate.of(2018, 10, 17), LocalDate.of(2018, 10, 18));
        assertThat(LocalDate.now(clock)).isBetween(LocalDate.of(2018, 10, 17), LocalDate.of(2018, 10, 18));
    }
}
