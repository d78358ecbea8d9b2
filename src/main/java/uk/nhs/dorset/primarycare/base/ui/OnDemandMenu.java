package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * A toolbar button whose menu is built when it opens, from what is true then (the columns shown,
 * the views saved), and not before. Until then the page holds a button and nothing else: no items
 * in the session, no read of the database for a menu nobody opened. The browser asks the server
 * before it shows the menu, so what it shows is never stale.
 */
public final class OnDemandMenu extends Button {

    private final Items menu;

    /** {@code items} adds the menu's items to the emptied menu each time it opens. */
    public OnDemandMenu(VaadinIcon icon, String text, SerializableConsumer<ContextMenu> items) {
        super(text, icon.create());
        addThemeVariants(ButtonVariant.TERTIARY);
        getElement().setAttribute("aria-haspopup", "menu");
        menu = new Items(items);
        menu.setTarget(this);
        menu.setOpenOnClick(true);
    }

    /** The menu as it is now: empty until first opened. */
    public ContextMenu menu() {
        return menu;
    }

    private static final class Items extends ContextMenu {

        private final SerializableConsumer<ContextMenu> items;

        Items(SerializableConsumer<ContextMenu> items) {
            this.items = items;
        }

        /** The browser asks before it opens the menu; the answer carries the items it shows. */
        @Override
        protected boolean onBeforeOpenMenu(ObjectNode eventDetail) {
            removeAll();
            items.accept(this);
            return true;
        }
    }
}
