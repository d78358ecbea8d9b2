package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.springframework.beans.factory.ObjectProvider;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;

/** Every {@link RecordSection} the application has, for a detail view to show under its own parts. */
@org.springframework.stereotype.Component
public class RecordSections {

    private final ObjectProvider<RecordSection> sections;

    RecordSections(ObjectProvider<RecordSection> sections) {
        this.sections = sections;
    }

    public Component of(WorkflowRecord<?> record, Runnable reload) {
        Div all = new Div();
        all.addClassName("record-sections");
        sections.orderedStream().forEach(section -> all.add(section.create(record, reload)));
        return all;
    }
}
