package uk.nhs.dorset.primarycare.base;

import java.time.LocalDate;
import java.util.function.Supplier;

/** Lets a test do its work on a given day, on every thread (its browser too): a merger completes on its date. */
public final class HeldClock {

    private HeldClock() {
    }

    public static <T> T on(ApplicationClock clock, LocalDate day, Supplier<T> work) {
        return clock.heldEverywhereAt(day.atTime(10, 0).atZone(Formats.ZONE).toInstant(), work);
    }

    public static void on(ApplicationClock clock, LocalDate day, Runnable work) {
        on(clock, day, () -> {
            work.run();
            return null;
        });
    }
}
