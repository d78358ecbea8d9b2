package uk.nhs.dorset.primarycare.savedviews.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import uk.nhs.dorset.primarycare.base.ui.Confirm;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.savedviews.SavedView;
import uk.nhs.dorset.primarycare.savedviews.SavedViewService;

/** My views on one grid, each with a delete button that asks first. Others' views are not listed. */
class DeleteViewsDialog extends Dialog {

    private final SavedViewService views;
    private final String me;
    private final String route;
    private final Div rows = new Div();

    DeleteViewsDialog(SavedViewService views, String me, String route) {
        this.views = views;
        this.me = me;
        this.route = route;
        setHeaderTitle("Delete my views");
        addClassName("delete-views-dialog");
        add(rows);
        getFooter().add(new Button("Done", e -> close()));
        show();
    }

    private void show() {
        rows.removeAll();
        for (SavedView view : views.views(route)) {
            if (!view.isOwnedBy(me)) {
                continue;
            }
            Button delete = new Button("Delete", VaadinIcon.TRASH.create(), e -> Confirm.ask(
                    "Delete the view \u201c" + view.getName() + "\u201d?",
                    view.isShared() ? "Nobody will be able to open it any more, including those you shared it with."
                            : "You will no longer be able to open it.",
                    "Delete view", "Keep it", true, () -> delete(view)));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setAriaLabel("Delete " + view.getName());
            Div row = new Div(new Span(ViewsMenu.itemText(view, me)), delete);
            row.addClassName("saved-view-row");
            rows.add(row);
        }
        if (rows.getComponentCount() == 0) {
            rows.add(new Span("You have no saved views on this page."));
        }
    }

    private void delete(SavedView view) {
        try {
            views.delete(view.getId());
            Notifications.success("Deleted the view \u201c" + view.getName() + "\u201d.");
        } catch (RuntimeException refused) {
            Notifications.error(UserMessages.of(refused));
        }
        show();
    }
}
