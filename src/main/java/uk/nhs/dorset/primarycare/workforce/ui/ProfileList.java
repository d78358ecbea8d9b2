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
import uk.nhs.dorset.primarycare.base.Formats;
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
import uk.nhs.dorset.primarycare.workforce.WorkforceProfile;
import uk.nhs.dorset.primarycare.workforce.ProfileStatus;
import uk.nhs.dorset.primarycare.workforce.WorkforceService;

/** The profiles the filters select, paged from the database, with their count and export. */
class ProfileList extends VerticalLayout {

    private final WorkforceService workforce;
    private final Supplier<ProfileFilter> filter;
    private final Grid<WorkforceProfile> profiles = new Grid<>();
    private final Span summary = new Span();
    private final Div export = new Div();
    /** Which columns show, kept in the view's address, and what the export writes: exactly those. */
    final GridColumns<WorkforceProfile> columns;

    ProfileList(WorkforceService workforce, Supplier<ProfileFilter> filter, Actor actor) {
        this.workforce = workforce;
        this.filter = filter;
        setPadding(false);
        RowLinks.linkColumn(profiles, WorkforceProfile::getOdsCode, p -> "workforce/" + p.getOdsCode())
                .setHeader("ODS code").setKey("code").setSortProperty("practice.odsCode").setWidth("7rem").setFlexGrow(0);
        profiles.addColumn(p -> p.getPractice().getName()).setHeader("Practice").setKey("practice").setSortProperty("practice.name").setFlexGrow(2).setWidth("14rem")
                .setTooltipGenerator(p -> p.getPractice().getName());
        profiles.addColumn(p -> p.getPractice().getLocality() == null ? "" : p.getPractice().getLocality().getName())
                .setHeader("Locality").setKey("locality").setAutoWidth(true);
        profiles.addColumn(p -> Formats.date(p.getSnapshotDate())).setHeader("Snapshot").setKey("snapshot").setSortProperty("snapshotDate").setAutoWidth(true);
        profiles.addColumn(StatusBadge.renderer(WorkforceProfile::getStatus, StatusBadges::of)).setHeader("Status").setKey("status").setSortProperty("status").setAutoWidth(true);
        for (StaffGroup g : StaffGroup.values()) {
            profiles.addColumn(p -> Figures.fte(p.groupFte(g))).setHeader(g.label() + " FTE").setKey("fte-" + g.name().toLowerCase())
                    .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        }
        profiles.addColumn(p -> p.patientsPerGpFte() == null ? "–" : Formats.number(p.patientsPerGpFte()))
                .setHeader("Patients per GP FTE").setKey("per-gp").setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        profiles.addColumn(p -> p.patientsPerClinicalFte() == null ? "–" : Formats.number(p.patientsPerClinicalFte()))
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
        add(new H3("Profiles"), new HorizontalLayout(summary, export), BulkActions.of(profiles, actor, ProfileStatus.class,
                "profiles", workforce::move).afterwards(this::refresh), profiles);
    }

    /** The grid itself, whose sort order the view keeps in its address. */
    Grid<WorkforceProfile> grid() {
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
                workforce.list(now).stream())));
    }

    /** Each column's export, once; the extra columns show only when picked, and export only then. */
    private GridColumns<WorkforceProfile> exportedColumns() {
        GridColumns<WorkforceProfile> columns = GridColumns.of(profiles, "code")
                .export("code", TEXT, WorkforceProfile::getOdsCode)
                .export("practice", TEXT, p -> p.getPractice().getName())
                .export("locality", TEXT, p -> p.getPractice().getLocality() == null ? null : p.getPractice().getLocality().getName())
                .export("snapshot", DATE, WorkforceProfile::getSnapshotDate)
                .export("status", TEXT, p -> p.getStatus().label());
        for (StaffGroup g : StaffGroup.values()) {
            columns.export("fte-" + g.name().toLowerCase(), NUMBER, p -> p.groupFte(g));
        }
        columns.export("per-gp", NUMBER, WorkforceProfile::patientsPerGpFte)
                .export("per-clinical", NUMBER, WorkforceProfile::patientsPerClinicalFte)
                .extra("patients", "Registered patients", NUMBER, WorkforceProfile::getRegisteredPatients)
                .extra("owner", "Owner", TEXT, WorkforceProfile::getOwner);
        for (StaffGroup g : StaffGroup.values()) {
            columns.extra("headcount-" + g.name().toLowerCase(), g.label() + " headcount", NUMBER, p -> p.groupHeadcount(g));
        }
        return columns;
    }
}
