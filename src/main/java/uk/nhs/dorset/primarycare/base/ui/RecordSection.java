package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.Component;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;

/**
 * A part of every workflow record's detail view that another feature owns (its owner and
 * comment thread), so each detail view needs to know no such feature.
 */
public interface RecordSection {

    /**
     * A new component for one detail view of the record.
     *
     * @param reload shows the record again, for a change that moves its version on
     */
    Component create(WorkflowRecord<?> record, Runnable reload);
}
