package uk.nhs.dorset.primarycare.base.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.metamodel.EntityType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Like;
import uk.nhs.dorset.primarycare.base.Role;

/**
 * The audit trail across features: every workflow transition (as each feature announced it)
 * and every field-level revision Envers kept of any audited entity. Audited entities are found
 * in the persistence metamodel, so a feature's new audited entity shows up with no change here.
 */
@Service
public class AuditTrailService {

    /** Exports stop here; a longer trail is filtered first. */
    public static final int EXPORT_LIMIT = 100_000;

    private final AuditEventRepository events;

    @PersistenceContext
    private EntityManager entityManager;

    AuditTrailService(AuditEventRepository events) {
        this.events = events;
    }

    @RolesAllowed({Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public Page<AuditEvent> transitions(AuditFilter filter, Pageable pageable) {
        Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                pageable.getSortOr(Sort.by(Sort.Direction.DESC, "changedAt", "id")));
        return events.findAll(spec(filter), sorted);
    }

    @RolesAllowed({Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public long countTransitions(AuditFilter filter) {
        return events.count(spec(filter));
    }

    /** Features named in the trail, for the filter's choices. */
    @RolesAllowed({Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public List<String> features() {
        List<String> names = new ArrayList<>(entityManager.createQuery("select distinct e.feature from AuditEvent e", String.class).getResultList());
        for (Class<?> type : auditedTypes()) {
            names.add(featureOf(type));
        }
        return names.stream().distinct().sorted().toList();
    }

    /** Field-level revisions, newest first, across every audited entity. */
    @RolesAllowed({Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public List<RecordRevision> fieldChanges(AuditFilter filter, int offset, int limit) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<RecordRevision> merged = new ArrayList<>();
        for (Class<?> type : matchingTypes(filter)) {
            AuditQuery query = revisionsQuery(reader, type, filter)
                    .addOrder(AuditEntity.revisionNumber().desc())
                    .setMaxResults(offset + limit);
            for (Object row : query.getResultList()) {
                Object[] cells = (Object[]) row;
                merged.add(toChange(type, cells));
            }
        }
        merged.sort(Comparator.comparing(RecordRevision::revision).reversed()
                .thenComparing(RecordRevision::entity).thenComparing(RecordRevision::recordId));
        return merged.stream().skip(offset).limit(limit).toList();
    }

    @RolesAllowed({Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public long countFieldChanges(AuditFilter filter) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        long total = 0;
        for (Class<?> type : matchingTypes(filter)) {
            Object count = revisionsQuery(reader, type, filter)
                    .addProjection(AuditEntity.revisionNumber().count())
                    .getSingleResult();
            total += ((Number) count).longValue();
        }
        return total;
    }

    private AuditQuery revisionsQuery(AuditReader reader, Class<?> type, AuditFilter filter) {
        AuditQuery query = reader.createQuery().forRevisionsOfEntity(type, false, true);
        if (filter.user() != null && !filter.user().isBlank()) {
            query.add(AuditEntity.revisionProperty("username").eq(filter.user().strip()));
        }
        if (filter.from() != null) {
            query.add(AuditEntity.revisionProperty("timestamp").ge(startOf(filter.from()).toEpochMilli()));
        }
        if (filter.to() != null) {
            query.add(AuditEntity.revisionProperty("timestamp").lt(startOf(filter.to().plusDays(1)).toEpochMilli()));
        }
        if (filter.recordId() != null) {
            query.add(AuditEntity.id().eq(filter.recordId()));
        }
        return query;
    }

    private RecordRevision toChange(Class<?> type, Object[] cells) {
        Object entity = cells[0];
        AuditRevision revision = (AuditRevision) cells[1];
        RevisionType kind = (RevisionType) cells[2];
        Object id = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
        return new RecordRevision(featureOf(type), type.getSimpleName(), id instanceof Number n ? n.longValue() : -1,
                revision.getId(), label(kind), revision.getUsername(), Instant.ofEpochMilli(revision.getTimestamp()));
    }

    private static String label(RevisionType kind) {
        return switch (kind) {
            case ADD -> "Created";
            case MOD -> "Changed";
            case DEL -> "Deleted";
        };
    }

    private List<Class<?>> matchingTypes(AuditFilter filter) {
        String wanted = filter.feature() == null ? "" : filter.feature().strip().toLowerCase(Locale.ROOT);
        return auditedTypes().stream()
                .filter(t -> wanted.isEmpty() || featureOf(t).toLowerCase(Locale.ROOT).contains(wanted)
                        || t.getSimpleName().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
    }

    List<Class<?>> auditedTypes() {
        return entityManager.getMetamodel().getEntities().stream()
                .map(EntityType::getJavaType)
                .filter(t -> t.isAnnotationPresent(Audited.class))
                .sorted(Comparator.comparing(Class::getName))
                .<Class<?>>map(t -> t)
                .toList();
    }

    /** A feature is a package: uk.nhs.dorset.primarycare.grants.GrantBid belongs to "Grants". */
    static String featureOf(Class<?> type) {
        String pkg = type.getPackageName();
        String root = "uk.nhs.dorset.primarycare.";
        String rest = pkg.startsWith(root) ? pkg.substring(root.length()) : pkg;
        String first = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        return first.isEmpty() ? type.getSimpleName() : Character.toUpperCase(first.charAt(0)) + first.substring(1);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Formats.ZONE).toInstant();
    }

    private static Specification<AuditEvent> spec(AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.user() != null && !filter.user().isBlank()) {
                where.add(cb.equal(root.get("changedBy"), filter.user().strip()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("changedAt"), startOf(filter.from())));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("changedAt"), startOf(filter.to().plusDays(1))));
            }
            if (filter.feature() != null && !filter.feature().isBlank()) {
                where.add(Like.contains(cb, root.get("feature"), filter.feature()));
            }
            if (filter.recordId() != null) {
                where.add(cb.equal(root.get("recordId"), filter.recordId()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
