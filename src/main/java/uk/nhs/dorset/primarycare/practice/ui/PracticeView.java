package uk.nhs.dorset.primarycare.practice.ui;

import com.vaadin.flow.router.BeforeLeaveObserver;
import uk.nhs.dorset.primarycare.base.ui.Figure;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeChange;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.base.CurrentActor;

/**
 * One practice: what ODS says about it, its branches, the team's record (locality, PCN,
 * contract, flags, high impact actions, CQC) and who changed what. Only the team and
 * administrators edit; a practice manager asking for another practice sees "not found".
 */
@Route("practices/:odsCode")
@PermitAll
class PracticeView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String NOT_FOUND = "Practice not found";

    private final PracticeService service;
    private final CurrentActor currentUser;
    private final Clock clock;
    private String title = "Practice";

    private @Nullable PracticeEditForm form;

    PracticeView(PracticeService service, CurrentActor currentUser, Clock clock) {
        this.service = service;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("practice-view");
    }

    /** The edit form, once a practice is shown (views are proxied, so tests reach it through this). */
    @Override
    public void beforeLeave(com.vaadin.flow.router.BeforeLeaveEvent event) {
        PracticeEditForm shown = form;
        if (shown != null) {
            shown.unsaved.beforeLeave(event);
        }
    }

    @Nullable PracticeEditForm form() {
        return form;
    }

    @Override
    public String getPageTitle() {
        return uk.nhs.dorset.primarycare.base.ui.PageTitles.of(title);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("odsCode").orElse("");
        Optional<Practice> found = service.find(code);
        if (found.isEmpty()) {
            title = NOT_FOUND;
            add(new H2(NOT_FOUND), new Paragraph("There is no practice " + code + " that you can see."),
                    new RouterLink("Back to practices", PracticesView.class));
            return;
        }
        show(found.get());
    }

    private void show(Practice practice) {
        title = practice.getOdsCode() + " " + practice.getName() + " — Practice";
        H2 name = new H2(practice.getName() + " (" + practice.getOdsCode() + ")");
        HorizontalLayout heading = new HorizontalLayout(name, PracticeBadges.status(practice), PracticeBadges.flags(practice));
        heading.setAlignItems(Alignment.CENTER);
        heading.getStyle().set("flex-wrap", "wrap");
        add(new RouterLink("← Practices", PracticesView.class), heading, facts(practice));

        if (practice.getMergedInto() != null) {
            Practice into = practice.getMergedInto();
            add(new Paragraph(new Span("Merged into "),
                    new RouterLink(into.label(), PracticeView.class, new RouteParameters("odsCode", into.getOdsCode())),
                    new Span(practice.getCloseDate() == null ? "" : " on " + Formats.date(practice.getCloseDate()))));
        }
        List<Practice> branches = service.branches(practice.getOdsCode());
        if (!branches.isEmpty()) {
            Div list = new Div();
            list.add(new H3("Branches (practices merged into this one)"));
            for (Practice branch : branches) {
                list.add(new Paragraph(new RouterLink(branch.label(), PracticeView.class,
                        new RouteParameters("odsCode", branch.getOdsCode())),
                        new Span(branch.getCloseDate() == null ? "" : ", merged " + Formats.date(branch.getCloseDate()))));
            }
            add(list);
        }

        Actor actor = currentUser.actor();
        boolean mayEdit = actor.has(Role.TEAM) || actor.has(Role.ADMIN);
        add(new H3("Practice record"));
        form = new PracticeEditForm(service, clock, practice, mayEdit);
        add(form);
        add(history(practice));
    }

    private Component facts(Practice p) {
        Div row = new Div();
        row.addClassName("figure-row");
        row.add(figure("List size", Formats.number(p.getListSize())
                + (p.getListSizeDate() == null ? "" : " at " + Formats.date(p.getListSizeDate()))));
        row.add(figure("Locality", p.getLocality() == null ? "Unassigned" : p.getLocality().getName()));
        row.add(figure("Cluster", p.getCluster() == null ? "—" : p.getCluster().label()));
        row.add(figure("PCN", p.getPcn() == null ? "—" : p.getPcn().getName()));
        row.add(figure("CQC rating", p.getCqcRating() == null ? "—" : p.getCqcRating().label()
                + (p.getCqcRatingDate() == null ? "" : " (" + Formats.date(p.getCqcRatingDate()) + ")")));
        row.add(figure("Contract", p.getContractType() == null ? "—" : p.getContractType().name()));
        Div facts = new Div(row,
                new Paragraph("Address: " + (p.getAddress() == null ? "—" : p.getAddress())
                        + (p.getPostcode() == null ? "" : ", " + p.getPostcode())),
                new Paragraph("Opened " + (p.getOpenDate() == null ? "—" : Formats.date(p.getOpenDate()))
                        + (p.getCloseDate() == null ? "" : "; closed " + Formats.date(p.getCloseDate()))));
        return facts;
    }

    private static Div figure(String label, String value) {
        return new Figure(label, value);
    }

    private Component history(Practice practice) {
        List<PracticeChange> changes = service.history(practice.getOdsCode());
        Grid<PracticeChange> grid = new Grid<>();
        grid.addColumn(c -> Formats.dateTime(c.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PracticeChange::by).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> String.join("; ", c.changes())).setHeader("What changed").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(changes);
        grid.setAllRowsVisible(true);
        grid.addClassName("practice-history");
        return new Div(new H3("Change history"), grid);
    }
}
