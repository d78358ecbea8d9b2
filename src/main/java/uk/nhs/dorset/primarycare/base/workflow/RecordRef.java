package uk.nhs.dorset.primarycare.base.workflow;

import java.util.Objects;
import org.hibernate.Hibernate;

/**
 * A pointer at one workflow record that needs no knowledge of its feature: the entity's name
 * ("GrantBid") and its id. Comments and assignments are kept against it.
 */
public record RecordRef(String type, long id) {

    public RecordRef {
        if (type.isBlank() || type.length() > 40) {
            throw new IllegalArgumentException("A record type is a short entity name");
        }
    }

    public static RecordRef of(WorkflowRecord<?> record) {
        return new RecordRef(Hibernate.getClass(record).getSimpleName(), Objects.requireNonNull(record.getId(), "saved record"));
    }

    @Override
    public String toString() {
        return type + "#" + id;
    }
}
