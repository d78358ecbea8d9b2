package uk.nhs.dorset.primarycare.programme;

import uk.nhs.dorset.primarycare.base.WorkingDays;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.workflow.Workflows;
import uk.nhs.dorset.primarycare.base.Like;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Paging;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.OwnerFilter;
import uk.nhs.dorset.primarycare.base.workflow.StatusChanged;
import uk.nhs.dorset.primarycare.security.CurrentUser;

/**
 * The GP Forward View delivery tracker. Everyone signed in reads it except practice managers,
 * whose view is their own practice; the primary care team and the programme manager judge RAG
 * and record progress.
 */
@Service
public class TrackerService {

    public static final String FEATURE = "Delivery tracker";

    /** The fields the tracker's search box looks in. */
    private static final List<String> SEARCHED = List.of("deliveryArea", "outcome", "project", "actionText", "nextSteps",
            "issues", "lead");

    private final TrackerItemRepository items;
    private final CurrentUser currentUser;
    @PersistenceContext
    private EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrackerService(TrackerItemRepository items, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public Slice<TrackerItem> search(TrackerFilter filter, Pageable pageable) {
        Pageable sorted = Paging.unique(pageable, Sort.by("sortOrder"));
        return items.findBy(spec(filter), q -> q.slice(sorted));
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public long count(TrackerFilter filter) {
        return items.count(spec(filter));
    }

    /** How many items the filter selects at each RAG status (all statuses unless the filter names one). */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public Map<RagStatus, Long> countByRag(TrackerFilter filter) {
        Map<RagStatus, Long> byRag = new EnumMap<>(RagStatus.class);
        for (RagStatus r : RagStatus.values()) {
            if (filter.rag() == null || filter.rag() == r) {
                byRag.put(r, 0L);
            }
        }
        // One grouped count, not one count per status.
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<TrackerItem> root = query.from(TrackerItem.class);
        Predicate where = spec(filter).toPredicate(root, query, cb);
        query.multiselect(root.get("rag"), cb.count(root)).groupBy(root.get("rag"));
        if (where != null) {
            query.where(where);
        }
        for (Tuple row : entityManager.createQuery(query).getResultList()) {
            byRag.computeIfPresent((RagStatus) row.get(0), (r, n) -> ((Number) row.get(1)).longValue());
        }
        return byRag;
    }

    /** Every filtered item in the appendix's order, for export. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public List<TrackerItem> list(TrackerFilter filter) {
        return items.findAll(spec(filter), Sort.by("sortOrder", "id"));
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public TrackerItem get(long id) {
        TrackerItem item = items.findById(id).orElseThrow(() -> new NotFound("Tracker item " + id));
        item.getHistory().size();
        return item;
    }

    /** Leads named on any item, for the filter's choices. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public List<String> leads() {
        return items.findAll().stream().map(TrackerItem::getLead).filter(o -> o != null && !o.isBlank())
                .map(String::strip).distinct().sorted().toList();
    }

    @RolesAllowed({Role.TEAM_, Role.MANAGER_})
    @Transactional
    public TrackerItem changeRag(long id, long versionSeen, RagStatus target, @Nullable String reason) {
        Actor actor = currentUser.actor();
        TrackerItem item = load(id, versionSeen);
        RagStatus from = item.getRag();
        item.changeRag(target, actor, clock.instant(), reason);
        TrackerItem saved = save(item);
        events.publishEvent(new StatusChanged(FEATURE, id, item.label(), "programme?item=" + id,
                from.label(), target.label(), actor.username(), saved.getLastUpdated(),
                reason == null || reason.isBlank() ? null : reason.strip()));
        return saved;
    }

    @RolesAllowed({Role.TEAM_, Role.MANAGER_})
    @Transactional
    public TrackerItem updateProgress(long id, long versionSeen, @Nullable Integer percentComplete,
                                      @Nullable String nextSteps, @Nullable String issues, @Nullable String lead) {
        Actor actor = currentUser.actor();
        TrackerItem item = load(id, versionSeen);
        item.updateProgress(percentComplete, nextSteps, issues, lead, actor, clock.instant());
        return save(item);
    }

    private TrackerItem load(long id, long versionSeen) {
        TrackerItem item = Workflows.seen(items.findById(id).orElseThrow(() -> new NotFound("Tracker item " + id)), versionSeen, "tracker item");
        return item;
    }

    private TrackerItem save(TrackerItem item) {
        TrackerItem saved = Workflows.flush(items, item, "tracker item");
        // Callers show the history next to the change, after this transaction has closed.
        saved.getHistory().size();
        return saved;
    }

    private static Specification<TrackerItem> spec(TrackerFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.area() != null) {
                where.add(cb.equal(root.get("area"), filter.area()));
            }
            if (filter.rag() != null) {
                where.add(cb.equal(root.get("rag"), filter.rag()));
            }
            OwnerFilter.where(where, cb, root, filter.owner());
            if (filter.lead() != null && !filter.lead().isBlank()) {
                where.add(cb.equal(cb.lower(root.get("lead")), filter.lead().strip().toLowerCase(Locale.ROOT)));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                where.add(Like.anyContains(cb, SEARCHED.stream().map(root::<String>get).toList(), filter.text()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /**
     * The unfinished items last updated 90 working days before {@code today}. No role check: the daily reminder job asks, with nobody signed in.
     */
    @Transactional(readOnly = true)
    public List<TrackerItemStale> dueForReminder(java.time.LocalDate today) {
        WorkingDays days = WorkingDays.englandAndWales();
        return items.findAll().stream()
                .flatMap(item -> TrackerItemStale.of(item, today, days).stream())
                .toList();
    }
}
