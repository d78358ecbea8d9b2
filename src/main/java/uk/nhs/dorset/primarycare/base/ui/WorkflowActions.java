package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.Move;
import uk.nhs.dorset.primarycare.base.workflow.MoveField;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowStatus;

/**
 * The action buttons of a workflow record's detail view, one per move this user may make now,
 * worded, styled and confirmed as the status table says: a refusal is styled as a warning, a
 * move that needs a reason asks for one, a move that needs a value (an approved amount, a
 * payment date) asks for it in the same dialog. A refused move keeps the dialog open with the
 * guard's message, so nothing typed is lost.
 */
public class WorkflowActions<S extends Enum<S> & WorkflowStatus<S>> extends Div {

    /** Makes the move; throws to refuse. */
    @FunctionalInterface
    public interface Mover<S> {
        void move(S target, MoveRequest request);
    }

    /** What a move from a form with unsaved changes is refused with. */
    public static final String SAVE_FIRST = "Save your changes first: the form has changes that are not saved yet, "
            + "and this step would be judged on what was last saved";

    private final Map<MoveField<?>, Object> prefilled = new HashMap<>();
    private final WorkflowRecord<S> record;
    private final Function<S, String> question;
    private final Mover<S> mover;
    private final Actor actor;
    private BooleanSupplier unsavedChanges = () -> false;

    /**
     * @param question what the dialog asks for a move to a target ("Approve: Ferndown extension?")
     */
    public WorkflowActions(WorkflowRecord<S> record, Actor actor, Function<S, String> question, Mover<S> mover) {
        this.record = record;
        this.question = question;
        this.mover = mover;
        this.actor = actor;
        addClassName("toolbar");
        addClassName("workflow-actions");
        S status = record.getStatus();
        boolean first = true;
        for (S target : record.allowedNext(actor)) {
            Button button = new Button(status.action(target), e -> confirm(target));
            button.addClassName("workflow-action");
            if (status.isRefusal(target)) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            } else if (first) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                first = false;
            }
            add(button);
        }
        setVisible(getComponentCount() > 0);
    }

    /** The value a move's input starts with (the requested grant for an approval). */
    public <T> WorkflowActions<S> prefill(MoveField<T> field, @Nullable T value) {
        if (value != null) {
            prefilled.put(field, value);
        }
        return this;
    }

    /**
     * Refuses every move while the form next to these actions has changes not yet saved: the
     * guards judge the saved record, so a move now would judge what the user no longer sees.
     */
    public WorkflowActions<S> refusingWhileUnsaved(BooleanSupplier hasUnsavedChanges) {
        this.unsavedChanges = hasUnsavedChanges;
        return this;
    }

    /** Opens the confirm dialog for a move, as its button does. */
    public TransitionDialog confirm(S target) {
        S status = record.getStatus();
        Map<MoveField<?>, HasValue<?, ?>> inputs = new LinkedHashMap<>();
        for (MoveField<?> field : status.fields(target)) {
            inputs.put(field, input(field));
        }
        String action = status.action(target);
        Checkbox quietly = withoutNotifying();
        TransitionDialog dialog = new TransitionDialog(action, question.apply(target), status.needsReason(target), comment -> {
            if (unsavedChanges.getAsBoolean()) {
                throw new TransitionNotAllowed(SAVE_FIRST);
            }
            MoveRequest request = MoveRequest.of(comment);
            for (Map.Entry<MoveField<?>, HasValue<?, ?>> input : inputs.entrySet()) {
                request = with(request, input.getKey(), input.getValue().getValue());
            }
            mover.move(target, quietly.getValue() ? request.with(Move.WITHOUT_NOTIFYING, true) : request);
        });
        int at = 1;
        for (HasValue<?, ?> input : inputs.values()) {
            dialog.addComponentAtIndex(at++, (Component) input);
        }
        if (quietly.isVisible()) {
            dialog.addComponentAtIndex(at + 1, quietly);   // under the comment that must say why
        }
        if (unsavedChanges.getAsBoolean()) {
            dialog.refuse(new TransitionNotAllowed(SAVE_FIRST));
        }
        dialog.open();
        return dialog;
    }

    /** Offered to the commissioner's staff only: the record's service refuses anyone else who asks. */
    private Checkbox withoutNotifying() {
        Checkbox quietly = new Checkbox(Move.WITHOUT_NOTIFYING.label());
        quietly.addClassName("without-notifying");
        quietly.setHelperText("Nobody is told of this move. Say why in the comment: the history keeps it.");
        quietly.setVisible(actor.hasAny(EnumSet.of(Role.TEAM, Role.ESTATES, Role.MANAGER)));
        return quietly;
    }

    static <T> MoveRequest with(MoveRequest request, MoveField<T> field, @Nullable Object value) {
        return request.with(field, value == null ? null : field.type().cast(value));
    }

    private HasValue<?, ?> input(MoveField<?> field) {
        return inputFor(field, prefilled.get(field));
    }

    /** The dialog input for a move's value, starting at {@code start}; bulk moves ask with the same inputs. */
    static HasValue<?, ?> inputFor(MoveField<?> field, @Nullable Object start) {
        if (field.type() == BigDecimal.class) {
            BigDecimalField amount = DecimalField.money(field.label());
            amount.setValue((BigDecimal) start);
            amount.setWidthFull();
            return amount;
        }
        if (field.type() == LocalDate.class) {
            DatePicker date = DateFields.picker(field.label());
            date.setValue((LocalDate) start);
            date.setWidthFull();
            return date;
        }
        throw new IllegalArgumentException("No input for a " + field.type().getSimpleName() + " move field");
    }
}
