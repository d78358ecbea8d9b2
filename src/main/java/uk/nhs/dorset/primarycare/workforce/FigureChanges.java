package uk.nhs.dorset.primarycare.workforce;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.audit.AuditRevision;
import uk.nhs.dorset.primarycare.base.audit.FieldChange;

/**
 * The audited history of a profile's figures, role by role. The shared field history reads
 * only single-valued fields, and a profile keeps its figures in a collection keyed by role,
 * so this compares each revision's figures with the one before.
 */
@Component
class FigureChanges {

    @PersistenceContext
    private EntityManager entityManager;

    /** Which role's headcount or FTE changed from what to what, oldest first. */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    List<FieldChange> of(long profileId) {
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(WorkforceProfile.class, false, true)
                .add(AuditEntity.id().eq(profileId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<FieldChange> changes = new ArrayList<>();
        Map<StaffRole, RoleFigures> before = null;
        for (Object[] revision : revisions) {
            Map<StaffRole, RoleFigures> after = ((WorkforceProfile) revision[0]).getLines();
            AuditRevision rev = (AuditRevision) revision[1];
            if (before != null) {
                Instant at = Instant.ofEpochMilli(rev.getTimestamp());
                for (StaffRole role : StaffRole.values()) {
                    RoleFigures from = before.get(role);
                    RoleFigures to = after.get(role);
                    String hcFrom = whole(from == null ? null : from.headcount());
                    String hcTo = whole(to == null ? null : to.headcount());
                    if (!hcFrom.equals(hcTo)) {
                        changes.add(new FieldChange(at, rev.getUsername(), role.label() + " headcount", hcFrom, hcTo));
                    }
                    String fteFrom = fte(from == null ? null : from.fte());
                    String fteTo = fte(to == null ? null : to.fte());
                    if (!fteFrom.equals(fteTo)) {
                        changes.add(new FieldChange(at, rev.getUsername(), role.label() + " FTE", fteFrom, fteTo));
                    }
                }
            }
            before = after;
        }
        return changes;
    }

    /** Blank is "not supplied", as the field history writes an empty value. */
    private static String whole(@Nullable Integer value) {
        return Objects.toString(value, "");
    }

    private static String fte(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
