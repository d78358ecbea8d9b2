package uk.nhs.dorset.primarycare.estates;

import static uk.nhs.dorset.primarycare.base.QueryValues.blankToNull;
import static uk.nhs.dorset.primarycare.base.QueryValues.parse;
import static uk.nhs.dorset.primarycare.base.QueryValues.put;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.workflow.OwnerFilter;
import org.springframework.data.jpa.domain.Specification;
import uk.nhs.dorset.primarycare.base.Like;

/**
 * What the pipeline grid is narrowed to. Every field is optional; an empty filter is every
 * project. {@link Activity} separates moving projects from those on the shelf or closed.
 * Written to and read from the query string ({@code stage=NHSE_PANEL&locality=Purbeck&show=ON_HOLD})
 * so a copied link reproduces the view: the locality by its name, enums by their names in any
 * case (their labels are read too). Unknown values are ignored, not errors.
 */
public record EttfFilter(@Nullable String text, @Nullable ProjectStage stage, @Nullable Rag rag,
                         @Nullable Long localityId, @Nullable LeadOrganisation leadOrganisation,
                         @Nullable Activity activity, boolean overdueOnly, @Nullable String owner) {

    public EttfFilter(@Nullable String text, @Nullable ProjectStage stage, @Nullable Rag rag, @Nullable Long localityId,
                      @Nullable LeadOrganisation leadOrganisation, @Nullable Activity activity, boolean overdueOnly) {
        this(text, stage, rag, localityId, leadOrganisation, activity, overdueOnly, null);
    }

    /** Moving through the pipeline, on the shelf, or closed for good. */
    public enum Activity {
        ACTIVE("Active"), ON_HOLD("On hold"), CLOSED("Closed"), COMPLETE("Complete");

        private final String label;

        Activity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static EttfFilter all() {
        return new EttfFilter(null, null, null, null, null, null, false);
    }

    /** Reads the query string; {@code localityIdByName} resolves a locality's name to its id, or null if none has it. */
    public static EttfFilter fromQuery(Map<String, String> query, Function<String, @Nullable Long> localityIdByName) {
        String locality = blankToNull(query.get("locality"));
        return new EttfFilter(
                blankToNull(query.get("q")),
                parse(query.get("stage"), ProjectStage.values(), ProjectStage::label),
                parse(query.get("rag"), Rag.values(), Rag::label),
                locality == null ? null : localityIdByName.apply(locality),
                parse(query.get("lead"), LeadOrganisation.values(), LeadOrganisation::label),
                parse(query.get("show"), Activity.values(), Activity::label),
                "true".equalsIgnoreCase(query.get("overdue")),
                OwnerFilter.fromQuery(query));
    }

    /**
     * The query string form: only what is set, in the order and words links have always used.
     * {@code localityName} names a locality by its id, or null if it has gone.
     */
    public Map<String, String> toQuery(Function<Long, @Nullable String> localityName) {
        Map<String, String> query = new LinkedHashMap<>();
        put(query, "q", text);
        put(query, "stage", stage == null ? null : stage.name());
        put(query, "rag", rag == null ? null : rag.name());
        put(query, "locality", localityId == null ? null : localityName.apply(localityId));
        put(query, "lead", leadOrganisation == null ? null : leadOrganisation.name());
        put(query, "show", activity == null ? null : activity.name());
        if (overdueOnly) {
            query.put("overdue", "true");
        }
        OwnerFilter.toQuery(query, owner);
        return query;
    }

    Specification<EttfProject> toSpecification(LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (text != null && !text.isBlank()) {
                where.add(Like.contains(cb, root.<String>get("name"), text));
            }
            if (stage != null) {
                where.add(cb.equal(root.get("stage"), stage));
            }
            if (rag != null) {
                where.add(cb.equal(root.get("rag"), rag));
            }
            if (localityId != null) {
                where.add(cb.equal(root.get("locality").get("id"), localityId));
            }
            if (leadOrganisation != null) {
                where.add(cb.equal(root.get("leadOrganisation"), leadOrganisation));
            }
            if (activity != null) {
                where.add(switch (activity) {
                    case ACTIVE -> root.get("stage").in(ProjectStage.ON_HOLD, ProjectStage.CLOSED, ProjectStage.COMPLETE).not();
                    case ON_HOLD -> cb.equal(root.get("stage"), ProjectStage.ON_HOLD);
                    case CLOSED -> cb.equal(root.get("stage"), ProjectStage.CLOSED);
                    case COMPLETE -> cb.equal(root.get("stage"), ProjectStage.COMPLETE);
                });
            }
            OwnerFilter.where(where, cb, root, owner);
            if (overdueOnly) {
                where.add(overdue(root, query.subquery(Long.class), cb, today));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Same rule as {@link EttfProject#isOverdue}: a planned stage passed without being reached, while moving. */
    private static Predicate overdue(Root<EttfProject> root, Subquery<Long> pending, CriteriaBuilder cb, LocalDate today) {
        Root<EttfProject> same = pending.correlate(root);
        Join<EttfProject, StageRecord> record = same.join("stageRecords");
        pending.select(record.get("id")).where(
                cb.isNull(record.get("actualDate")),
                cb.lessThan(record.<LocalDate>get("plannedDate"), today));
        return cb.and(root.get("stage").in(ProjectStage.ON_HOLD, ProjectStage.CLOSED, ProjectStage.COMPLETE).not(),
                cb.exists(pending));
    }
}
