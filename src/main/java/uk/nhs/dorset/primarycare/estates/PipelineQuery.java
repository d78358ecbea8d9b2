package uk.nhs.dorset.primarycare.estates;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads the board in two statements: the card columns of every project the filter selects, in
 * name order (the counts by stage come from the same rows), then the pending stage records of
 * the projects given a card, for their next milestone.
 */
@Component
class PipelineQuery {

    private final EntityManager entityManager;

    PipelineQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Pipeline read(EttfFilter filter, LocalDate today, int cardsPerStage) {
        Map<ProjectStage, Long> counts = new EnumMap<>(ProjectStage.class);
        Map<ProjectStage, List<ProjectCard>> cards = new EnumMap<>(ProjectStage.class);
        for (Tuple row : cardColumns(filter, today)) {
            ProjectStage stage = row.get("stage", ProjectStage.class);
            counts.merge(stage, 1L, Long::sum);
            List<ProjectCard> column = cards.computeIfAbsent(stage, s -> new ArrayList<>());
            if (column.size() < cardsPerStage) {
                column.add(new ProjectCard(row.get("id", Long.class), row.get("name", String.class), stage,
                        row.get("rag", Rag.class), row.get("heldFrom", ProjectStage.class),
                        row.get("feasibilityPercent", Integer.class), null));
            }
        }
        Map<Long, List<StageRecord>> pending = pendingRecords(cards.values().stream().flatMap(List::stream)
                .filter(card -> card.stage().isOpen()).map(ProjectCard::id).toList());
        cards.replaceAll((stage, column) -> column.stream()
                .map(card -> card.withNextMilestone(StageRecord.nextMilestone(stage, pending.getOrDefault(card.id(), List.of())).orElse(null)))
                .toList());
        return new Pipeline(counts, cards);
    }

    private List<Tuple> cardColumns(EttfFilter filter, LocalDate today) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<EttfProject> project = query.from(EttfProject.class);
        query.multiselect(project.get("id").alias("id"), project.get("name").alias("name"), project.get("stage").alias("stage"),
                project.get("rag").alias("rag"), project.get("heldFrom").alias("heldFrom"),
                project.get("feasibilityPercent").alias("feasibilityPercent"));
        query.where(filter.toSpecification(today).toPredicate(project, query, cb));
        query.orderBy(cb.asc(project.get("name")), cb.asc(project.get("id")));
        return entityManager.createQuery(query).getResultList();
    }

    private Map<Long, List<StageRecord>> pendingRecords(List<Long> projectIds) {
        Map<Long, List<StageRecord>> byProject = new HashMap<>();
        if (projectIds.isEmpty()) {
            return byProject;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select project_id, stage, planned_date from ettf_stage_record "
                        + "where project_id in (:ids) and actual_date is null and planned_date is not null")
                .setParameter("ids", projectIds)
                .getResultList();
        for (Object[] row : rows) {
            byProject.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(new StageRecord(ProjectStage.valueOf((String) row[1]), localDate(row[2]), null, null));
        }
        return byProject;
    }

    private static LocalDate localDate(Object date) {
        return date instanceof Date sql ? sql.toLocalDate() : (LocalDate) date;
    }
}
