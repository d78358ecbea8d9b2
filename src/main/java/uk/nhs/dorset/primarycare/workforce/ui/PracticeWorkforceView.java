package uk.nhs.dorset.primarycare.workforce.ui;

import uk.nhs.dorset.primarycare.base.ui.Figure;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.ui.FieldChangesGrid;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.QueryFilters;
import uk.nhs.dorset.primarycare.base.ui.StatusHistoryGrid;
import uk.nhs.dorset.primarycare.base.ui.RecordSections;
import uk.nhs.dorset.primarycare.base.ui.WorkflowActions;
import uk.nhs.dorset.primarycare.security.CurrentUser;
import uk.nhs.dorset.primarycare.workforce.GapCalculator;
import uk.nhs.dorset.primarycare.workforce.GapCalculator.PracticeGap;
import uk.nhs.dorset.primarycare.workforce.ProfileStatus;
import uk.nhs.dorset.primarycare.workforce.StaffGroup;
import uk.nhs.dorset.primarycare.workforce.StaffRole;
import uk.nhs.dorset.primarycare.workforce.WorkforceProfile;
import uk.nhs.dorset.primarycare.workforce.WorkforceService;

/**
 * One practice's workforce profile at a snapshot (the latest unless another is picked): the
 * figures by role with "not supplied" shown as such, the ratios, the gap against the
 * practice's share of its locality's target, the validation actions and the history.
 */
@Route("workforce/:odsCode")
@PageTitle("Workforce profile — Primary Care Hub")
@RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
class PracticeWorkforceView extends VerticalLayout implements BeforeEnterObserver {

    private final WorkforceService workforce;
    private final Actor actor;
    private final RecordSections sections;
    private String odsCode = "";

    PracticeWorkforceView(WorkforceService workforce, CurrentUser currentUser, RecordSections sections) {
        this.workforce = workforce;
        this.sections = sections;
        this.actor = currentUser.actor();
        setWidthFull();
    }

