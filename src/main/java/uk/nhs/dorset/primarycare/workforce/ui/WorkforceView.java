package uk.nhs.dorset.primarycare.workforce.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.ui.ExportLink;
import uk.nhs.dorset.primarycare.base.ui.QueryFilters;
import uk.nhs.dorset.primarycare.base.ui.XlsxExport;
import uk.nhs.dorset.primarycare.base.ui.XlsxExport.Column;
import uk.nhs.dorset.primarycare.practice.Cluster;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.security.CurrentUser;
import uk.nhs.dorset.primarycare.workforce.GapCalculator;
import uk.nhs.dorset.primarycare.workforce.GapCalculator.GapLine;
import uk.nhs.dorset.primarycare.workforce.GapCalculator.PracticeGap;
import uk.nhs.dorset.primarycare.workforce.LocalityValidation;
import uk.nhs.dorset.primarycare.workforce.ProfileFilter;
import uk.nhs.dorset.primarycare.workforce.ProfileStatus;
import uk.nhs.dorset.primarycare.workforce.StaffGroup;
import uk.nhs.dorset.primarycare.workforce.WorkforceProfile;
import uk.nhs.dorset.primarycare.workforce.WorkforceService;

/**
 * Workforce profiles and gaps: the profiles grid, the locality gap table and chart against the
 * chosen model version, the cluster roll-up, each locality's validation progress and the
 * practice gaps. Filters live in the URL so a filtered view can be shared as a link.
 */
