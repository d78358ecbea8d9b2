package uk.nhs.dorset.primarycare.mergers;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.WorkQueue;

/** Merger cases waiting for a decision (the committee) or for completion (the case team). */
@Component
class MergerWorkQueue implements WorkQueue {

    private static final String FEATURE = "Merger case";
    /** The most cases one section of the queue lists. */
    private static final int CAP = 20;

    private record Section(MergerStatus status, String waiting) {
    }

    private final EntityManager entities;

    MergerWorkQueue(EntityManager entities) {
        this.entities = entities;
    }

    /** The queue's order: these sections, each by case. */
    private static List<Section> sections(Actor actor) {
        List<Section> sections = new ArrayList<>();
        if (actor.has(Role.MANAGER)) {
            sections.add(new Section(MergerStatus.APPLICATION, "Approve or decline the application"));
        }
        if (actor.hasAny(EnumSet.of(Role.TEAM, Role.MANAGER))) {
            sections.add(new Section(MergerStatus.APPROVED, "Complete the merger on its date"));
        }
        return sections;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QueueItem> waitingFor(Actor actor) {
        List<QueueItem> items = new ArrayList<>();
        for (Section section : sections(actor)) {
            items.addAll(read(List.of(section), CAP));
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
        Map<MergerStatus, Long> counts = new EnumMap<>(MergerStatus.class);
        entities.createQuery("select c.status, count(c) from MergerCase c where c.status in :statuses group by c.status", Object[].class)
                .setParameter("statuses", sections.stream().map(Section::status).toList())
                .getResultList().forEach(r -> counts.put((MergerStatus) r[0], (Long) r[1]));
        int count = sections.stream().mapToInt(s -> (int) Math.min(counts.getOrDefault(s.status(), 0L), CAP)).sum();
        int wanted = Math.min(count, limit);
        // No more than a section's cap is wanted, so the first cases by section and id are the sections' first ones.
        return new Waiting(count, wanted == 0 ? List.of() : read(sections, wanted));
    }

    /** The first cases of these sections, by section and then case, read as the items show them: no case is loaded. */
    private List<QueueItem> read(List<Section> sections, int limit) {
        String order = IntStream.range(0, sections.size()).mapToObj(i -> "when :s" + i + " then " + i)
                .collect(Collectors.joining(" ", "case c.status ", " end"));
        TypedQuery<Object[]> query = entities.createQuery("select c.id, c.title, c.status from MergerCase c where c.status in :statuses"
                        + " order by " + order + ", c.id", Object[].class)
                .setParameter("statuses", sections.stream().map(Section::status).toList())
                .setMaxResults(limit);
        for (int i = 0; i < sections.size(); i++) {
            query.setParameter("s" + i, sections.get(i).status());
        }
        Map<MergerStatus, String> waiting = new EnumMap<>(MergerStatus.class);
        sections.forEach(s -> waiting.put(s.status(), s.waiting()));
        return query.getResultList().stream().map(r -> new QueueItem(FEATURE, MergerCase.label((Long) r[0], (String) r[1]),
                waiting.get((MergerStatus) r[2]), "mergers/" + r[0])).toList();
    }
}
