package uk.nhs.dorset.primarycare.work.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
import uk.nhs.dorset.primarycare.work.AssignmentService;
import uk.nhs.dorset.primarycare.work.AssignmentService.Owned;

/**
 * What I have taken on, then what waits for my role, across every workflow: lists of links,
 * as the dashboard's queue shows them.
 */
@Route("my-work")
@PageTitle("My work — Primary Care Hub")
@Menu(order = 5, title = "My work", icon = "vaadin:user-check")
@RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
class MyWorkView extends VerticalLayout {

    final UnorderedList assigned = new UnorderedList();
    final UnorderedList waiting = new UnorderedList();

    MyWorkView(AssignmentService assignments, List<WorkQueue> queues, CurrentActor currentUser) {
        Actor actor = currentUser.actor();
        addClassName("my-work");
        List<Owned> mine = assignments.mine();
        mine.forEach(owned -> assigned.add(item(owned.kind(), owned.link(), owned.label(), owned.status())));
        List<QueueItem> forMyRole = queues.stream().filter(queue -> !queue.isPersonal())
                .flatMap(queue -> queue.waitingFor(actor).stream()).toList();
        forMyRole.forEach(item -> waiting.add(item(item.feature(), item.link(), item.label(), item.waiting())));
        assigned.addClassName("queue");
        waiting.addClassName("queue");
        add(new H2("My work"), new H3("Assigned to you (" + mine.size() + ")"),
                mine.isEmpty() ? new Paragraph("Nothing is assigned to you. Records are given an owner on their own page.") : assigned,
                new H3("Waiting for your role (" + forMyRole.size() + ")"),
                forMyRole.isEmpty() ? new Paragraph("Nothing waits for your role.") : waiting);
    }

    private static ListItem item(String kind, String link, String label, String state) {
        Span feature = new Span(kind);
        feature.addClassName("queue-feature");
        Span what = new Span(state);
        what.addClassName("queue-waiting");
        ListItem row = new ListItem(feature, new Anchor(link, label), what);
        row.addClassName("queue-item");
        return row;
    }
}
