package uk.nhs.dorset.primarycare.base.audit;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One Envers revision of one audited record: which record (its kind and name, and where it is
 * shown), how it changed field by field, who and when.
 */
public record RecordRevision(String feature, String kind, long recordId, String label, @Nullable String link,
                             long revision, String revisionType, String username, Instant at,
                             List<FieldChange> changes) {

    /** "Total cost: £1,000 → £35,834; Notes: (blank) → Quote attached", as a governance record reads it. */
    public String changesText() {
        if (changes.isEmpty()) {
            return "Deleted".equals(revisionType) ? "Record deleted" : "No field changed";
        }
        return changes.stream().map(RecordRevision::line).collect(Collectors.joining("; "));
    }

    public static String line(FieldChange change) {
        return change.field() + ": " + shown(change.from()) + " → " + shown(change.to());
    }

    private static String shown(String value) {
        return value.isBlank() ? "(blank)" : value;
    }
}
