package uk.nhs.dorset.primarycare.workforce.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.dorset.primarycare.base.ui.XlsxExport.Column;
import uk.nhs.dorset.primarycare.workforce.GapCalculator.GapLine;

/** The locality and cluster gap tables share one layout on screen and in their exports. */
final class GapGrids {

    static final String LOCALITY = "Locality";
    static final String CLUSTER = "Cluster";

    private GapGrids() {
    }

    static Grid<GapLine> grid(String scope, List<GapLine> lines) {
        Grid<GapLine> grid = new Grid<>();
        grid.addColumn(GapLine::scope).setHeader(scope).setAutoWidth(true);
        grid.addColumn(l -> l.group().label()).setHeader("Staff group").setAutoWidth(true);
        grid.addColumn(l -> l.target() == null ? "–" : Figures.fte(l.target())).setHeader("Target FTE");
        grid.addColumn(l -> Figures.fte(l.baseline())).setHeader("Baseline FTE");
        grid.addColumn(l -> l.coveredTarget() == null ? "–" : Figures.fte(l.coveredTarget())).setHeader("Target for supplied");
        grid.addColumn(l -> Figures.gap(l.gap())).setHeader("Gap FTE");
        grid.addColumn(GapLine::coverage).setHeader("Supplied");
        grid.setItems(lines);
        fitOrScroll(grid, lines.size());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    /** Rows a locality-level grid shows whole; beyond them it scrolls. An area's localities fit; a country's do not. */
    static final int ALL_ROWS_UP_TO = 60;

    /**
     * A short grid shows every row; a long one (a country's localities) scrolls within a fixed
     * height, so the browser asks for the rows in view and the server holds no rendering of the rest.
     */
    static void fitOrScroll(Grid<?> grid, int rows) {
        if (rows <= ALL_ROWS_UP_TO) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("28rem");
        }
    }

    static List<Column<GapLine>> columns(String scope) {
        List<Column<GapLine>> columns = new ArrayList<>();
        columns.add(Column.text(scope, GapLine::scope));
        // A locality's line names its cluster; a cluster's line is the cluster itself.
        if (!CLUSTER.equals(scope)) {
            columns.add(Column.text(CLUSTER, l -> l.cluster().label()));
        }
        columns.addAll(List.of(
                Column.text("Staff group", l -> l.group().label()),
                Column.number("Target FTE", GapLine::target),
                Column.number("Baseline FTE", GapLine::baseline),
                Column.number("Target for supplied FTE", GapLine::coveredTarget),
                Column.number("Gap FTE", GapLine::gap),
                Column.number("Practices supplied", GapLine::practicesSupplied),
                Column.number("Practices", GapLine::practices)));
        return columns;
    }
}
