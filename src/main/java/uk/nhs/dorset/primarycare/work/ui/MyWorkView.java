package uk.nhs.dorset.primarycare.work.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.CurrentActor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.WorkQueue;
import uk.nhs.dorset.primarycare.base.WorkQueue.QueueItem;
import uk.nhs.dorset.primarycare.base.ui.RowLinks;
import uk.nhs.dorset.primarycare.work.AssignmentService;
import uk.nhs.dorset.primarycare.work.AssignmentService.Owned;

/** What I have taken on, then what waits for my role, across every workflow. */
@Route("my-work")
@PageTitle("My work — Primary Care Hub")
@Menu(order = 5, title = "My work", icon = "vaadin:user-check")
@RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
class MyWorkView extends VerticalLayout {

    final Grid<Owned> assigned = new Grid<>();
    final Grid<QueueItem> waiting = new Grid<>();

    MyWorkView(AssignmentService assignments, List<WorkQueue> queues, CurrentActor currentUser) {
        Actor actor = currentUser.actor();
        addClassName("my-work");
        List<Owned> mine = assignments.mine();
        RowLinks.linkColumn(assigned, Owned::label, Owned::link).setHeader("Record").setFlexGrow(3);
        assigned.addColumn(Owned::kind).setHeader("Kind").setAutoWidth(true);
        assigned.addColumn(Owned::status).setHeader("Status").setAutoWidth(true);
        show(assigned, mine);
        List<QueueItem> forMyRole = queues.stream().filter(queue -> !queue.isPersonal())
                .flatMap(queue -> queue.waitingFor(actor).stream()).toList();
        RowLinks.linkColumn(waiting, QueueItem::label, QueueItem::link).setHeader("Record").setFlexGrow(3);
        waiting.addColumn(QueueItem::feature).setHeader("Kind").setAutoWidth(true);
        waiting.addColumn(QueueItem::waiting).setHeader("Waiting for").setFlexGrow(2);
        show(waiting, forMyRole);
        add(new H2("My work"), new H3("Assigned to you (" + mine.size() + ")"),
                mine.isEmpty() ? new Paragraph("Nothing is assigned to you. Records are given an owner on their own page.") : assigned,
                new H3("Waiting for your role (" + forMyRole.size() + ")"),
                forMyRole.isEmpty() ? new Paragraph("Nothing waits for your role.") : waiting);
    }

    private static <T> void show(Grid<T> grid, List<T> items) {
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        // Rows of the ordinary height, on one line each (long names show whole as a tooltip): each row is a
        // link and a touch target of its own, as in every other grid of records.
    }
}
