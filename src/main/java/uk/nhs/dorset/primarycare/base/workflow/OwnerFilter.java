package uk.nhs.dorset.primarycare.base.workflow;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Narrowing a grid of workflow records to one owner's, or to those nobody owns, the one way
 * every grid does it: {@code owner=estates} or {@code owner=none} in the query string.
 */
public final class OwnerFilter {

    /** The query-string value for records nobody owns. */
    public static final String NOBODY = "none";

    private OwnerFilter() {
    }

    /** The owner asked for in the query string, or null for any. */
    public static @Nullable String fromQuery(Map<String, String> query) {
        String owner = query.get("owner");
        return owner == null || owner.isBlank() ? null : owner.strip();
    }

    public static void toQuery(Map<String, String> query, @Nullable String owner) {
        if (owner != null && !owner.isBlank()) {
            query.put("owner", owner);
        }
    }

    /** Adds the owner's condition on a workflow record's root, when one is asked for. */
    public static void where(List<Predicate> where, CriteriaBuilder cb, Path<?> record, @Nullable String owner) {
        if (owner == null || owner.isBlank()) {
            return;
        }
        where.add(NOBODY.equals(owner) ? cb.isNull(record.get("owner")) : cb.equal(record.get("owner"), owner));
    }
}
