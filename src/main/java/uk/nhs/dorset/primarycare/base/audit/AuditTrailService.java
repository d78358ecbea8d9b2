package uk.nhs.dorset.primarycare.base.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.AbstractEntity;
import uk.nhs.dorset.primarycare.base.Labelled;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
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
import org.springframework.data.domain.Slice;
import uk.nhs.dorset.primarycare.base.Paging;
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

    /** The trail's own order: newest first, the id breaking ties, along the index on when. */
    public static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "changedAt", "id");

    @RolesAllowed({Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public Slice<AuditEvent> transitions(AuditFilter filter, Pageable pageable) {
        Pageable sorted = Paging.unique(pageable, NEWEST_FIRST);
        return events.findBy(spec(filter), q -> q.sortBy(sorted.getSort()).slice(sorted));
    }

    /**
     * A page of transitions in the trail's own order (newest or oldest first) that starts just
     * after {@code after}, the last row of the page before it: read on along the index on when
     * from that row, not by counting past every row before it as an offset would.
     */
    @RolesAllowed({Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public List<AuditEvent> transitionsAfter(AuditFilter filter, boolean newestFirst, @Nullable TrailKey after, int limit) {
        Specification<AuditEvent> from = after == null ? spec(filter) : spec(filter).and((root, query, cb) -> {
            var at = root.<Instant>get("changedAt");
            var id = root.<Long>get("id");
            return newestFirst
                    ? cb.or(cb.lessThan(at, after.at()), cb.and(cb.equal(at, after.at()), cb.lessThan(id, after.id())))
                    : cb.or(cb.greaterThan(at, after.at()), cb.and(cb.equal(at, after.at()), cb.greaterThan(id, after.id())));
        });
        Sort order = newestFirst ? NEWEST_FIRST : Sort.by("changedAt", "id");
        return events.findBy(from, q -> q.sortBy(order).limit(limit).all());
    }

    /** Where a row stands in the trail's order, for {@link #transitionsAfter}. */
    public record TrailKey(Instant at, long id) {

        public static TrailKey of(AuditEvent event) {
            return new TrailKey(event.getChangedAt(), java.util.Objects.requireNonNull(event.getId(), "a saved event"));
        }
    }

    /**
     * How many transitions the filter selects, counted no further than {@code atMost}: what a
     * person reads of a trail of a million rows is "more than 10,000", and counting them all
     * would read the whole trail on every view.
     */
    @RolesAllowed({Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public long countTransitions(AuditFilter filter, int atMost) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(AuditEvent.class);
        Predicate where = spec(filter).toPredicate(root, query, cb);
        query.select(root.get("id"));
        if (where != null) {
            query.where(where);
        }
        return entityManager.createQuery(query).setMaxResults(atMost).getResultList().size();
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
        List<String> names = new ArrayList<>(eventFeatures());
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
                merged.add(toChange(reader, type, cells));
            }
        }
        merged.sort(Comparator.comparing(RecordRevision::revision).reversed()
                .thenComparing(RecordRevision::kind).thenComparing(RecordRevision::recordId));
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

    private RecordRevision toChange(AuditReader reader, Class<?> type, Object[] cells) {
        Object entity = cells[0];
        AuditRevision revision = (AuditRevision) cells[1];
        RevisionType kind = (RevisionType) cells[2];
        Object id = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
        long recordId = id instanceof Number n ? n.longValue() : -1;
        Instant at = Instant.ofEpochMilli(revision.getTimestamp());
        String recordKind = kindOf(type, entity);
        String recordLabel = recordKind + " " + recordId;
        @Nullable String link = null;
        // A revision is an old copy: its name may reach a relation that no longer resolves, so it falls back to the id.
        try {
            if (entity instanceof AbstractEntity record) {
                recordLabel = record.label();
                link = record.link();
            }
        } catch (RuntimeException unreadable) {
            recordLabel = recordKind + " " + recordId;
        }
        List<FieldChange> changes = kind == RevisionType.DEL ? List.of()
                : FieldHistory.between(type, kind == RevisionType.ADD ? null : previous(reader, type, id, revision.getId()),
                        entity, at, revision.getUsername());
        return new RecordRevision(featureOf(type), recordKind, recordId, recordLabel, link,
                revision.getId(), label(kind), revision.getUsername(), at, changes);
    }

    private static @Nullable Object previous(AuditReader reader, Class<?> type, Object id, long revision) {
        List<?> rows = reader.createQuery().forRevisionsOfEntity(type, true, false)
                .add(AuditEntity.id().eq(id))
                .add(AuditEntity.revisionNumber().lt(revision))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static String kindOf(Class<?> type, Object entity) {
        try {
            return entity instanceof AbstractEntity record ? record.kind() : type.getSimpleName();
        } catch (RuntimeException unreadable) {
            return type.getSimpleName();
        }
    }

    /**
     * A status as its workflow names it ("Circulated", "PID submitted"), for a transition of the
     * given kind of record; a status no workflow knows reads as words ("On hold").
     */
    public String statusLabel(String recordKind, @Nullable String status) {
        if (status == null || status.isBlank()) {
            return "—";
        }
        Class<? extends Enum<?>> statuses = statusTypes().get(recordKind);
        if (statuses != null) {
            for (Enum<?> value : statuses.getEnumConstants()) {
                if (value.name().equals(status) && value instanceof Labelled labelled) {
                    return labelled.label();
                }
            }
        }
        String words = status.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private volatile @Nullable Map<String, Class<? extends Enum<?>>> statusTypes;

    /** Each workflow's status enum by the kind of record it moves, read once from the persistence model. */
    @SuppressWarnings("unchecked")
    private Map<String, Class<? extends Enum<?>>> statusTypes() {
        Map<String, Class<? extends Enum<?>>> known = statusTypes;
        if (known != null) {
            return known;
        }
        Map<String, Class<? extends Enum<?>>> found = new HashMap<>();
        for (EntityType<?> entity : entityManager.getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            if (!WorkflowRecord.class.isAssignableFrom(type) || Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                if (c.getGenericSuperclass() instanceof ParameterizedType p && p.getRawType() == WorkflowRecord.class
                        && p.getActualTypeArguments()[0] instanceof Class<?> status && status.isEnum()) {
                    try {
                        Constructor<?> blank = type.getDeclaredConstructor();
                        blank.setAccessible(true);
                        found.put(((WorkflowRecord<?>) blank.newInstance()).kind(), (Class<? extends Enum<?>>) status);
                    } catch (ReflectiveOperationException | RuntimeException noBlankRecord) {
                        // A workflow whose kind cannot be read without a record keeps the worded fallback.
                    }
                }
            }
        }
        Map<String, Class<? extends Enum<?>>> copy = Map.copyOf(found);
        statusTypes = copy;
        return copy;
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

    /** The features the trail names, each once: a loose scan of the index on feature, a row per feature. */
    private List<String> eventFeatures() {
        return entityManager.createQuery("select distinct e.feature from AuditEvent e", String.class).getResultList();
    }

    /** As {@link Like#contains} matches in the database: ignoring case and the spaces around the text. */
    private static boolean contains(String name, String text) {
        return name.toLowerCase(Locale.ROOT).contains(text.strip().toLowerCase(Locale.ROOT));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Formats.ZONE).toInstant();
    }

    private Specification<AuditEvent> spec(AuditFilter filter) {
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
                // The few feature names are read from the index first, so the trail itself is then
                // read along the index on feature rather than searched for the text row by row.
                List<String> named = eventFeatures().stream().filter(name -> contains(name, filter.feature())).toList();
                where.add(named.isEmpty() ? cb.disjunction() : root.get("feature").in(named));
            }
            if (filter.recordId() != null) {
                where.add(cb.equal(root.get("recordId"), filter.recordId()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
