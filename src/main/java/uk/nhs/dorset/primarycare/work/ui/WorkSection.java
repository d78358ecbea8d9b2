package uk.nhs.dorset.primarycare.work.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.springframework.stereotype.Service;
import uk.nhs.dorset.primarycare.base.CurrentActor;
import uk.nhs.dorset.primarycare.base.ui.RecordSection;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.work.AssignmentService;
import uk.nhs.dorset.primarycare.work.CommentService;

/** Every record's owner and comment thread, under the record's own parts. */
@Service
class WorkSection implements RecordSection {

    private final AssignmentService assignments;
    private final CommentService comments;
    private final CurrentActor currentUser;

    WorkSection(AssignmentService assignments, CommentService comments, CurrentActor currentUser) {
        this.assignments = assignments;
        this.comments = comments;
        this.currentUser = currentUser;
    }

    @Override
    public Component create(WorkflowRecord<?> record, Runnable reload) {
        Div section = new Div(new OwnerPicker(assignments, currentUser.actor(), record, reload), new H3("Comments"),
                new CommentThread(comments, currentUser.actor(), record));
        section.addClassName("record-work");
        return section;
    }
}
