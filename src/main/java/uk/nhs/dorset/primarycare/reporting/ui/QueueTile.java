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

/**
 * The signed-in user's own queue: everything, across features, waiting for them to act. The
 * first few are shown; "and N more" is a link to the whole queue ({@code ?queue=all}), so it
 * can be bookmarked and reloaded too.
 */
class QueueTile extends Tile {

    /** Enough to act on today without pushing the rest of the dashboard off the screen. */
    static final int SHOWN = 6;
    static final String ALL = "all";

    private final List<QueueItem> items;
    private final UnorderedList list = new UnorderedList();

    QueueTile(Actor actor, List<WorkQueue> queues) {
        super("Waiting for you");
        addClassName("queue-tile");
        items = queues.stream().flatMap(q -> q.waitingFor(actor).stream()).toList();
        if (items.isEmpty()) {
            body(new Paragraph("Nothing is waiting for you."));
            return;
        }
        figure("Items", String.valueOf(items.size()));
        list.addClassName("queue");
        body(list);
        show(false);
    }

    /** The first few items, or every one of them. */
    void show(boolean all) {
        if (items.isEmpty()) {
            return;
        }
        list.removeAll();
        int shown = all ? items.size() : Math.min(items.size(), SHOWN);
        for (QueueItem item : items.subList(0, shown)) {
            Span feature = new Span(item.feature());
            feature.addClassName("queue-feature");
            Span waiting = new Span(item.waiting());
            waiting.addClassName("queue-waiting");
            ListItem row = new ListItem(feature, new Anchor(item.link(), item.label()), waiting);
            row.addClassName("queue-item");
            list.add(row);
        }
        if (shown < items.size()) {
            Anchor more = new Anchor("?queue=" + ALL, "and " + (items.size() - shown) + " more");
            more.addClassName("queue-more");
            list.add(new ListItem(more));
        } else if (items.size() > SHOWN) {
            // Back to the dashboard's own address: the first few again.
            Anchor fewer = new Anchor(".", "Show the first " + SHOWN + " only");
            fewer.addClassName("queue-fewer");
            list.add(new ListItem(fewer));
        }
    }
}
