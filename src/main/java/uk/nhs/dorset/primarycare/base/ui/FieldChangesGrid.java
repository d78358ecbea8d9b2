package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.audit.FieldChange;

/** A record's field-by-field audit, newest first: when, who, which field, from and to. */
public class FieldChangesGrid extends Grid<FieldChange> {

    public FieldChangesGrid(List<FieldChange> oldestFirst) {
        addColumn(c -> Formats.dateTime(c.at())).setHeader("When").setAutoWidth(true);
        addColumn(FieldChange::by).setHeader("By").setAutoWidth(true);
        addColumn(FieldChange::field).setHeader("Field").setAutoWidth(true);
        addColumn(c -> c.from().isEmpty() ? "—" : c.from()).setHeader("From").setFlexGrow(1);
        addColumn(c -> c.to().isEmpty() ? "—" : c.to()).setHeader("To").setFlexGrow(1);
        setItems(oldestFirst.reversed());
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addClassName("field-audit");
    }
}
