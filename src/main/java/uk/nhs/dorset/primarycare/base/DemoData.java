package uk.nhs.dorset.primarycare.base;

/**
 * A feature's demo records for the embedded default run. Loaders run in {@link #order()} at
 * start-up, never under the {@code prod} profile, and each loads only into empty tables so a
 * restart keeps what users changed.
 */
public interface DemoData {

    /** Reference data first (10), then users (20), then features (100+). */
    int order();

    void load();
}
