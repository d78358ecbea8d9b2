package uk.nhs.dorset.primarycare.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.WorkQueue;
import uk.nhs.dorset.primarycare.base.WorkQueue.QueueItem;

/** The signed-in user's own queue: everything, across features, waiting for them to act. */
class QueueTile extends Tile {

    /** Enough to act on today without pushing the rest of the dashboard off the screen. */
    private static final int SHOWN = 6;

    QueueTile(Actor actor, List<WorkQueue> queues) {
        super("Waiting for you");
        addClassName("queue-tile");
        List<QueueItem> items = queues.stream().flatMap(q -> q.waitingFor(actor).stream()).toList();
        if (items.isEmpty()) {
            body(new Paragraph("Nothing is waiting for you."));
            return;
        }
        figure("Items", String.valueOf(items.size()));
        UnorderedList list = new UnorderedList();
        list.addClassName("queue");
        for (QueueItem item : items.subList(0, Math.min(items.size(), SHOWN))) {
            Span feature = new Span(item.feature());
            feature.addClassName("queue-feature");
            Span waiting = new Span(item.waiting());
            waiting.addClassName("queue-waiting");
            list.add(new ListItem(feature, new Anchor(item.link(), item.label()), waiting));
        }
        if (items.size() > SHOWN) {
            ListItem more = new ListItem(new Span("and " + (items.size() - SHOWN) + " more: open the grids from the menu"));
            more.addClassName("queue-more");
            list.add(more);
        }
        body(list);
    }
}
