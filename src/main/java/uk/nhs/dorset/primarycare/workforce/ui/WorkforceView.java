package uk.nhs.dorset.primarycare.workforce.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.ui.ExportLink;
import uk.nhs.dorset.primarycare.base.ui.QueryFilters;
import uk.nhs.dorset.primarycare.base.ui.SavedViewsMenu;
import uk.nhs.dorset.primarycare.base.ui.SortInUrl;
import uk.nhs.dorset.primarycare.base.ui.XlsxExport;
import uk.nhs.dorset.primarycare.practice.Cluster;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.security.CurrentUser;
import uk.nhs.dorset.primarycare.security.UserDirectory;
import uk.nhs.dorset.primarycare.base.ui.OwnerField;
import uk.nhs.dorset.primarycare.workforce.LocalityGaps;
import uk.nhs.dorset.primarycare.workforce.GapCalculator.GapLine;
import uk.nhs.dorset.primarycare.workforce.GapQuery;
import uk.nhs.dorset.primarycare.workforce.ProfileFilter;
import uk.nhs.dorset.primarycare.workforce.ProfileStatus;
import uk.nhs.dorset.primarycare.workforce.StaffGroup;
import uk.nhs.dorset.primarycare.workforce.WorkforceService;

/**
 * Workforce profiles and gaps: the profiles grid, the locality gap table and chart against the
 * chosen model version, the cluster roll-up, each locality's validation progress and the
 * practice gaps. Filters live in the URL so a filtered view can be shared as a link.
 */
