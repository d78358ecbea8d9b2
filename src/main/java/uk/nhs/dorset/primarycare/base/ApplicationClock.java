package uk.nhs.dorset.primarycare.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The application's one clock: the real time in production. The embedded demo reads as of the
 * seeds' moment instead: its clock starts on that day at the real time of day and ticks on from
 * there, so deadlines, slippage and "overdue" read as they did then. While the demo's loaders
 * replay the seeds' history through the services it is held at each historical moment, so the
 * records, their history and their audit trail carry the dates the papers give.
 */
public final class ApplicationClock extends Clock {

    private final Clock real;
    private final @Nullable LocalDate demoAsOf;
    // The demo's loaders replay history on their own thread while the server already takes
    // requests: only that thread sees the held moment, so a user signed in meanwhile reads today.
    private final ThreadLocal<@Nullable Instant> heldHere = new ThreadLocal<>();
    private volatile @Nullable Instant heldEverywhere;

    public ApplicationClock(Clock real) {
        this.real = real;
        this.demoAsOf = null;
    }

    private ApplicationClock(Clock real, LocalDate demoAsOf) {
        this.real = real;
        this.demoAsOf = demoAsOf;
    }

    /**
     * A clock that starts at noon on {@code asOf} and ticks with the system clock: after the
     * morning in which the demo's loaders stamp that day's records, so none is in its future.
     */
    public static ApplicationClock demoAsOf(Clock system, LocalDate asOf) {
        Instant start = asOf.atTime(LocalTime.NOON).atZone(system.getZone()).toInstant();
        return new ApplicationClock(Clock.offset(system, Duration.between(system.instant(), start)), asOf);
    }

    /** The day the demo reads as of, or empty when this is the real clock. */
    public Optional<LocalDate> demoAsOf() {
        return Optional.ofNullable(demoAsOf);
    }

    /** Runs work on this thread with the clock reading {@code at}: the demo loaders, at start-up. */
    <T> T heldAt(Instant at, Supplier<T> work) {
        Instant before = heldHere.get();
        heldHere.set(at);
        try {
            return work.get();
        } finally {
            heldHere.set(before);
        }
    }

    /** Runs work with the clock reading {@code at} on every thread: a test whose browser acts on that day. */
    <T> T heldEverywhereAt(Instant at, Supplier<T> work) {
        Instant before = heldEverywhere;
        heldEverywhere = at;
        try {
            return work.get();
        } finally {
            heldEverywhere = before;
        }
    }

    /** True while a demo loader writes the demo's past: nobody is to be told of that history as news. */
    public boolean replaying() {
        return heldHere.get() != null;
    }

    @Override
    public Instant instant() {
        Instant here = heldHere.get();
        if (here != null) {
            return here;
        }
        Instant everywhere = heldEverywhere;
        return everywhere != null ? everywhere : real.instant();
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
