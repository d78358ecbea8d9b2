package uk.nhs.dorset.primarycare.work;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published in the assignment's own transaction, so whoever tells people writes nothing when it
 * rolls back.
 *
 * @param kind  the record's kind as users see it ("Grant bid")
 * @param label what users call the record
 * @param link  the route of its detail view
 */
public record RecordAssigned(String kind, String label, String link, @Nullable String from, @Nullable String to,
                             String by, Instant at) {
}