    static RouteParameters params(String odsCode) {
        return new RouteParameters("odsCode", odsCode);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        odsCode = event.getRouteParameters().get("odsCode").orElse("").strip().toUpperCase();
        QueryFilters filters = QueryFilters.from(event.getLocation());
        List<WorkforceProfile> profiles;
        try {
            profiles = workforce.profilesOf(odsCode);
        } catch (NotFound e) {
            showNotFound();
            return;
        }
        Optional<LocalDate> wanted = filters.get("snapshot").flatMap(PracticeWorkforceView::date);
        WorkforceProfile shown = wanted.flatMap(d -> profiles.stream().filter(p -> p.getSnapshotDate().equals(d)).findFirst())
                .orElse(profiles.isEmpty() ? null : profiles.getFirst());
        render(profiles, shown);
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void showNotFound() {
        removeAll();
        add(new H2("Not found"), new Paragraph("Workforce profile not found."),
                new RouterLink("Back to workforce", WorkforceView.class));
    }

    private void render(List<WorkforceProfile> profiles, @Nullable WorkforceProfile profile) {
        removeAll();
        add(new RouterLink("← Workforce", WorkforceView.class));
        if (profile == null) {
            add(new H2(odsCode), new Paragraph("This practice has no workforce profile yet."));
            return;
        }
        add(new H2(profile.getPractice().label()));
        ComboBox<LocalDate> snapshot = new ComboBox<>("Snapshot");
        snapshot.setItems(profiles.stream().map(WorkforceProfile::getSnapshotDate).toList());
        snapshot.setItemLabelGenerator(Formats::date);
        snapshot.setValue(profile.getSnapshotDate());
        snapshot.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                QueryFilters f = new QueryFilters().set("snapshot", e.getValue());
                getUI().ifPresent(ui -> f.writeTo(ui, "workforce/" + odsCode));
                profiles.stream().filter(p -> p.getSnapshotDate().equals(e.getValue())).findFirst()
                        .ifPresent(p -> render(profiles, p));
            }
        });
        HorizontalLayout head = new HorizontalLayout(snapshot, StatusBadges.of(profile.getStatus()));
        head.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        head.setWrap(true);
        add(head);
        add(actions(profile));
        if (profile.getStatus() == ProfileStatus.QUERIED && profile.getQueryComment() != null) {
            Paragraph query = new Paragraph("Practice's query: " + profile.getQueryComment());
            query.addClassName("refusal");
            add(query);
        }
        add(figureRow(profile));

        add(new H3("Staff by role"));
        Grid<StaffRole> roles = new Grid<>();
        roles.addColumn(r -> r.group().label()).setHeader("Staff group").setAutoWidth(true);
        roles.addColumn(StaffRole::label).setHeader("Role").setAutoWidth(true).setFlexGrow(2);
        roles.addColumn(r -> Figures.whole(profile.headcount(r))).setHeader("Headcount");
        roles.addColumn(r -> Figures.fte(profile.fte(r))).setHeader("FTE");
        roles.setItems(StaffRole.values());
        roles.setAllRowsVisible(true);
        roles.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        add(roles, new Paragraph("Source: " + profile.getSource() + ". \"not supplied\" means the practice's return "
                + "did not give the figure (NA, ND, EST, NS or \".\" in NHS Digital's files); it is not counted as zero."));

        if (!actor.isPracticeScoped()) {
            add(gaps(profile));
        }
        add(sections.of(profile, () -> reshow(profile)));
        add(new H3("History"), new StatusHistoryGrid(profile.getHistory(), name -> ProfileStatus.valueOf(name).label()));
        add(new H3("Changes to the profile"), new FieldChangesGrid(workforce.fieldChanges(profile.getId())));
    }

    private Div figureRow(WorkforceProfile profile) {
        Div row = new Div();
        row.addClassName("figure-row");
        row.add(figure("Registered patients", Figures.whole(profile.getRegisteredPatients())));
        for (StaffGroup g : StaffGroup.values()) {
            row.add(figure(g.label() + " FTE", Figures.fte(profile.groupFte(g))));
        }
        row.add(figure("Patients per GP FTE", profile.patientsPerGpFte() == null ? "–" : Formats.number(profile.patientsPerGpFte())));
        row.add(figure("Patients per clinical FTE",
                profile.patientsPerClinicalFte() == null ? "–" : Formats.number(profile.patientsPerClinicalFte())));
        return row;
    }

    private static Div figure(String label, String value) {
        return new Figure(label, value);
    }

    private HorizontalLayout actions(WorkforceProfile profile) {
        long id = profile.getId();
        long version = profile.getVersion();
        HorizontalLayout buttons = new HorizontalLayout(new WorkflowActions<>(profile, actor, target -> question(profile, target),
                (target, request) -> done(workforce.move(id, version, target, request), doneMessage(target))));
        buttons.setWrap(true);
        if (profile.getStatus().isEditable() && (actor.has(Role.TEAM) || actor.has(Role.MANAGER))) {
            buttons.add(new Button("Edit figures", e -> new FiguresDialog(profile, (figures, patients) ->
                    done(workforce.updateFigures(id, version, figures, patients), "Figures saved")).open()));
        }
        return buttons;
    }

    private static String question(WorkforceProfile profile, ProfileStatus target) {
        return switch (target) {
            case CIRCULATED -> "Send this profile to the practice's locality for validation?";
            case VALIDATED -> "Confirm these figures are right for " + profile.getPractice().getName() + "?";
            case QUERIED -> "What is wrong with the profile? The team will correct it and circulate it again.";
            case DRAFT -> "Reopen this profile as a draft?";
        };
    }

    private static String doneMessage(ProfileStatus target) {
        return switch (target) {
            case CIRCULATED -> "Profile circulated";
            case VALIDATED -> "Profile validated";
            case QUERIED -> "Query sent to the team";
            case DRAFT -> "Profile reopened";
        };
    }

    private void done(WorkforceProfile changed, String message) {
        Notifications.success(message);
        reshow(changed);
    }

    private void reshow(WorkforceProfile changed) {
        List<WorkforceProfile> profiles = workforce.profilesOf(odsCode);
        render(profiles, profiles.stream().filter(p -> p.getId().equals(changed.getId())).findFirst().orElse(changed));
    }

    private Div gaps(WorkforceProfile profile) {
        Div area = new Div();
        List<String> versions = workforce.modelVersions();
        if (versions.isEmpty()) {
            return area;
        }
        String version = versions.getFirst();
        GapCalculator.Result result = workforce.gaps(profile.getSnapshotDate(), version);
        List<PracticeGap> mine = result.practices().stream().filter(p -> p.odsCode().equals(profile.getOdsCode())).toList();
        area.add(new H3("Gap against the practice's share of the locality target (ICPCS model " + version + ")"));
        if (mine.isEmpty()) {
            area.add(new Paragraph("The practice has no locality, so it has no share of a locality target."));
            return area;
        }
        Grid<PracticeGap> grid = new Grid<>();
        grid.addColumn(p -> p.group().label()).setHeader("Staff group").setAutoWidth(true);
        grid.addColumn(p -> Figures.fte(p.baseline())).setHeader("Baseline FTE");
        grid.addColumn(p -> p.target() == null ? "–" : Figures.fte(p.target())).setHeader("Target share FTE");
        grid.addColumn(p -> Figures.gap(p.gap())).setHeader("Gap FTE");
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        area.add(grid);
        return area;
    }
}
