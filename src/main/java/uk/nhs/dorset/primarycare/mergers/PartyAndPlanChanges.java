package uk.nhs.dorset.primarycare.mergers;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.audit.AuditRevision;
import uk.nhs.dorset.primarycare.base.audit.FieldChange;

/**
 * What changed in a case's practices and action plan, revision by revision. The shared field
 * history reads single-valued fields only; a case's practices and its six action areas are
 * collections, so they are compared here: the practices as one list, each action area on its own.
 */
@Component
class PartyAndPlanChanges {

    @PersistenceContext
    private EntityManager entityManager;

    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    List<FieldChange> of(long caseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(MergerCase.class, false, true)
                .add(AuditEntity.id().eq(caseId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<FieldChange> changes = new ArrayList<>();
        MergerCase before = null;
        for (Object[] revision : revisions) {
            MergerCase after = (MergerCase) revision[0];
            AuditRevision rev = (AuditRevision) revision[1];
            if (before != null) {
                Instant at = Instant.ofEpochMilli(rev.getTimestamp());
                String from = practices(before.getParties());
                String to = practices(after.getParties());
                if (!from.equals(to)) {
                    changes.add(new FieldChange(at, rev.getUsername(), "Practices", from, to));
                }
                Map<ActionArea, ActionPlanItem> was = byArea(before.getActions());
                Map<ActionArea, ActionPlanItem> now = byArea(after.getActions());
                for (ActionArea area : ActionArea.values()) {
                    String old = item(was.get(area));
                    String changed = item(now.get(area));
                    if (!old.equals(changed)) {
                        changes.add(new FieldChange(at, rev.getUsername(), "Action plan: " + area.label(), old, changed));
                    }
                }
            }
            before = after;
        }
        return changes;
    }

    private static Map<ActionArea, ActionPlanItem> byArea(List<ActionPlanItem> items) {
        return items.stream().collect(Collectors.toMap(ActionPlanItem::getArea, Function.identity(), (a, b) -> b));
    }

    /** "J81020 Bere Regis Surgery (GMS, 3,500 patients); J81025 ... (GMS, 6,009 patients, continuing)". */
    static String practices(List<MergerParty> parties) {
        return parties.stream().map(p -> p.label() + " (" + (p.getContractType() == null ? "contract not known" : p.getContractType().name())
                        + ", " + (p.getListSize() == null ? "list size not known" : Formats.number(p.getListSize()) + " patients")
                        + (p.isContinuing() ? ", continuing" : "") + ")")
                .collect(Collectors.joining("; "));
    }

    /** "In progress, Practice lead, due 01/03/2018: notes"; empty when the area has no row. */
    static String item(@Nullable ActionPlanItem item) {
        if (item == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        parts.add(item.getStatus().label());
        if (item.getOwner() != null) {
            parts.add(item.getOwner());
        }
        if (item.getDueDate() != null) {
            parts.add("due " + Formats.date(item.getDueDate()));
        }
        return String.join(", ", parts) + (item.getNotes() == null ? "" : ": " + item.getNotes());
    }
}
