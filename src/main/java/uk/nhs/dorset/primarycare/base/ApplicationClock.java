package uk.nhs.dorset.primarycare.base;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The application's one clock: the real time, except while the embedded demo's loaders replay
 * the seeds' history through the services, when it is held at each historical moment so the
 * records, their history and their audit trail carry the dates the papers give.
 */
public final class ApplicationClock extends Clock {

    private final Clock real;
    private volatile @Nullable Instant held;

    public ApplicationClock(Clock real) {
        this.real = real;
    }

    /** Runs work with the clock reading {@code at}; only the demo loaders do this, at start-up. */
    <T> T heldAt(Instant at, Supplier<T> work) {
        Instant before = held;
        held = at;
        try {
            return work.get();
        } finally {
            held = before;
        }
    }

    @Override
    public Instant instant() {
        Instant at = held;
        return at != null ? at : real.instant();
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return real.withZone(zone);
    }
}
