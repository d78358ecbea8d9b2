package uk.nhs.dorset.primarycare.base.audit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.nhs.dorset.primarycare.base.workflow.StatusChanged;

/**
 * Keeps every workflow transition of every feature in the audit trail. It writes inside the
 * transaction that made the change, so the change and its audit row commit or fail together.
 */
@Component
class AuditEventRecorder {

    private final AuditEventRepository events;

    AuditEventRecorder(AuditEventRepository events) {
        this.events = events;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(StatusChanged event) {
        events.save(AuditEvent.of(event));
    }
}
