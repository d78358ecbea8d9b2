package uk.nhs.dorset.primarycare.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
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

    private final Actor actor;
    private final List<WorkQueue> queues;
    /** The first few items; every one is read only when the whole queue is asked for. */
    private final List<QueueItem> first = new ArrayList<>();
    private final int count;
    private final UnorderedList list = new UnorderedList();

    QueueTile(Actor actor, List<WorkQueue> queues) {
        super("Waiting for you");
        this.actor = actor;
        this.queues = queues;
        addClassName("queue-tile");
        int total = 0;
        for (WorkQueue queue : queues) {
            WorkQueue.Waiting waiting = queue.first(actor, SHOWN - first.size());
            total += waiting.count();
            first.addAll(waiting.first());
        }
        count = total;
        if (count == 0) {
            body(new Paragraph("Nothing is waiting for you."));
            return;
        }
        figure("Items", String.valueOf(count));
        list.addClassName("queue");
        body(list);
        show(false);
    }

    /** The first few items, or every one of them. */
    void show(boolean all) {
        if (count == 0) {
            return;
        }
        list.removeAll();
        List<QueueItem> items = all && count > first.size()
                ? queues.stream().flatMap(q -> q.waitingFor(actor).stream()).toList() : first;
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
        if (shown < count) {
            Anchor more = new Anchor("?queue=" + ALL, "and " + (count - shown) + " more");
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
