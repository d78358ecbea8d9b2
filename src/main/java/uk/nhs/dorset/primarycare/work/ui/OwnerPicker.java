package uk.nhs.dorset.primarycare.work.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.security.UserContact;
import uk.nhs.dorset.primarycare.work.AssignmentService;

/**
 * Who has taken the record on. Staff pick an owner (or clear it for nobody) and the change is
 * saved at once; a practice manager reads who it is.
 */
class OwnerPicker extends Div {

    final ComboBox<UserContact> owner = new ComboBox<>("Owner");

    OwnerPicker(AssignmentService assignments, Actor actor, WorkflowRecord<?> record, Runnable reload) {
        addClassName("owner-picker");
        String current = assignments.ownerName(record.ref());
        if (!actor.hasAny(EnumSet.of(Role.TEAM, Role.ESTATES, Role.MANAGER))) {
            Span read = new Span("Owner: " + (current == null ? "nobody yet" : current));
            read.addClassName("owner-read");
            add(read);
            return;
        }
        List<UserContact> candidates = assignments.candidates();
        owner.setItems(candidates);
        owner.setItemLabelGenerator(user -> user.displayName() + " (" + user.username() + ")");
        owner.setPlaceholder("Nobody");
        owner.setClearButtonVisible(true);
        owner.setHelperText("Whoever has taken this " + record.noun() + " on; they and the previous owner are told.");
        owner.setWidth("22rem");
        candidates.stream().filter(user -> user.username().equals(record.getOwner())).findFirst().ifPresent(owner::setValue);
        owner.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            String to = change.getValue() == null ? null : change.getValue().username();
            if (Objects.equals(to, record.getOwner())) {
                return;
            }
            try {
                assignments.assign(record.ref(), record.getVersion(), to);
                Notifications.success(to == null ? "Nobody owns this " + record.noun() + " now"
                        : "Assigned to " + change.getValue().displayName());
                reload.run();
            } catch (RuntimeException refused) {
                owner.setValue(change.getOldValue());
                Notifications.error(UserMessages.of(refused));
            }
        });
        add(owner);
    }
}
