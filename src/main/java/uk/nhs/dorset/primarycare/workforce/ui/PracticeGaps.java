package uk.nhs.dorset.primarycare.workforce.ui;

import uk.nhs.dorset.primarycare.base.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.stream.Stream;
import uk.nhs.dorset.primarycare.base.Paging;
import uk.nhs.dorset.primarycare.base.ui.ExportLink;
import uk.nhs.dorset.primarycare.base.ui.RowLinks;
import uk.nhs.dorset.primarycare.base.ui.XlsxExport;
import uk.nhs.dorset.primarycare.base.ui.XlsxExport.Column;
import uk.nhs.dorset.primarycare.workforce.GapCalculator.PracticeGap;
import uk.nhs.dorset.primarycare.workforce.GapQuery;
import uk.nhs.dorset.primarycare.workforce.WorkforceService;

/** Each practice's gap against its share of its locality's target, with its export. */
class PracticeGaps extends Div {

    /** Lines the export reads at a time: the file streams out without the whole country in memory. */
    private static final int EXPORT_PAGE = 2_000;

    PracticeGaps(WorkforceService workforce, GapQuery query) {
        Grid<PracticeGap> practices = new Grid<>();
        practices.addColumn(PracticeGap::odsCode).setHeader("ODS code").setAutoWidth(true).setFlexGrow(0);
        RowLinks.linkColumn(practices, PracticeGap::practiceName, p -> "workforce/" + p.odsCode())
                .setHeader("Practice").setKey("practice").setFlexGrow(2);
        practices.addColumn(PracticeGap::locality).setHeader("Locality").setAutoWidth(true);
        practices.addColumn(p -> p.group().label()).setHeader("Staff group").setAutoWidth(true);
        practices.addColumn(p -> Figures.fte(p.baseline())).setHeader("Baseline FTE");
        practices.addColumn(p -> p.target() == null ? "–" : Figures.fte(p.target())).setHeader("Target share FTE");
        practices.addColumn(p -> Figures.gap(p.gap())).setHeader("Gap FTE");
        // A page at a time from the service, as every grid at national size: the lines are never all held.
        // Counted once: the view builds a new list for every change of its filters.
        long lines = workforce.countPracticeGaps(query);
        practices.setItems(q -> workforce.practiceGaps(query, q.getOffset(), q.getLimit()).stream(), q -> (int) lines);
        practices.setHeight("24rem");
        practices.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        Span summary = new Span(Formats.count(lines, "practice line"));
        summary.addClassName("grid-summary");
        setWidthFull();
        add(new H3("Gap by practice"), new HorizontalLayout(summary, ExportLink.create("workforce-practice-gaps",
                out -> XlsxExport.write(out, "Practice gaps", columns(), all(workforce, query)))), practices);
    }

    /** Every line at the time of the download, read a page at a time. */
    private static Stream<PracticeGap> all(WorkforceService workforce, GapQuery query) {
        return Paging.everyPage(EXPORT_PAGE, offset -> workforce.practiceGaps(query, offset, EXPORT_PAGE));
    }

    private static List<Column<PracticeGap>> columns() {
        return List.of(
                Column.text("ODS code", PracticeGap::odsCode),
                Column.text("Practice", PracticeGap::practiceName),
                Column.text("Locality", PracticeGap::locality),
                Column.text("Cluster", p -> p.cluster().label()),
                Column.text("Staff group", p -> p.group().label()),
                Column.number("Baseline FTE", PracticeGap::baseline),
                Column.number("Target share FTE", PracticeGap::target),
                Column.number("Gap FTE", PracticeGap::gap));
    }
}
