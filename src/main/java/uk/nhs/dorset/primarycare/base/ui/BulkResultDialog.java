package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import uk.nhs.dorset.primarycare.base.workflow.BulkMove;

/** What a bulk move did, record by record: those that moved, and those refused with why. */
public class BulkResultDialog extends Dialog {

    /** @param where the status moved to, as in a sentence ("submitted") */
    public BulkResultDialog(String where, String nouns, List<BulkMove.Outcome> outcomes) {
        List<BulkMove.Outcome> moved = outcomes.stream().filter(BulkMove.Outcome::moved).toList();
        List<BulkMove.Outcome> refused = outcomes.stream().filter(o -> !o.moved()).toList();
        addClassName("bulk-result");
        setHeaderTitle(moved.size() + " of " + outcomes.size() + " " + nouns + " moved to " + where);
        if (!moved.isEmpty()) {
            UnorderedList list = new UnorderedList();
            moved.forEach(o -> list.add(item(o.label(), "bulk-moved")));
            add(new H3("Moved"), list);
        }
        if (!refused.isEmpty()) {
            UnorderedList list = new UnorderedList();
            refused.forEach(o -> list.add(item(o.label() + ": " + String.join("; ", o.reasons()), "bulk-refused")));
            add(new H3("Refused, left as they were"), list);
        }
        Button close = new Button("Close", e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        setWidth("min(40rem, 95vw)");
    }

    private static ListItem item(String text, String className) {
        ListItem item = new ListItem(text);
        item.addClassName(className);
        return item;
    }
}
