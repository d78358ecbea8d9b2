package uk.nhs.dorset.primarycare.savedviews.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.OnDemandMenu;
import uk.nhs.dorset.primarycare.base.ui.QueryFilters;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.savedviews.SavedView;
import uk.nhs.dorset.primarycare.savedviews.SavedViewService;

/**
 * A grid's "Views" menu: save the page as it is now, open one of my views or one somebody
 * shared (marked with who shared it), or delete my own. Opening a view is following its address,
 * so the grid shows only what its service lets this user see. The list is read when the menu
 * opens: a page costs no read for it, and a view saved or shared since shows at once.
 */
class ViewsMenu extends Composite<OnDemandMenu> {

    static final String SAVE = "Save view\u2026";
    static final String DELETE = "Delete my views\u2026";

    private final SavedViewService views;
    private final String me;
    private final String route;

    ViewsMenu(SavedViewService views, String me, String route) {
        this.views = views;
        this.me = me;
        this.route = route;
    }

    @Override
    protected OnDemandMenu initContent() {
        OnDemandMenu menu = new OnDemandMenu(VaadinIcon.BOOKMARK, "Views", this::addItems);
        menu.addClassName("views-menu");
        return menu;
    }

    /** The actions and the views this user may open, as the database has them now. */
    private void addItems(ContextMenu list) {
        List<SavedView> visible;
        try {
            visible = views.views(route);
        } catch (RuntimeException failure) {
            if (!UserMessages.isServiceUnavailable(failure)) {
                throw failure;
            }
            visible = List.of();
        }
        list.addItem(SAVE, e -> new SaveViewDialog(views, route, address(), this::saved).open());
        boolean mine = visible.stream().anyMatch(v -> v.isOwnedBy(me));
        if (mine) {
            list.addItem(DELETE, e -> new DeleteViewsDialog(views, me, route).open());
        }
        if (!visible.isEmpty()) {
            list.addComponent(new Hr());
        }
        for (SavedView view : visible) {
            list.addItem(itemText(view, me), e -> open(view));
        }
    }

    /** How the list names a view: mine plainly (marked when I share it), others' with who shared it. */
    static String itemText(SavedView view, String me) {
        if (view.isOwnedBy(me)) {
            return view.getName() + (view.isShared() ? " (shared)" : "");
        }
        return view.getName() + " \u2014 shared by " + view.getOwner();
    }

    private String address() {
        return getUI().map(QueryFilters::shown).map(Location::getQueryParameters)
                .map(QueryParameters::getQueryString).orElse("");
    }

    private void saved(SavedView view) {
        Notifications.success("Saved the view \u201c" + view.getName() + "\u201d" + (view.isShared() ? ", shared with everyone." : "."));
    }

    private void open(SavedView view) {
        UI ui = getUI().orElseThrow();
        ui.navigate(view.getRoute(), QueryParameters.fromString(view.getQuery()));
    }
}
