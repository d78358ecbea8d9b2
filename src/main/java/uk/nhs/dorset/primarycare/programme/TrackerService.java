package uk.nhs.dorset.primarycare.programme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.workflow.Workflows;
import uk.nhs.dorset.primarycare.base.Like;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Role;
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
            "issues", "owner");

    private final TrackerItemRepository items;
    private final CurrentUser currentUser;
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
    public Page<TrackerItem> search(TrackerFilter filter, Pageable pageable) {
        return items.findAll(spec(filter), withDefaultOrder(pageable));
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public long count(TrackerFilter filter) {
        return items.count(spec(filter));
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

    /** Owners named on any item, for the filter's choices. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public List<String> owners() {
        return items.findAll().stream().map(TrackerItem::getOwner).filter(o -> o != null && !o.isBlank())
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
                                      @Nullable String nextSteps, @Nullable String issues, @Nullable String owner) {
        Actor actor = currentUser.actor();
        TrackerItem item = load(id, versionSeen);
        item.updateProgress(percentComplete, nextSteps, issues, owner, actor, clock.instant());
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

    private static Pageable withDefaultOrder(Pageable pageable) {
        return org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                pageable.getSortOr(Sort.by("sortOrder", "id")));
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
            if (filter.owner() != null && !filter.owner().isBlank()) {
                where.add(cb.equal(cb.lower(root.get("owner")), filter.owner().strip().toLowerCase(Locale.ROOT)));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                where.add(Like.anyContains(cb, SEARCHED.stream().map(root::<String>get).toList(), filter.text()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

}
