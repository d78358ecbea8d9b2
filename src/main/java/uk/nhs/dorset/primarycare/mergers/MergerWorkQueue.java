package uk.nhs.dorset.primarycare.mergers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.WorkQueue;

/** Merger cases waiting for a decision (the committee) or for completion (the case team). */
@Component
class MergerWorkQueue implements WorkQueue {

    private static final String FEATURE = "Merger case";
    private final MergerCaseRepository cases;

    MergerWorkQueue(MergerCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QueueItem> waitingFor(Actor actor) {
        List<QueueItem> items = new ArrayList<>();
        if (actor.has(Role.MANAGER)) {
            add(items, cases.findTop20ByStatusInOrderByIdAsc(Set.of(MergerStatus.APPLICATION)), "Approve or decline the application");
        }
        if (actor.hasAny(EnumSet.of(Role.TEAM, Role.MANAGER))) {
            add(items, cases.findTop20ByStatusInOrderByIdAsc(Set.of(MergerStatus.APPROVED)), "Complete the merger on its date");
        }
        return items;
    }

    private static void add(List<QueueItem> items, List<MergerCase> found, String waiting) {
        found.forEach(c -> items.add(new QueueItem(FEATURE, c.label(), waiting, "mergers/" + c.getId())));
    }
}
