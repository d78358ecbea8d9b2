package uk.nhs.dorset.primarycare.mergers.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.ui.DateFields;
import uk.nhs.dorset.primarycare.base.ui.StatusBadge;
import uk.nhs.dorset.primarycare.mergers.ActionArea;
import uk.nhs.dorset.primarycare.mergers.ActionPlanItem;
import uk.nhs.dorset.primarycare.mergers.ActionStatus;

/**
 * The six-area action plan as one form field: each area's owner, due date, progress and notes,
 * edited in place. Read-only, it shows progress as a badge and flags an overdue area.
 */
class ActionPlanField extends CustomField<List<ActionPlanItem>> {

    private final List<ActionRow> rows = new ArrayList<>();
    private final Grid<ActionRow> grid = new Grid<>();

    private final LocalDate today;

    ActionPlanField(boolean editable, LocalDate today) {
        super(List.of());
        this.today = today;
        super.setReadOnly(!editable);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("action-plan");
        add(grid);
        setWidthFull();
        draw();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        draw();
    }

    @Override
    protected List<ActionPlanItem> generateModelValue() {
        return rows.stream().map(r -> new ActionPlanItem(r.area, r.owner, r.due, r.status, r.notes)).toList();
    }

    @Override
    protected void setPresentationValue(@Nullable List<ActionPlanItem> items) {
        rows.clear();
        if (items != null) {
            items.forEach(a -> rows.add(new ActionRow(a.getArea(), a.getOwner(), a.getDueDate(), a.getStatus(), a.getNotes())));
        }
        grid.setItems(rows);
    }

    private void draw() {
        boolean editable = !isReadOnly();
        grid.removeAllColumns();
        grid.addColumn(r -> r.area.label()).setHeader("Area").setAutoWidth(true);
        grid.addComponentColumn(r -> editable ? text(r, r.owner, "Owner of ", v -> r.owner = v) : new Span(orEmpty(r.owner)))
                .setHeader("Owner").setFlexGrow(1);
        grid.addComponentColumn(r -> editable ? due(r) : shownDue(r)).setHeader("Due").setAutoWidth(true);
        grid.addComponentColumn(r -> editable ? status(r) : badge(r.status)).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(r -> editable ? text(r, r.notes, "Notes on ", v -> r.notes = v) : new Span(orEmpty(r.notes)))
                .setHeader("Notes").setFlexGrow(2);
        grid.setItems(rows);
    }

    private TextField text(ActionRow row, @Nullable String value, String ariaPrefix, Consumer<String> into) {
        TextField field = new TextField();
        field.setValue(orEmpty(value));
        field.setAriaLabel(ariaPrefix + row.area.label());
        field.addValueChangeListener(e -> {
            into.accept(e.getValue());
            updateValue();
        });
        field.setWidthFull();
        return field;
    }

    private DatePicker due(ActionRow row) {
        DatePicker due = DateFields.picker("");
        due.setClearButtonVisible(true);
        due.setValue(row.due);
        due.setAriaLabel("Due date of " + row.area.label());
        due.addValueChangeListener(e -> {
            row.due = e.getValue();
            updateValue();
        });
        due.setWidth("10rem");
        return due;
    }

    private Select<ActionStatus> status(ActionRow row) {
        Select<ActionStatus> status = new Select<>();
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(ActionStatus::label);
        status.setValue(row.status);
        status.setAriaLabel("Status of " + row.area.label());
        status.addValueChangeListener(e -> {
            row.status = e.getValue() == null ? ActionStatus.NOT_STARTED : e.getValue();
            updateValue();
        });
        status.setWidth("10rem");
        return status;
    }

    private Component shownDue(ActionRow row) {
        Span due = new Span(Formats.date(row.due));
        if (row.due != null && row.due.isBefore(today) && !row.status.isSettled()) {
            due.addClassName("overdue");
        }
        return due;
    }

    private static StatusBadge badge(ActionStatus status) {
        return new StatusBadge(status.label(), status.isSettled() ? StatusBadge.Tone.SUCCESS
                : status == ActionStatus.IN_PROGRESS ? StatusBadge.Tone.INFO : StatusBadge.Tone.NEUTRAL);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    /** An action plan area being edited. */
    private static final class ActionRow {
        final ActionArea area;
        @Nullable String owner;
        @Nullable LocalDate due;
        ActionStatus status;
        @Nullable String notes;

        ActionRow(ActionArea area, @Nullable String owner, @Nullable LocalDate due, ActionStatus status, @Nullable String notes) {
            this.area = area;
            this.owner = owner;
            this.due = due;
            this.status = status;
            this.notes = notes;
        }
    }
}
