package uk.nhs.dorset.primarycare.estates.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import uk.nhs.dorset.primarycare.base.ui.PageTitles;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.EnumSet;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.ui.FieldChangesGrid;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.StatusHistoryGrid;
import uk.nhs.dorset.primarycare.base.ui.RecordSections;
import uk.nhs.dorset.primarycare.base.ui.WorkflowActions;
import uk.nhs.dorset.primarycare.estates.EttfProject;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.estates.ProjectStage;
import uk.nhs.dorset.primarycare.security.CurrentUser;

/**
 * One ETTF project: its stage and the moves the user may make, the details form, the stage
 * records and their timeline, the issues log, the business case documents and the history.
 * Every change is sent with the version the user saw, so nobody overwrites a newer change.
 */
@Route("estates/:id")
@RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
class ProjectView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final EttfService service;
    private final Actor actor;
    private final RecordSections sections;
    private final boolean mayEdit;
    private @Nullable EttfProject project;
    private @Nullable ProjectDetailsForm details;

    ProjectView(EttfService service, CurrentUser currentUser, RecordSections sections) {
        this.service = service;
        this.sections = sections;
        this.actor = currentUser.actor();
        this.mayEdit = actor.hasAny(EnumSet.of(Role.TEAM, Role.ESTATES));
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            project = service.get(Long.parseLong(id));
        } catch (NumberFormatException | NotFound missing) {
            removeAll();
            add(new H2("Project not found"), new RouterLink("Back to the pipeline", EstatesView.class));
            return;
        }
        build();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        ProjectDetailsForm shown = details;
        if (shown != null) {
            shown.unsaved.beforeLeave(event);
        }
    }

    @Override
    public String getPageTitle() {
        EttfProject p = project;
        return p == null ? PageTitles.of("ETTF project") : PageTitles.of(p.getName(), "ETTF project");
    }

    private void reload() {
        project = service.get(project.getId());
        build();
    }

    private void build() {
        removeAll();
        EttfProject p = project;
        LocalDate today = service.today();
        H2 title = new H2(p.getName());
        HorizontalLayout badges = new HorizontalLayout(EstatesUi.stageBadge(p), EstatesUi.ragBadge(p.getRag()));
        badges.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        badges.getStyle().set("flex-wrap", "wrap");
        if (p.getRagReason() != null) {
            badges.add(new Span(p.getRagReason()));
        }
        String next = EstatesUi.nextMilestone(p);
        if (!next.isEmpty()) {
            Span due = new Span("Next milestone: " + next + " (" + EstatesUi.daysTo(p, today) + ")");
            if (p.isOverdue(today)) {
                due.addClassName("overdue");
            }
            badges.add(due);
        }
        if (p.getClosedReason() != null) {
            badges.add(new Span("Closed: " + p.getClosedReason()));
        }
        ProjectDetailsForm details = new ProjectDetailsForm(service, p, mayEdit, this::reload, () -> {
            reload();
            return java.util.Objects.requireNonNull(this.details).binder;
        });
        this.details = details;
        add(new RouterLink("← Estates pipeline", EstatesView.class), title, badges, actions(p, details));
        p.signOffNotice(actor).map(Paragraph::new).ifPresent(this::add);
        add(section("Details"), details);
        add(section("Stage records"), new StageRecordsPanel(service, p, mayEdit, this::reload));
        add(section("Issues and blockers"), new IssuesEditor(service, p, mayEdit, this::reload));
        add(section("Documents"), DocumentsPanel.of(service, p, mayEdit, this::reload));
        add(sections.of(p, this::reload));
        add(section("Status history"), new StatusHistoryGrid(p.getHistory(), EstatesUi::stageLabel));
        add(section("Changes to the project"), new FieldChangesGrid(service.fieldChanges(p.getId())));
    }

    private static H3 section(String text) {
        return new H3(text);
    }

    /** The moves this user may make now, as the stage table words and confirms them. */
    private Component actions(EttfProject p, ProjectDetailsForm details) {
        return new WorkflowActions<>(p, actor, target -> question(p, target), (target, request) -> {
            service.move(p.getId(), p.getVersion(), target, request);
            Notifications.success(p.getName() + ": " + target.inSentence());
            reload();
        }).refusingWhileUnsaved(details.binder::hasChanges);
    }

    private static String question(EttfProject p, ProjectStage target) {
        if (target == ProjectStage.PID_SUBMITTED && p.getStage() != ProjectStage.FEASIBILITY) {
            return "Send " + p.getName() + " back to PID review with a revised PID? Earlier stage records are kept.";
        }
        if (target == ProjectStage.ON_HOLD) {
            return "Put " + p.getName() + " on the shelf? It can resume only at " + p.getStage().inSentence() + ".";
        }
        if (target == ProjectStage.CLOSED) {
            return "Close " + p.getName() + " for good? A closed project cannot be reopened.";
        }
        return "Move " + p.getName() + " from " + p.getStage().inSentence() + " to " + target.inSentence() + "?";
    }
}
