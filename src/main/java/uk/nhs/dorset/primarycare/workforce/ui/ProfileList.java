package uk.nhs.dorset.primarycare.workforce.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import uk.nhs.dorset.primarycare.base.workflow.BulkMove;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Paging;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.ui.BulkActions;
import uk.nhs.dorset.primarycare.base.ui.StatusBadge;
import uk.nhs.dorset.primarycare.base.ui.ExportLink;
import uk.nhs.dorset.primarycare.base.ui.RowLinks;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import uk.nhs.dorset.primarycare.base.ui.XlsxExport;
import uk.nhs.dorset.primarycare.base.ui.GridColumns;
import static uk.nhs.dorset.primarycare.base.ui.XlsxExport.Kind.DATE;
import static uk.nhs.dorset.primarycare.base.ui.XlsxExport.Kind.NUMBER;
import static uk.nhs.dorset.primarycare.base.ui.XlsxExport.Kind.TEXT;
import uk.nhs.dorset.primarycare.workforce.ProfileFilter;
import uk.nhs.dorset.primarycare.workforce.StaffGroup;
import uk.nhs.dorset.primarycare.workforce.ProfileRow;
import uk.nhs.dorset.primarycare.workforce.ProfileStatus;
import uk.nhs.dorset.primarycare.workforce.WorkforceService;

/** The profiles the filters select, paged from the database, with their count and export. */
class ProfileList extends VerticalLayout {

    /** Profiles the export reads at a time: the file streams out without the whole country in memory. */
    private static final int EXPORT_PAGE = 1_000;

    private final WorkforceService workforce;
    private final Supplier<ProfileFilter> filter;
    private final Grid<ProfileRow> profiles = new Grid<>();
    private final Span summary = new Span();
    private final Div export = new Div();
    /** Which columns show, kept in the view's address, and what the export writes: exactly those. */
    final GridColumns<ProfileRow> columns;

    ProfileList(WorkforceService workforce, Supplier<ProfileFilter> filter, Actor actor) {
        this.workforce = workforce;
        this.filter = filter;
        setPadding(false);
        RowLinks.linkColumn(profiles, ProfileRow::odsCode, ProfileRow::link)
                .setHeader("ODS code").setKey("code").setSortProperty("practice.odsCode").setWidth("7rem").setFlexGrow(0);
        profiles.addColumn(ProfileRow::practiceName).setHeader("Practice").setKey("practice").setSortProperty("practice.name").setFlexGrow(2).setWidth("14rem")
                .setTooltipGenerator(ProfileRow::practiceName);
        profiles.addColumn(p -> p.localityName() == null ? "" : p.localityName())
                .setHeader("Locality").setKey("locality").setAutoWidth(true);
        profiles.addColumn(p -> Formats.date(p.snapshotDate())).setHeader("Snapshot").setKey("snapshot").setSortProperty("snapshotDate").setAutoWidth(true);
        profiles.addColumn(StatusBadge.renderer(ProfileRow::status, StatusBadges::of)).setHeader("Status").setKey("status").setSortProperty("status").setAutoWidth(true);
        for (StaffGroup g : StaffGroup.values()) {
            profiles.addColumn(p -> Figures.fte(p.totals().fte(g))).setHeader(g.label() + " FTE").setKey("fte-" + g.name().toLowerCase())
                    .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        }
        profiles.addColumn(p -> p.totals().patientsPerGpFte() == null ? "–" : Formats.number(p.totals().patientsPerGpFte()))
                .setHeader("Patients per GP FTE").setKey("per-gp").setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        profiles.addColumn(p -> p.totals().patientsPerClinicalFte() == null ? "–" : Formats.number(p.totals().patientsPerClinicalFte()))
                .setHeader("Patients per clinical FTE").setKey("per-clinical").setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        profiles.getColumns().forEach(c -> c.setResizable(true));
        columns = exportedColumns();
        profiles.addClassName("profile-list");
        profiles.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        profiles.setHeight("24rem");
        profiles.setItems(query -> workforce.search(filter.get(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                // The summary above the grid already counted what the filter selects: one count per page.
                query -> (int) (shown < 0 ? workforce.count(filter.get()) : shown));
        summary.addClassName("grid-summary");
        add(new H3("Profiles"), new HorizontalLayout(summary, export), new BulkActions<>(profiles, actor, ProfileStatus.class,
                ProfileRow::status, p -> p.allowedNext(actor), "profiles", workforce::move,
                p -> new BulkMove.Item(p.id(), p.version(), p.label())).afterwards(this::refresh), profiles);
    }

    /** The grid itself, whose sort order the view keeps in its address. */
    Grid<ProfileRow> grid() {
        return profiles;
    }

    private long shown = -1;

    /** Re-reads the grid, its count and its export for the current filters. */
    void refresh() {
        ProfileFilter now = filter.get();
        shown = workforce.count(now);
        profiles.getDataProvider().refreshAll();
        summary.setText(Formats.count(shown, "profile"));
        export.removeAll();
        export.add(ExportLink.create("workforce-profiles", out -> XlsxExport.write(out, "Profiles", columns.exportColumns(),
                all(workforce, now))));
    }

    /** Every profile the filters select at the time of the download, read a page at a time. */
    private static Stream<ProfileRow> all(WorkforceService workforce, ProfileFilter filter) {
        return Paging.everyPage(EXPORT_PAGE, offset -> workforce.search(filter, PageRequest.of(offset / EXPORT_PAGE, EXPORT_PAGE)).getContent());
    }

    /** Each column's export, once; the extra columns show only when picked, and export only then. */
    private GridColumns<ProfileRow> exportedColumns() {
        GridColumns<ProfileRow> columns = GridColumns.of(profiles, "code")
                .export("code", TEXT, ProfileRow::odsCode)
                .export("practice", TEXT, ProfileRow::practiceName)
                .export("locality", TEXT, ProfileRow::localityName)
                .export("snapshot", DATE, ProfileRow::snapshotDate)
                .export("status", TEXT, p -> p.status().label());
        for (StaffGroup g : StaffGroup.values()) {
            columns.export("fte-" + g.name().toLowerCase(), NUMBER, p -> p.totals().fte(g));
        }
        columns.export("per-gp", NUMBER, p -> p.totals().patientsPerGpFte())
                .export("per-clinical", NUMBER, p -> p.totals().patientsPerClinicalFte())
                .extra("patients", "Registered patients", NUMBER, p -> p.totals().registeredPatients())
                .extra("owner", "Owner", TEXT, ProfileRow::owner);
        for (StaffGroup g : StaffGroup.values()) {
            columns.extra("headcount-" + g.name().toLowerCase(), g.label() + " headcount", NUMBER, p -> p.totals().headcount(g));
        }
        return columns;
    }
}
