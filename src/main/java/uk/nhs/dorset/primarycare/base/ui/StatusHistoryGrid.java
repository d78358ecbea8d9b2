package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.function.Function;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.workflow.StatusChange;

/** A record's workflow history, newest first: from, to, who, when, comment. */
public class StatusHistoryGrid extends Grid<StatusChange> {

    /** @param label turns a stored status name into the text users read */
    public StatusHistoryGrid(List<StatusChange> history, Function<String, String> label) {
        addColumn(c -> Formats.dateTime(c.getChangedAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        addColumn(c -> c.getFromStatus() == null ? "—" : label.apply(c.getFromStatus())).setHeader("From").setAutoWidth(true);
        addColumn(c -> label.apply(c.getToStatus())).setHeader("To").setAutoWidth(true);
        addColumn(StatusChange::getChangedBy).setHeader("By").setAutoWidth(true);
        addColumn(StatusHistoryGrid::comment).setHeader("Comment").setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        setItems(history.reversed());
        addClassName("status-history");
    }

    /** A move made without notifying anyone says so before its reason. */
    static String comment(StatusChange change) {
        String comment = change.getComment() == null ? "" : change.getComment();
        return change.isNotified() ? comment : "Nobody notified: " + comment;
    }
}
