package uk.nhs.dorset.primarycare.base;

import java.util.List;

/**
 * What is waiting for a user to act on in one feature (bids to review, profiles to validate,
 * cases awaiting a decision). Each feature with a workflow provides one; the dashboard lists
 * them all as the signed-in user's queue.
 */
public interface WorkQueue {

    /** Everything waiting, in the queue's order. */
    List<QueueItem> waitingFor(Actor actor);

    /**
     * How many items {@link #waitingFor} lists and the first {@code limit} of them, in the same
     * order. A queue overrides it to count in the database and read only the items shown, so a
     * short list of a long queue costs what the short list shows.
     */
    default Waiting first(Actor actor, int limit) {
        List<QueueItem> all = waitingFor(actor);
        return new Waiting(all.size(), List.copyOf(all.subList(0, Math.min(limit, all.size()))));
    }

    /** True for the queue of records the user has taken on, as against what waits for their role. */
    default boolean isPersonal() {
        return false;
    }

    /**
     * @param feature what kind of record ("Grant bid")
     * @param label   which record ("J81002 Orchid House Surgery — extension")
     * @param waiting what it waits for ("Review the submitted bid")
     * @param link    route of the record ("grants/12")
     */
    record QueueItem(String feature, String label, String waiting, String link) {
    }

    /** A queue's length and its first items. */
    record Waiting(int count, List<QueueItem> first) {

        public static final Waiting NONE = new Waiting(0, List.of());
    }

    /**
     * The queue's length and first items when it lists sections in order (one per status, say),
     * each capped at {@code cap} items: {@code counts} gives each section's size, {@code read}
     * reads a section's first n items, and is asked only for the sections the items come from.
     */
    static Waiting sections(List<Long> counts, int cap, int limit, java.util.function.BiFunction<Integer, Integer, List<QueueItem>> read) {
        int count = 0;
        List<QueueItem> first = new java.util.ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            int size = (int) Math.min(counts.get(i), cap);
            count += size;
            int wanted = Math.min(size, limit - first.size());
            if (wanted > 0) {
                first.addAll(read.apply(i, wanted));
            }
        }
        return new Waiting(count, List.copyOf(first));
    }
}
