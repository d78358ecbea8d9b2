package uk.nhs.dorset.primarycare.testing;

import java.util.List;
import uk.nhs.dorset.primarycare.base.audit.FieldChange;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;

/**
 * One workflow as the shared workflow contract drives it: every call goes through the
 * feature's service, signed in as the user who would make it.
 */
public interface WorkflowFixture {

    /** A new record, created as its usual user, in a status with a legal next move. */
    WorkflowRecord<?> create();

    /** The record as its service reads it now. */
    WorkflowRecord<?> reload(long id);

    /** A move the record's status table refuses from where the record is. */
    void refusedMove(long id, long seenVersion);

    /** A legal move from where the record is. */
    WorkflowRecord<?> allowedMove(long id, long seenVersion);

    /**
     * Takes the record along a path of legal moves through its workflow, every move carrying
     * {@code comment} and made by the user who would make it; returns the record at the end.
     */
    WorkflowRecord<?> walk(long id, long seenVersion, String comment);

    /** Changes one audited field through the ordinary edit, saying which and from what to what. */
    FieldEdit editField(long id, long seenVersion);

    List<FieldChange> fieldChanges(long id);

    /**
     * Ends a record a test made and no longer needs, where leaving it open would stand in other
     * tests' way (a merger case holds its practices); most records may simply stay.
     */
    default void discard(long id) {
    }

    /** What an edit changed, as the audit trail should show it. */
    record FieldEdit(String field, String from, String to) {
    }
}
