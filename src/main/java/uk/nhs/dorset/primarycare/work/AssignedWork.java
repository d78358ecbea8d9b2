package uk.nhs.dorset.primarycare.work;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.WorkQueue;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecords;

/** The unfinished records assigned to the user, first in their queue: what they have taken on comes before what their role could do. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AssignedWork implements WorkQueue {

    private static final int SHOWN_MAX = 50;

    private final WorkflowRecords records;

    AssignedWork(WorkflowRecords records) {
        this.records = records;
    }

    @Override
    public boolean isPersonal() {
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QueueItem> waitingFor(Actor actor) {
        if (!actor.hasAny(RecordAccess.STAFF)) {
            return List.of();
        }
        return records.ownedBy(actor.username(), SHOWN_MAX).stream().map(AssignedWork::item).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Waiting first(Actor actor, int limit) {
        if (!actor.hasAny(RecordAccess.STAFF)) {
            return Waiting.NONE;
        }
        List<Long> counts = records.ownedCounts(actor.username());
        // The whole list takes at most SHOWN_MAX of each workflow and SHOWN_MAX in all.
        int count = (int) Math.min(counts.stream().mapToLong(Long::longValue).sum(), SHOWN_MAX);
        int wanted = Math.min(limit, count);
        return new Waiting(count, wanted == 0 ? List.of()
                : records.ownedBy(actor.username(), wanted, counts).stream().map(AssignedWork::item).toList());
    }

    private static QueueItem item(WorkflowRecord<?> record) {
        return new QueueItem(record.kind(), record.label(), "Assigned to you · " + record.getStatus().label(), record.link());
    }
}
