package uk.nhs.dorset.primarycare.base;

import java.util.List;

/**
 * What is waiting for a user to act on in one feature (bids to review, profiles to validate,
 * cases awaiting a decision). Each feature with a workflow provides one; the dashboard lists
 * them all as the signed-in user's queue.
 */
public interface WorkQueue {

    List<QueueItem> waitingFor(Actor actor);

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
}
