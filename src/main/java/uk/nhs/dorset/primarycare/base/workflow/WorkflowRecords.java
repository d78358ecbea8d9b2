package uk.nhs.dorset.primarycare.base.workflow;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hibernate.StaleStateException;
import org.springframework.stereotype.Component;
import uk.nhs.dorset.primarycare.base.ConcurrentChange;

/**
 * Finds any workflow record by its {@link RecordRef}, so what is written once for every
 * workflow (owners, comments, "my work") needs no feature's repository. The record types are
 * read from the persistence metamodel: a new workflow is found without being registered.
 * Callers check who may see a record; this answers the application, not a user.
 */
@Component
public class WorkflowRecords {

    /** A workflow entity, the name of its status attribute and the statuses some move still leaves. */
    private record Kind(Class<? extends WorkflowRecord<?>> type, String statusAttribute, List<?> unfinished) {
    }

    private final EntityManager entities;
    private final List<Kind> kinds = new ArrayList<>();

    @SuppressWarnings("unchecked")
    WorkflowRecords(EntityManager entities) {
        this.entities = entities;
        for (EntityType<?> type : entities.getMetamodel().getEntities()) {
            if (!WorkflowRecord.class.isAssignableFrom(type.getJavaType())) {
                continue;
            }
            for (Attribute<?, ?> attribute : type.getAttributes()) {
                Class<?> javaType = attribute.getJavaType();
                if (javaType.isEnum() && WorkflowStatus.class.isAssignableFrom(javaType)) {
                    List<?> unfinished = Arrays.stream(javaType.getEnumConstants())
                            .filter(status -> !((WorkflowStatus<?>) status).next().isEmpty()).toList();
                    kinds.add(new Kind((Class<? extends WorkflowRecord<?>>) type.getJavaType(), attribute.getName(), unfinished));
                }
            }
        }
    }

    /** Call inside a transaction. */
    public Optional<WorkflowRecord<?>> find(RecordRef ref) {
        return kinds.stream().filter(kind -> kind.type().getSimpleName().equals(ref.type())).findFirst()
                .map(kind -> entities.find(kind.type(), ref.id()));
    }

    /** The unfinished records of every workflow this user owns, newest first within each kind. */
    public List<WorkflowRecord<?>> ownedBy(String username, int limit) {
        List<WorkflowRecord<?>> owned = new ArrayList<>();
        for (Kind kind : kinds) {
            String query = "select r from " + kind.type().getSimpleName() + " r where r.owner = :owner and r."
                    + kind.statusAttribute() + " in :unfinished order by r.id desc";
            owned.addAll(entities.createQuery(query, kind.type()).setParameter("owner", username)
                    .setParameter("unfinished", kind.unfinished()).setMaxResults(limit).getResultList());
        }
        return owned.stream().limit(limit).toList();
    }

    /**
     * How many unfinished records of each workflow the user owns, in the order {@link #ownedBy}
     * lists the workflows: counted in one statement.
     */
    public List<Long> ownedCounts(String username) {
        StringBuilder union = new StringBuilder();
        for (int i = 0; i < kinds.size(); i++) {
            Kind kind = kinds.get(i);
            union.append(i == 0 ? "" : " union all ").append("select ").append(i).append(", count(r) from ")
                    .append(kind.type().getSimpleName()).append(" r where r.owner = :owner and r.")
                    .append(kind.statusAttribute()).append(" in :unfinished").append(i);
        }
        List<Long> counts = new ArrayList<>(java.util.Collections.nCopies(kinds.size(), 0L));
        if (kinds.isEmpty()) {
            return counts;
        }
        var query = entities.createQuery(union.toString(), Object[].class).setParameter("owner", username);
        for (int i = 0; i < kinds.size(); i++) {
            query.setParameter("unfinished" + i, kinds.get(i).unfinished());
        }
        query.getResultList().forEach(row -> counts.set(((Number) row[0]).intValue(), ((Number) row[1]).longValue()));
        return counts;
    }

    /** The first {@code limit} of {@link #ownedBy}, read only from the workflows {@code counts} says the user owns any of. */
    public List<WorkflowRecord<?>> ownedBy(String username, int limit, List<Long> counts) {
        List<WorkflowRecord<?>> owned = new ArrayList<>();
        for (int i = 0; i < kinds.size() && owned.size() < limit; i++) {
            if (counts.get(i) == 0) {
                continue;
            }
            Kind kind = kinds.get(i);
            String query = "select r from " + kind.type().getSimpleName() + " r where r.owner = :owner and r."
                    + kind.statusAttribute() + " in :unfinished order by r.id desc";
            owned.addAll(entities.createQuery(query, kind.type()).setParameter("owner", username)
                    .setParameter("unfinished", kind.unfinished()).setMaxResults(limit - owned.size()).getResultList());
        }
        return owned;
    }

    /** Writes an edit that is not a move (a new owner) now, so a save over a newer one fails with the one conflict message. */
    public void flush(WorkflowRecord<?> record) {
        try {
            entities.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ConcurrentChange(record.noun());
        }
    }
}
