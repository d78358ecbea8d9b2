package uk.nhs.dorset.primarycare.estates;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.WorkQueue;

/** Projects waiting for the estates lead (overdue milestones) or for a panel decision (managers too). */
@Component
class EstatesWorkQueue implements WorkQueue {

    private static final String FEATURE = "ETTF project";
    /** The most projects one section of the queue lists. */
    private static final int CAP = 20;

    /** The projects one filter selects, waiting for one action. */
    private record Section(EttfFilter filter, String waiting) {
    }

    private final EntityManager entities;
    private final Clock clock;

    EstatesWorkQueue(EntityManager entities, Clock clock) {
        this.entities = entities;
        this.clock = clock;
    }

    /** The queue's order: these sections, each by project name. */
    private static List<Section> sections(Actor actor) {
        List<Section> sections = new ArrayList<>();
        if (actor.has(Role.ESTATES) || actor.has(Role.MANAGER)) {
            sections.add(new Section(new EttfFilter(null, ProjectStage.NHSE_PANEL, null, null, null, null, false),
                    "Record the NHS England panel's decision"));
        }
        if (actor.has(Role.ESTATES)) {
            sections.add(new Section(new EttfFilter(null, null, null, null, null, null, true),
                    "Milestone overdue: move the project on or re-plan it"));
        }
        return sections;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QueueItem> waitingFor(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        List<QueueItem> items = new ArrayList<>();
        for (Section section : sections(actor)) {
            items.addAll(read(section, today, CAP));
        }
        return items;
    }

    @Override
    @Transactional(readOnly = true)
    public Waiting first(Actor actor, int limit) {
        List<Section> sections = sections(actor);
        if (sections.isEmpty()) {
            return Waiting.NONE;
        }
        LocalDate today = LocalDate.now(clock);
        // Every section counted in one statement: a project may be in more than one, and is listed in each.
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<Tuple> counts = cb.createTupleQuery();
        Root<EttfProject> root = counts.from(EttfProject.class);
        List<Expression<?>> selected = new ArrayList<>();
        for (Section section : sections) {
            selected.add(cb.sum(cb.<Integer>selectCase()
                    .when(section.filter().toSpecification(today).toPredicate(root, counts, cb), 1).otherwise(0)));
        }
        Tuple row = entities.createQuery(counts.multiselect(selected.toArray(Expression[]::new))).getSingleResult();
        List<Long> sizes = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Number n = (Number) row.get(i);
            sizes.add(n == null ? 0 : n.longValue());
        }
        return WorkQueue.sections(sizes, CAP, limit, (i, n) -> read(sections.get(i), today, n));
    }

    /** The first projects of a section by name, read as the items show them: no project is loaded. */
    private List<QueueItem> read(Section section, LocalDate today, int limit) {
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<EttfProject> root = query.from(EttfProject.class);
        query.multiselect(root.get("id"), root.get("name"))
                .where(section.filter().toSpecification(today).toPredicate(root, query, cb))
                .orderBy(cb.asc(root.get("name")), cb.asc(root.get("id")));
        return entities.createQuery(query).setMaxResults(limit).getResultList().stream()
                .map(t -> new QueueItem(FEATURE, (String) t.get(1), section.waiting(), "estates/" + t.get(0))).toList();
    }
}
