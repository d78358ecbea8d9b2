package uk.nhs.dorset.primarycare.base;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A feature's demo records, made through its services exactly as its users would make them:
 * signed in as the demo user who would act, on the day the papers say it happened. So the
 * history, the events and the audit trail exist from the first start. One guard: a feature
 * that already has records loads nothing, so a restart keeps what users changed.
 */
public abstract class DemoLoader implements DemoData {

    /** Moves made on the same day keep their order, a second apart from nine in the morning. */
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final StartUpUser users;
    private final ApplicationClock clock;

    protected DemoLoader(StartUpUser users, ApplicationClock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** True when the feature already has records. */
    public abstract boolean isLoaded();

    /** Makes the feature's demo records, through {@link #as}. */
    protected abstract void loadAll();

    @Override
    public final void load() {
        if (!isLoaded()) {
            loadAll();
        }
    }

    /** Does one user's piece of work on a given day, signed in as that demo user. */
    protected final <T> T as(String username, LocalDate on, Supplier<T> work) {
        return clock.heldAt(morningOf(on), () -> users.runAs(username, work));
    }

    /** Records what the papers give for a day that no one user did, such as a report's figures. */
    protected final void on(LocalDate day, Runnable work) {
        clock.heldAt(morningOf(day), () -> {
            work.run();
            return null;
        });
    }

    /** The moment a day's demo work is stamped with: from nine in the morning, in the order it is done. */
    protected static Instant morningOf(LocalDate day) {
        return day.atTime(9, 0).atZone(Formats.ZONE).toInstant().plusSeconds(SEQUENCE.getAndIncrement() % 28_800);
    }

    protected final void as(String username, LocalDate on, Runnable work) {
        as(username, on, () -> {
            work.run();
            return null;
        });
    }
}
