package uk.nhs.dorset.primarycare.workforce;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.WorkQueue;

/** Workforce profiles waiting for a practice's validation, or for the team to answer a query. */
@Component
class WorkforceWorkQueue implements WorkQueue {

    private static final String FEATURE = "Workforce profile";
    /** The most profiles one section of the queue lists. */
    private static final int CAP = 20;

    /** The profiles in one status waiting for one action; of one practice only when {@code odsCode} is given. */
    private record Section(ProfileStatus status, @Nullable String odsCode, String waiting) {
    }

    private final EntityManager entities;

    WorkforceWorkQueue(EntityManager entities) {
        this.entities = entities;
    }

    /** The queue's order: these sections, each by profile. */
    private static List<Section> sections(Actor actor) {
        List<Section> sections = new ArrayList<>();
        if (actor.isPracticeScoped() && actor.practiceOdsCode() != null) {
            sections.add(new Section(ProfileStatus.CIRCULATED, actor.practiceOdsCode(), "Validate the profile or query it"));
        }
        if (actor.has(Role.TEAM)) {
            sections.add(new Section(ProfileStatus.QUERIED, null, "Answer the practice's query and re-circulate"));
        }
        return sections;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QueueItem> waitingFor(Actor actor) {
        List<QueueItem> items = new ArrayList<>();
        for (Section section : sections(actor)) {
            items.addAll(read(section, CAP));
        }
        return items;
    }

    @Override
    @Transactional(readOnly = true)
    public Waiting first(Actor actor, int limit) {
        List<Section> sections = sections(actor);
        List<Long> counts = new ArrayList<>();
        for (Section section : sections) {
            counts.add(query("select count(p)", Long.class, section, "").getSingleResult());
        }
        return WorkQueue.sections(counts, CAP, limit, (i, n) -> read(sections.get(i), n));
    }

    /** The first profiles of a section, read as the items show them: no profile is loaded. */
    private List<QueueItem> read(Section section, int limit) {
        return query("select pr.odsCode, pr.name, p.snapshotDate", Object[].class, section, " order by p.id")
                .setMaxResults(limit).getResultList().stream()
                .map(r -> new QueueItem(FEATURE, WorkforceProfile.label((String) r[0], (String) r[1], (LocalDate) r[2]),
                        section.waiting(), "workforce/" + r[0]))
                .toList();
    }

    private <T> TypedQuery<T> query(String select, Class<T> type, Section section, String order) {
        TypedQuery<T> query = entities.createQuery(select + " from WorkforceProfile p join p.practice pr where p.status = :status"
                + (section.odsCode() == null ? "" : " and pr.odsCode = :ods") + order, type);
        query.setParameter("status", section.status());
        if (section.odsCode() != null) {
            query.setParameter("ods", section.odsCode());
        }
        return query;
    }
}
