package uk.nhs.dorset.primarycare.testing;

import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.ContextMenuTester;
import com.vaadin.flow.component.contextmenu.MenuItem;
import java.util.List;
import uk.nhs.dorset.primarycare.base.ui.OnDemandMenu;

/**
 * A toolbar's menu opened as a browser opens it: the click on its button asks the server before
 * the menu shows, and the server's answer builds the items. Then its items are clicked or read.
 */
public final class OnDemandMenus {

    private OnDemandMenus() {
    }

    /** The menu as just opened by a click on its button, with the items it has now. */
    public static ContextMenuTester<ContextMenu> open(OnDemandMenu button) {
        ContextMenu menu = button.menu();
        if (menu.isOpened()) {
            menu.close();
        }
        // The tester opens it the browser's way: the before-open request that builds the items.
        ContextMenuTester<ContextMenu> tester = new ContextMenuTester<>(menu);
        tester.open();
        return tester;
    }

    /** Opens the menu and clicks the item with these words. */
    public static void click(OnDemandMenu button, String item) {
        open(button).clickItem(item);
    }

    /** Whether the item with these words is ticked, as the menu shows it when opened. */
    public static boolean isChecked(OnDemandMenu button, String item) {
        return open(button).isItemChecked(item);
    }

    /** The items' words, in order, as the menu shows them when opened. */
    public static List<String> items(OnDemandMenu button) {
        open(button);
        return button.menu().getItems().stream().map(MenuItem::getText).toList();
    }

    /** The item with these words, as the menu shows it when opened. */
    public static MenuItem item(OnDemandMenu button, String words) {
        open(button);
        return button.menu().getItems().stream().filter(i -> i.getText().equals(words)).findFirst().orElseThrow();
    }
}
