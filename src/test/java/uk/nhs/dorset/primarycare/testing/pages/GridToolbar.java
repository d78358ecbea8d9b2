package uk.nhs.dorset.primarycare.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A records grid's "Columns" and "Views" menus: which columns show, and views saved under a name. */
public final class GridToolbar {

    private final Page page;
    private final Locator grid;

    public GridToolbar(Page page, Locator grid) {
        this.page = page;
        this.grid = grid;
    }

    public Locator columnsButton() {
        return page.locator("vaadin-button.columns-menu").first();
    }

    public Locator viewsButton() {
        return page.locator("vaadin-button.views-menu").first();
    }

    /** Ticks or unticks one column in the Columns menu, then closes the menu. */
    public GridToolbar toggleColumn(String header) {
        columnsButton().click();
        menuItem(header).click();
        page.keyboard().press("Escape");
        return this;
    }

    /** A header cell of the grid by its exact words; a hidden column's is not visible. */
    public Locator header(String words) {
        return grid.locator("vaadin-grid-cell-content").getByText(words, new Locator.GetByTextOptions().setExact(true)).first();
    }

    /** Saves the screen as a view through the Views menu's dialog. */
    public GridToolbar saveView(String name, boolean shared) {
        viewsButton().click();
        menuItem("Save view").click();
        Locator dialog = page.locator("vaadin-dialog.save-view-dialog, vaadin-dialog-overlay").last();
        page.getByLabel("Name").fill(name);
        if (shared) {
            page.getByLabel("Share with everyone").check();
        }
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save")).last().click();
        dialog.waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        return this;
    }

    /** The names the Views menu lists (after its two actions). */
    public Locator viewItem(String text) {
        return menuItem(text);
    }

    /** Opens a saved view from the Views menu and waits for the address to become its own. */
    public void openView(String text) {
        String before = page.url();
        viewsButton().click();
        menuItem(text).click();
        page.waitForURL(url -> !url.equals(before));
    }

    /** An address's path and parameters, whose order means nothing, with its escapes undone. */
    public static java.util.Map<String, String> parameters(String url) {
        java.util.Map<String, String> parameters = new java.util.TreeMap<>();
        String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                String[] parts = pair.split("=", 2);
                parameters.put(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
            }
        }
        return parameters;
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private Locator menuItem(String text) {
        return page.locator("vaadin-context-menu-item").filter(new Locator.FilterOptions().setHasText(text)).first();
    }
}
