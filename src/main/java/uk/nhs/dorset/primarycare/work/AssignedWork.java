package uk.nhs.dorset.primarycare.work;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.WorkQueue;
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
        return records.ownedBy(actor.username(), SHOWN_MAX).stream()
                .map(record -> new QueueItem(record.kind(), record.label(), "Assigned to you · " + record.getStatus().label(),
                        record.link()))
                .toList();
    }
}