@Route("workforce")
@PageTitle("Workforce")
@Menu(order = 50, title = "Workforce", icon = "vaadin:doctor")
@RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
class WorkforceView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "workforce";

    private final WorkforceService workforce;
    private final Actor actor;

    private final ComboBox<LocalDate> snapshot = new ComboBox<>("Snapshot");
    private final ComboBox<String> model = new ComboBox<>("Model version");
    private final ComboBox<String> locality = new ComboBox<>("Locality");
    private final ComboBox<Cluster> cluster = new ComboBox<>("Cluster");
    private final ComboBox<StaffGroup> group = new ComboBox<>("Staff group");
    private final ComboBox<ProfileStatus> status = new ComboBox<>("Validation status");
    private final TextField text = new TextField("Practice");

    private final Grid<WorkforceProfile> profiles = new Grid<>();
    private final Span profileSummary = new Span();
    private final Div profileExport = new Div();
    private final Div gapsArea = new Div();
    private final List<String> localityNames;
    private boolean reading;

    WorkforceView(WorkforceService workforce, PracticeService practices, CurrentUser currentUser) {
        this.workforce = workforce;
        this.actor = currentUser.actor();
        setWidthFull();
        add(new H2("Workforce profiles and gaps"));

        List<LocalDate> snapshots = workforce.snapshots();
        snapshot.setItems(snapshots);
        snapshot.setItemLabelGenerator(Formats::date);
        model.setItems(workforce.modelVersions());
        localityNames = practices.localities().stream().map(Locality::getName).toList();
        locality.setItems(localityNames);
        cluster.setItems(Cluster.values());
        cluster.setItemLabelGenerator(Cluster::label);
        group.setItems(StaffGroup.values());
        group.setItemLabelGenerator(StaffGroup::label);
        status.setItems(ProfileStatus.values());
        status.setItemLabelGenerator(ProfileStatus::label);
        text.setPlaceholder("Name or ODS code");
        text.setMaxLength(100);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        snapshot.setClearButtonVisible(true);
        for (var box : List.of(locality, cluster, group, status)) {
            ((ComboBox<?>) box).setClearButtonVisible(true);
        }
        HorizontalLayout toolbar = new HorizontalLayout(snapshot, model, locality, cluster, group, status, text);
        toolbar.addClassName("toolbar");
        // A practice manager sees their own profiles only; locality gaps need every practice's list.
        model.setVisible(!actor.isPracticeScoped());
        group.setVisible(!actor.isPracticeScoped());
        locality.setVisible(!actor.isPracticeScoped());
        cluster.setVisible(!actor.isPracticeScoped());
        toolbar.setWrap(true);
        add(toolbar);
        snapshot.addValueChangeListener(e -> changed());
        model.addValueChangeListener(e -> changed());
        locality.addValueChangeListener(e -> changed());
        cluster.addValueChangeListener(e -> changed());
        group.addValueChangeListener(e -> changed());
        status.addValueChangeListener(e -> changed());
        text.addValueChangeListener(e -> changed());

        add(new H3("Profiles"));
        profiles.addColumn(p -> p.getOdsCode()).setHeader("ODS code").setAutoWidth(true).setFlexGrow(0);
        profiles.addComponentColumn(p -> new RouterLink(p.getPractice().getName(), PracticeWorkforceView.class,
                        PracticeWorkforceView.params(p.getOdsCode())))
                .setHeader("Practice").setFlexGrow(2).setWidth("14rem");
        profiles.addColumn(p -> p.getPractice().getLocality() == null ? "" : p.getPractice().getLocality().getName())
                .setHeader("Locality").setAutoWidth(true);
        profiles.addColumn(p -> Formats.date(p.getSnapshotDate())).setHeader("Snapshot").setAutoWidth(true);
        profiles.addComponentColumn(p -> StatusBadges.of(p.getStatus())).setHeader("Status").setAutoWidth(true);
        for (StaffGroup g : StaffGroup.values()) {
            profiles.addColumn(p -> Figures.fte(p.groupFte(g))).setHeader(g.label() + " FTE").setAutoWidth(true);
        }
        profiles.addColumn(p -> p.patientsPerGpFte() == null ? "–" : Formats.number(p.patientsPerGpFte()))
                .setHeader("Patients per GP FTE").setAutoWidth(true);
        profiles.addColumn(p -> p.patientsPerClinicalFte() == null ? "–" : Formats.number(p.patientsPerClinicalFte()))
                .setHeader("Patients per clinical FTE").setAutoWidth(true);
        profiles.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        profiles.setHeight("24rem");
        profiles.setItems(query -> workforce.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) workforce.count(filter()));
        profileSummary.addClassName("grid-summary");
        add(new HorizontalLayout(profileSummary, profileExport), profiles);
        add(gapsArea);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryFilters f = QueryFilters.from(event.getLocation());
        reading = true;
        try {
            snapshot.setValue(f.get("snapshot").flatMap(WorkforceView::date)
                    .orElse(workforce.snapshots().isEmpty() ? null : workforce.snapshots().getFirst()));
            List<String> versions = workforce.modelVersions();
            model.setValue(f.get("model").filter(versions::contains).orElse(versions.isEmpty() ? null : versions.getFirst()));
            locality.setValue(f.get("locality").orElse(null));
            cluster.setValue(f.get("cluster").flatMap(c -> parse(c, Cluster::fromLabel)).orElse(null));
            group.setValue(f.get("group").flatMap(g -> parse(g, StaffGroup::fromText)).orElse(null));
            status.setValue(f.get("status").flatMap(s -> parse(s, ProfileStatus::fromText)).orElse(null));
            text.setValue(f.get("q").orElse(""));
        } finally {
            reading = false;
        }
        refresh();
    }

    private static <T> Optional<T> parse(String text, Function<String, T> parser) {
        try {
            return Optional.of(parser.apply(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void changed() {
        if (reading) {
            return;
        }
        QueryFilters f = new QueryFilters();
        f.set("snapshot", snapshot.getValue());
        f.set("model", model.getValue());
        f.set("locality", locality.getValue());
        f.set("cluster", cluster.getValue() == null ? null : cluster.getValue().label());
        f.set("group", group.getValue() == null ? null : group.getValue().name().toLowerCase());
        f.set("status", status.getValue() == null ? null : status.getValue().name().toLowerCase());
        f.set("q", text.getValue());
        getUI().ifPresent(ui -> f.writeTo(ui, ROUTE));
        refresh();
    }

    private ProfileFilter filter() {
        return new ProfileFilter(locality.getValue(), cluster.getValue(), status.getValue(), snapshot.getValue(),
                text.getValue().isBlank() ? null : text.getValue());
    }

    private void refresh() {
        profiles.getDataProvider().refreshAll();
        ProfileFilter filter = filter();
        profileSummary.setText(String.format("%,d profiles", workforce.count(filter)));
        profileExport.removeAll();
        profileExport.add(ExportLink.create("workforce-profiles", out -> XlsxExport.write(out, "Profiles", profileColumns(),
                workforce.list(filter).stream())));
        gapsArea.removeAll();
        if (!actor.isPracticeScoped()) {
            showGaps();
        }
    }

    private static List<Column<WorkforceProfile>> profileColumns() {
        List<Column<WorkforceProfile>> columns = new java.util.ArrayList<>(List.of(
                Column.text("ODS code", WorkforceProfile::getOdsCode),
                Column.text("Practice", p -> p.getPractice().getName()),
                Column.text("Locality", p -> p.getPractice().getLocality() == null ? null : p.getPractice().getLocality().getName()),
                Column.date("Snapshot", WorkforceProfile::getSnapshotDate),
                Column.text("Status", p -> p.getStatus().label()),
                Column.number("Registered patients", WorkforceProfile::getRegisteredPatients)));
        for (StaffGroup g : StaffGroup.values()) {
            columns.add(Column.number(g.label() + " FTE", p -> p.groupFte(g)));
            columns.add(Column.number(g.label() + " headcount", p -> p.groupHeadcount(g)));
        }
        columns.add(Column.number("Patients per GP FTE", WorkforceProfile::patientsPerGpFte));
        columns.add(Column.number("Patients per clinical FTE", WorkforceProfile::patientsPerClinicalFte));
        return columns;
    }

    private boolean selected(String localityName, Cluster c, StaffGroup g) {
        return (locality.getValue() == null || locality.getValue().equals(localityName))
                && (cluster.getValue() == null || cluster.getValue() == c)
                && (group.getValue() == null || group.getValue() == g);
    }

    private void showGaps() {
        LocalDate at = snapshot.getValue();
        String version = model.getValue();
        GapCalculator.Result result = workforce.gaps(at, version);
        List<GapLine> localityLines = result.localities().stream()
                .filter(l -> selected(l.scope(), l.cluster(), l.group())).toList();
        List<GapLine> clusterLines = result.clusters().stream()
                .filter(l -> (cluster.getValue() == null || cluster.getValue() == l.cluster())
                        && (group.getValue() == null || group.getValue() == l.group())).toList();
        List<PracticeGap> practiceGaps = result.practices().stream()
                .filter(p -> selected(p.locality(), p.cluster(), p.group())).toList();

        VerticalLayout area = new VerticalLayout();
        area.setPadding(false);
        area.add(new H3("Gap by locality" + (version == null ? "" : " (ICPCS model " + version + ")")),
                new Paragraph("Gap = target minus baseline FTE, over the practices that supplied figures; "
                        + "\"Supplied\" counts them, so a missing return never reads as a vacancy."));
        Grid<GapLine> localities = gapGrid("Locality");
        localities.setItems(localityLines);
        localities.setId("locality-gaps");
        area.add(localities, ExportLink.create("workforce-locality-gaps", out -> XlsxExport.write(out, "Locality gaps",
                gapColumns("Locality"), localityLines.stream())));
        StaffGroup chartGroup = group.getValue() == null ? StaffGroup.GP : group.getValue();
        area.add(GapChart.of(result.localities().stream()
                .filter(l -> (locality.getValue() == null || locality.getValue().equals(l.scope()))
                        && (cluster.getValue() == null || cluster.getValue() == l.cluster())).toList(), chartGroup));

        if (actor.has(Role.TEAM) || actor.has(Role.MANAGER)) {
            area.add(new com.vaadin.flow.component.button.Button("Set a modelled target", e -> new TargetDialog(workforce,
                    localityNames, version, () -> {
                        model.setItems(workforce.modelVersions());
                        refresh();
                    }).open()));
        }

        area.add(new H3("Gap by cluster"));
        Grid<GapLine> clusters = gapGrid("Cluster");
        clusters.setItems(clusterLines);
        area.add(clusters);

        area.add(new H3("Validation by locality"));
        List<LocalityValidation> validation = workforce.validation(at).stream()
                .filter(v -> (locality.getValue() == null || locality.getValue().equals(v.locality()))
                        && (cluster.getValue() == null || cluster.getValue() == v.cluster())).toList();
        long complete = validation.stream().filter(LocalityValidation::isComplete).count();
        Span completeText = new Span(String.format("%d of %d localities (%s) have every practice's profile validated",
                complete, validation.size(), validation.isEmpty() ? "0%" : Formats.percent(
                        java.math.BigDecimal.valueOf(complete).divide(java.math.BigDecimal.valueOf(validation.size()), 4,
                                java.math.RoundingMode.HALF_UP))));
        completeText.addClassName("grid-summary");
        completeText.setId("validation-summary");
        Grid<LocalityValidation> validationGrid = new Grid<>();
        validationGrid.addColumn(LocalityValidation::locality).setHeader("Locality").setAutoWidth(true);
        validationGrid.addColumn(v -> v.cluster().label()).setHeader("Cluster").setAutoWidth(true);
        validationGrid.addColumn(LocalityValidation::practices).setHeader("Practices");
        validationGrid.addColumn(LocalityValidation::circulated).setHeader("Awaiting validation");
        validationGrid.addColumn(LocalityValidation::queried).setHeader("Queried");
        validationGrid.addColumn(LocalityValidation::validated).setHeader("Validated");
        validationGrid.addColumn(v -> Formats.percent(java.math.BigDecimal.valueOf(v.validatedShare()))).setHeader("Validated %");
        validationGrid.addColumn(v -> v.isComplete() ? "Complete" : "In progress").setHeader("Locality");
        validationGrid.setItems(validation);
        validationGrid.setAllRowsVisible(true);
        validationGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        area.add(completeText, validationGrid);

        area.add(new H3("Gap by practice"));
        Grid<PracticeGap> practices = new Grid<>();
        practices.addColumn(PracticeGap::odsCode).setHeader("ODS code").setAutoWidth(true).setFlexGrow(0);
        practices.addComponentColumn(p -> new RouterLink(p.practiceName(), PracticeWorkforceView.class,
                PracticeWorkforceView.params(p.odsCode()))).setHeader("Practice").setFlexGrow(2);
        practices.addColumn(PracticeGap::locality).setHeader("Locality").setAutoWidth(true);
        practices.addColumn(p -> p.group().label()).setHeader("Staff group").setAutoWidth(true);
        practices.addColumn(p -> Figures.fte(p.baseline())).setHeader("Baseline FTE");
        practices.addColumn(p -> p.target() == null ? "–" : Figures.fte(p.target())).setHeader("Target share FTE");
        practices.addColumn(p -> Figures.gap(p.gap())).setHeader("Gap FTE");
        practices.setItems(practiceGaps);
        practices.setHeight("24rem");
        practices.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        Span practiceSummary = new Span(String.format("%,d practice lines", practiceGaps.size()));
        practiceSummary.addClassName("grid-summary");
        area.add(new HorizontalLayout(practiceSummary, ExportLink.create("workforce-practice-gaps", out -> XlsxExport.write(out,
                "Practice gaps", List.of(
                        Column.<PracticeGap>text("ODS code", PracticeGap::odsCode),
                        Column.<PracticeGap>text("Practice", PracticeGap::practiceName),
                        Column.<PracticeGap>text("Locality", PracticeGap::locality),
                        Column.<PracticeGap>text("Cluster", p -> p.cluster().label()),
                        Column.<PracticeGap>text("Staff group", p -> p.group().label()),
                        Column.<PracticeGap>number("Baseline FTE", PracticeGap::baseline),
                        Column.<PracticeGap>number("Target share FTE", PracticeGap::target),
                        Column.<PracticeGap>number("Gap FTE", PracticeGap::gap)), practiceGaps.stream()))), practices);
        gapsArea.add(area);
    }

    private static Grid<GapLine> gapGrid(String scope) {
        Grid<GapLine> grid = new Grid<>();
        grid.addColumn(GapLine::scope).setHeader(scope).setAutoWidth(true);
        grid.addColumn(l -> l.group().label()).setHeader("Staff group").setAutoWidth(true);
        grid.addColumn(l -> l.target() == null ? "–" : Figures.fte(l.target())).setHeader("Target FTE");
        grid.addColumn(l -> Figures.fte(l.baseline())).setHeader("Baseline FTE");
        grid.addColumn(l -> l.coveredTarget() == null ? "–" : Figures.fte(l.coveredTarget())).setHeader("Target for supplied");
        grid.addColumn(l -> Figures.gap(l.gap())).setHeader("Gap FTE");
        grid.addColumn(GapLine::coverage).setHeader("Supplied");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    private static List<Column<GapLine>> gapColumns(String scope) {
        return List.of(
                Column.text(scope, GapLine::scope),
                Column.text("Cluster", l -> l.cluster().label()),
                Column.text("Staff group", l -> l.group().label()),
                Column.number("Target FTE", GapLine::target),
                Column.number("Baseline FTE", GapLine::baseline),
                Column.number("Target for supplied FTE", GapLine::coveredTarget),
                Column.number("Gap FTE", GapLine::gap),
                Column.number("Practices supplied", GapLine::practicesSupplied),
                Column.number("Practices", GapLine::practices));
    }
}