@Route("workforce")
@PageTitle("Workforce — Primary Care Hub")
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
    private final List<Cluster> clusters;
    private final ComboBox<StaffGroup> group = new ComboBox<>("Staff group");
    private final ComboBox<ProfileStatus> status = new ComboBox<>("Validation status");
    private final TextField text = new TextField("Practice");
    private final OwnerField owner;

    private final ProfileList profiles;
    private final Div gapsArea = new Div();
    private final List<String> localityNames;
    private boolean reading;

    WorkforceView(WorkforceService workforce, PracticeService practices, CurrentUser currentUser, UserDirectory users,
                  ObjectProvider<SavedViewsMenu> savedViews) {
        this.workforce = workforce;
        this.actor = currentUser.actor();
        this.clusters = practices.clusters();
        this.owner = OwnerField.forStaff(actor, users::staffNames);
        setWidthFull();
        model.setPlaceholder("Any");
        locality.setPlaceholder("Any");
        cluster.setPlaceholder("Any");
        group.setPlaceholder("Any");
        status.setPlaceholder("Any");
        add(new H2("Workforce profiles and gaps"));

        List<LocalDate> snapshots = workforce.snapshots();
        snapshot.setItems(snapshots);
        snapshot.setItemLabelGenerator(Formats::date);
        model.setItems(workforce.modelVersions());
        localityNames = practices.localities().stream().map(Locality::getName).toList();
        locality.setItems(localityNames);
        cluster.setItems(clusters);
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
        HorizontalLayout toolbar = new HorizontalLayout(snapshot, model, locality, cluster, group, status, owner, text);
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
        owner.addValueChangeListener(e -> changed());
        text.addValueChangeListener(e -> changed());

        profiles = new ProfileList(workforce, this::filter, actor);
        profiles.grid().addSortListener(e -> writeUrl());
        profiles.columns.onChange(this::writeUrl);
        toolbar.add(profiles.columns.menu());
        savedViews.ifAvailable(views -> toolbar.add(views.create(ROUTE)));
        add(profiles);
        // Full width so the gap tables scroll inside themselves on a phone instead of widening the page.
        gapsArea.setWidthFull();
        add(gapsArea);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryFilters f = QueryFilters.from(event.getLocation());
        reading = true;
        try {
            SortInUrl.read(profiles.grid(), f);
            profiles.columns.read(f);
            ProfileFilter fromUrl = ProfileFilter.fromQuery(f.values());
            // The pickers' lists were read when the view was built, newest first.
            List<LocalDate> snapshots = snapshot.getListDataView().getItems().toList();
            snapshot.setValue(fromUrl.snapshot() != null ? fromUrl.snapshot() : snapshots.isEmpty() ? null : snapshots.getFirst());
            List<String> versions = model.getListDataView().getItems().toList();
            model.setValue(f.get("model").filter(versions::contains).orElse(versions.isEmpty() ? null : versions.getFirst()));
            locality.setValue(fromUrl.locality());
            cluster.setValue(Cluster.spelledAs(clusters, fromUrl.cluster()));
            group.setValue(f.get("group").flatMap(g -> parse(g, StaffGroup::fromText)).orElse(null));
            status.setValue(fromUrl.status());
            owner.show(fromUrl.owner());
            text.setValue(fromUrl.text() == null ? "" : fromUrl.text());
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

    private void changed() {
        if (reading) {
            return;
        }
        writeUrl();
        refresh();
    }

    private void writeUrl() {
        if (reading) {
            return;
        }
        QueryFilters f = new QueryFilters();
        filter().toQuery().forEach(f::set);
        // The model and staff group choose which gaps are shown; they do not narrow the profiles grid.
        f.set("model", model.getValue());
        f.set("group", group.getValue() == null ? null : group.getValue().name().toLowerCase());
        SortInUrl.write(profiles.grid(), f);
        profiles.columns.write(f);
        getUI().ifPresent(ui -> f.writeTo(ui, ROUTE));
    }

    private ProfileFilter filter() {
        return new ProfileFilter(locality.getValue(), cluster.getValue(), status.getValue(), snapshot.getValue(),
                text.getValue().isBlank() ? null : text.getValue(), owner.getValue());
    }

    private void refresh() {
        profiles.refresh();
        gapsArea.removeAll();
        if (!actor.isPracticeScoped()) {
            showGaps();
        }
    }

    private boolean selected(String localityName, Cluster c, StaffGroup g) {
        return (locality.getValue() == null || locality.getValue().equals(localityName))
                && (cluster.getValue() == null || cluster.getValue().sameAs(c))
                && (group.getValue() == null || group.getValue() == g);
    }

    private void showGaps() {
        LocalDate at = snapshot.getValue();
        String version = model.getValue();
        // Validation and gaps by locality and cluster, summed by the database in one statement.
        LocalityGaps result = workforce.localityGaps(at, version);
        List<GapLine> localityLines = result.localities().stream()
                .filter(l -> selected(l.scope(), l.cluster(), l.group())).toList();
        List<GapLine> clusterLines = result.clusters().stream()
                .filter(l -> (cluster.getValue() == null || cluster.getValue().sameAs(l.cluster()))
                        && (group.getValue() == null || group.getValue() == l.group())).toList();

        VerticalLayout area = new VerticalLayout();
        area.setPadding(false);
        area.setWidthFull();
        area.add(new H3("Gap by locality" + (version == null ? "" : " (ICPCS model " + version + ")")),
                new Paragraph("Gap = target minus baseline FTE, over the practices that supplied figures; "
                        + "\"Supplied\" counts them, so a missing return never reads as a vacancy."));
        Grid<GapLine> localities = GapGrids.grid("Locality", localityLines);
        localities.setId("locality-gaps");
        area.add(localities, ExportLink.create("workforce-locality-gaps", out -> XlsxExport.write(out, "Locality gaps",
                GapGrids.columns("Locality"), localityLines.stream())));
        StaffGroup chartGroup = group.getValue() == null ? StaffGroup.GP : group.getValue();
        area.add(GapChart.of(result.localities().stream()
                .filter(l -> (locality.getValue() == null || locality.getValue().equals(l.scope()))
                        && (cluster.getValue() == null || cluster.getValue().sameAs(l.cluster()))).toList(), chartGroup));

        if (actor.has(Role.TEAM) || actor.has(Role.MANAGER)) {
            area.add(new Button("Set a modelled target", e -> new TargetDialog(workforce,
                    localityNames, version, () -> {
                        model.setItems(workforce.modelVersions());
                        refresh();
                    }).open()));
        }

        area.add(new H3("Gap by cluster"), GapGrids.grid("Cluster", clusterLines));

        area.add(new ValidationProgress(result.validation().stream()
                .filter(v -> (locality.getValue() == null || locality.getValue().equals(v.locality()))
                        && (cluster.getValue() == null || cluster.getValue().sameAs(v.cluster()))).toList()));

        area.add(new PracticeGaps(workforce, new GapQuery(at, version, locality.getValue(), cluster.getValue(), group.getValue())));
        gapsArea.add(area);
    }
}
