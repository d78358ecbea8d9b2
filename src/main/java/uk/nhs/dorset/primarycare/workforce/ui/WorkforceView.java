package uk.nhs.dorset.primarycare.workforce.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
import uk.nhs.dorset.primarycare.base.ui.QueryFilters;
import uk.nhs.dorset.primarycare.base.ui.SavedViewsMenu;
import uk.nhs.dorset.primarycare.base.ui.SortInUrl;
import uk.nhs.dorset.primarycare.practice.Cluster;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.security.CurrentUser;
import uk.nhs.dorset.primarycare.security.UserDirectory;
import uk.nhs.dorset.primarycare.base.ui.OwnerField;
import uk.nhs.dorset.primarycare.workforce.GapQuery;
import uk.nhs.dorset.primarycare.workforce.ProfileFilter;
import uk.nhs.dorset.primarycare.workforce.ProfileStatus;
import uk.nhs.dorset.primarycare.workforce.StaffGroup;
import uk.nhs.dorset.primarycare.workforce.WorkforceService;

/**
 * Workforce profiles and gaps, a section at a time: the profiles grid, the locality gap table and
 * chart against the chosen model version, the cluster roll-up, each locality's validation progress
 * and the practice gaps. The section and the filters live in the URL so a filtered view can be
 * shared as a link; the filters that do not apply to the section shown are hidden, and kept.
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
    /** Whether this user filters by owner at all; when they do, only in the profiles section. */
    private final boolean ownerApplies;

    private final ProfileList profiles;
    private final GapSections gapSections;
    private final SectionLinks sections = new SectionLinks();
    private final Div content = new Div();
    private WorkforceSection shown = WorkforceSection.PROFILES;
    private boolean reading;

    WorkforceView(WorkforceService workforce, PracticeService practices, CurrentUser currentUser, UserDirectory users,
                  ObjectProvider<SavedViewsMenu> savedViews) {
        this.workforce = workforce;
        this.actor = currentUser.actor();
        this.clusters = practices.clusters();
        this.owner = OwnerField.forStaff(actor, users::staffNames);
        this.ownerApplies = owner.isVisible();
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
        List<String> localityNames = practices.localities().stream().map(Locality::getName).toList();
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
        locality.setVisible(!actor.isPracticeScoped());
        cluster.setVisible(!actor.isPracticeScoped());
        toolbar.setWrap(true);
        sections.setVisible(!actor.isPracticeScoped());
        add(sections, toolbar);
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
        gapSections = new GapSections(workforce, actor, localityNames, () -> {
            model.setItems(workforce.modelVersions());
            refresh();
        });
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryFilters f = QueryFilters.from(event.getLocation());
        reading = true;
        try {
            shown = actor.isPracticeScoped() ? WorkforceSection.PROFILES : WorkforceSection.fromKey(f.get("tab"));
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
        sections.show(shown, section -> address(section).toQueryParameters());
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
        sections.show(shown, section -> address(section).toQueryParameters());
        getUI().ifPresent(ui -> address(shown).writeTo(ui, ROUTE));
    }

    /** The address of a section with the filters, sort and columns of the moment. */
    private QueryFilters address(WorkforceSection section) {
        QueryFilters f = new QueryFilters();
        f.set("tab", section == WorkforceSection.PROFILES ? null : section.key());
        filter().toQuery().forEach(f::set);
        // The model and staff group choose which gaps are shown; they do not narrow the profiles grid.
        f.set("model", model.getValue());
        f.set("group", group.getValue() == null ? null : group.getValue().name().toLowerCase());
        SortInUrl.write(profiles.grid(), f);
        profiles.columns.write(f);
        return f;
    }

    private ProfileFilter filter() {
        return new ProfileFilter(locality.getValue(), cluster.getValue(), status.getValue(), snapshot.getValue(),
                text.getValue().isBlank() ? null : text.getValue(), owner.getValue());
    }

    /** Shows the chosen section for the filters of the moment, with only the pickers that apply to it. */
    private void refresh() {
        model.setVisible(shown.showsGaps());
        group.setVisible(shown.showsGaps());
        boolean onProfiles = shown == WorkforceSection.PROFILES;
        status.setVisible(onProfiles);
        owner.setVisible(onProfiles && ownerApplies);
        text.setVisible(onProfiles);
        profiles.columns.menu().setVisible(onProfiles);
        content.removeAll();
        if (onProfiles) {
            profiles.refresh();
            content.add(profiles);
        } else {
            content.add(gapSections.build(shown, new GapQuery(snapshot.getValue(), model.getValue(), locality.getValue(),
                    cluster.getValue(), group.getValue())));
        }
    }
}
