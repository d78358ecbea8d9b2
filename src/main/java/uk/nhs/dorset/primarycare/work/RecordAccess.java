package uk.nhs.dorset.primarycare.work;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.RecordRef;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecords;

/**
 * Who may see a record's owner and thread: the commissioner's staff every record, a practice
 * manager only their own practice's records (anything else is "not found", never a refusal
 * that would say the record exists).
 */
@Component
class RecordAccess {

    /** The roles that work on every practice's records and may own them. */
    static final Set<Role> STAFF = EnumSet.of(Role.TEAM, Role.ESTATES, Role.MANAGER);

    private final WorkflowRecords records;

    RecordAccess(WorkflowRecords records) {
        this.records = records;
    }

    WorkflowRecord<?> visible(RecordRef ref, Actor actor) {
        WorkflowRecord<?> record = records.find(ref).orElseThrow(() -> new NotFound("record"));
        if (actor.hasAny(STAFF) || ofTheirPractice(record, actor)) {
            return record;
        }
        throw new NotFound(record.noun());
    }

    static boolean ofTheirPractice(WorkflowRecord<?> record, Actor actor) {
        String practice = record.practiceOdsCode();
        return actor.has(Role.PRACTICE) && practice != null && practice.equals(actor.practiceOdsCode());
    }
}
