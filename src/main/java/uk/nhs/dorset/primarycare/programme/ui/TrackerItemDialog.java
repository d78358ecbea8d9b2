package uk.nhs.dorset.primarycare.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.RecordSections;
import uk.nhs.dorset.primarycare.base.ui.StatusHistoryGrid;
import uk.nhs.dorset.primarycare.base.ui.TransitionDialog;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.programme.RagStatus;
import uk.nhs.dorset.primarycare.programme.TrackerItem;
import uk.nhs.dorset.primarycare.programme.TrackerService;

/** One tracker item: its place in the plan, its progress, RAG history, and what this role may change. */
final class TrackerItemDialog extends Dialog {

    private final TrackerService tracker;
    private final Actor actor;
    private TrackerItem item;
    private final Div body = new Div();
    private final RecordSections sections;

    TrackerItemDialog(TrackerService tracker, Actor actor, TrackerItem item, RecordSections sections) {
        this.tracker = tracker;
        this.sections = sections;
        this.actor = actor;
        this.item = item;
        setHeaderTitle(item.getProject());
        setWidth("min(60rem, 96vw)");
        add(body);
        Button close = new Button("Close", e -> close());
        getFooter().add(close);
        render();
    }

    private void render() {
        body.removeAll();
        Paragraph place = new Paragraph(item.getArea().label() + " · " + item.getDeliveryArea());
        Paragraph outcome = new Paragraph(item.getOutcome());
        outcome.getStyle().set("font-style", "italic");
        H3 action = new H3(item.getActionText());
        HorizontalLayout status = new HorizontalLayout(RagBadges.of(item.getRag()),
                new Span(item.getRag().label()),
                new Span("Last updated " + Formats.dateTime(item.getLastUpdated()) + " by " + item.getLastUpdatedBy()));
        status.setWrap(true);
        status.setAlignItems(Alignment.BASELINE);
        body.add(place, outcome, action, status);

        boolean mayEdit = !item.getRag().allowedNext(actor).isEmpty();
        IntegerField percent = new IntegerField("% complete");
        percent.setMin(0);
        percent.setMax(100);
        percent.setStepButtonsVisible(true);
        percent.setValue(item.getPercentComplete());
        TextField leadField = new TextField("Lead");
        leadField.setMaxLength(100);
        leadField.setHelperText("Who leads it, as the delivery plan names them");
        leadField.setValue(Optional.ofNullable(item.getLead()).orElse(""));
        TextArea next = new TextArea("Next steps");
        next.setMaxLength(TrackerItem.TEXT_MAX);
        next.setWidthFull();
        next.setValue(Optional.ofNullable(item.getNextSteps()).orElse(""));
        TextArea issues = new TextArea("Issues");
        issues.setMaxLength(TrackerItem.TEXT_MAX);
        issues.setWidthFull();
        issues.setValue(Optional.ofNullable(item.getIssues()).orElse(""));
        percent.setReadOnly(!mayEdit);
        leadField.setReadOnly(!mayEdit);
        next.setReadOnly(!mayEdit);
        issues.setReadOnly(!mayEdit);
        HorizontalLayout numbers = new HorizontalLayout(percent, leadField);
        numbers.setWrap(true);
        body.add(numbers, next, issues);

        if (mayEdit) {
            Button save = new Button("Save progress", e -> {
                try {
                    item = tracker.updateProgress(item.getId(), item.getVersion(), percent.getValue(),
                            next.getValue(), issues.getValue(), leadField.getValue());
                    Notifications.success("Progress saved");
                    render();
                } catch (RuntimeException ex) {
                    Notifications.error(UserMessages.of(ex));
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Select<RagStatus> target = new Select<>();
            target.setLabel("Move RAG to");
            target.setItems(item.getRag().allowedNext(actor));
            target.setItemLabelGenerator(RagStatus::label);
            target.setWidth("min(24rem, 90vw)");
            Button change = new Button("Change RAG…", e -> {
                RagStatus to = target.getValue();
                if (to == null) {
                    target.setInvalid(true);
                    target.setErrorMessage("Choose the new RAG status");
                    return;
                }
                new TransitionDialog("Change RAG",
                        "Move from “" + item.getRag().label() + "” to “" + to.label() + "”?",
                        to == RagStatus.OFF_TRACK,
                        reason -> {
                            item = tracker.changeRag(item.getId(), item.getVersion(), to, reason);
                            Notifications.success("RAG changed to " + to.label());
                            render();
                        }).open();
            });
            HorizontalLayout actions = new HorizontalLayout(save, target, change);
            actions.setWrap(true);
            actions.setAlignItems(Alignment.BASELINE);
            body.add(actions);
        }
        body.add(sections.of(item, () -> {
            item = tracker.get(item.getId());
            render();
        }));
        body.add(new H3("RAG history"), new StatusHistoryGrid(item.getHistory(), s -> RagStatus.valueOf(s).label()));
    }
}
