package uk.nhs.dorset.primarycare.base.audit;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.EntityManager;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.AbstractEntity;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Labelled;

/**
 * Reads what changed in one audited record, revision by revision, for any audited entity:
 * every audited field whose shown value differs between two revisions becomes a
 * {@link FieldChange}. Features call it after they have checked the user may see the record.
 */
@Component
public class FieldHistory {

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * The parts of a record the single-valued reader cannot see, its lists and its figures,
     * compared between two successive revisions by the feature that knows them.
     */
    @FunctionalInterface
    public interface PartsCompared<E> {
        void compare(E before, E after, Changes changes);
    }

    /** Collects one revision's changes, stamping each with the revision's time and user. */
    public static final class Changes {

        private final Instant at;
        private final String by;
        private final List<FieldChange> found;

        private Changes(Instant at, String by, List<FieldChange> found) {
            this.at = at;
            this.by = by;
            this.found = found;
        }

        /** Records the field as changed when what is shown differs. */
        public void add(String field, String from, String to) {
            if (!from.equals(to)) {
                found.add(new FieldChange(at, by, field, from, to));
            }
        }
    }

    /** Who changed which field from what to what, oldest first. */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<FieldChange> of(Class<? extends AbstractEntity> type, long id) {
        return of(type, id, List.of());
    }

    /** Who changed which field, and which of the given parts, from what to what, oldest first. */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public <E extends AbstractEntity> List<FieldChange> of(Class<E> type, long id, List<PartsCompared<? super E>> parts) {
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<Field> fields = auditedFields(type);
        List<FieldChange> found = new ArrayList<>();
        E before = null;
        for (Object[] revision : revisions) {
            E after = type.cast(revision[0]);
            AuditRevision rev = (AuditRevision) revision[1];
            if (before != null) {
                Changes changes = new Changes(Instant.ofEpochMilli(rev.getTimestamp()), rev.getUsername(), found);
                for (Field field : fields) {
                    changes.add(label(field), shown(field, before), shown(field, after));
                }
                for (PartsCompared<? super E> part : parts) {
                    part.compare(before, after, changes);
                }
            }
            before = after;
        }
        return found;
    }

    /** What one revision changed against the one before it; a new record lists every field it was given. */
    static List<FieldChange> between(Class<?> type, @Nullable Object before, Object after, Instant at, String by) {
        List<FieldChange> found = new ArrayList<>();
        Changes changes = new Changes(at, by, found);
        for (Field field : auditedFields(type)) {
            changes.add(label(field), before == null ? "" : shown(field, before), shown(field, after));
        }
        return found;
    }

    /** The single-valued fields Envers keeps for this type, from the entity up to its identity. */
    static List<Field> auditedFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != AbstractEntity.class && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                        || field.isAnnotationPresent(NotAudited.class) || field.isAnnotationPresent(OneToMany.class)
                        || field.isAnnotationPresent(ManyToMany.class) || field.isAnnotationPresent(ElementCollection.class)
                        || Collection.class.isAssignableFrom(field.getType())) {
                    continue;
                }
                field.setAccessible(true);
                fields.add(field);
            }
        }
        return fields;
    }

    static String label(Field field) {
        AuditLabel label = field.getAnnotation(AuditLabel.class);
        if (label != null) {
            return label.value();
        }
        String words = field.getName().replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String shown(Field field, Object record) {
        Object value;
        try {
            value = field.get(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
        return text(field, value);
    }

    static String text(Field field, @Nullable Object value) {
        if (value == null) {
            return "";
        }
        AuditLabel label = field.getAnnotation(AuditLabel.class);
        if (value instanceof BigDecimal amount) {
            return label != null && label.percent() ? Formats.number(amount) + "%"
                    : label != null && label.number() ? Formats.number(amount) : Formats.money(amount);
        }
        if (value instanceof LocalDate date) {
            return Formats.date(date);
        }
        if (value instanceof Instant instant) {
            return Formats.dateTime(instant);
        }
        if (value instanceof Labelled labelled) {
            return labelled.label();
        }
        if (value instanceof Boolean flag) {
            return flag ? "Yes" : "No";
        }
        if (value instanceof AbstractEntity entity) {
            Object real = Hibernate.unproxy(entity);
            return real instanceof Labelled labelled ? labelled.label() : String.valueOf(entity.getId());
        }
        return value.toString();
    }
}
