package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.ValueProvider;
import tools.jackson.databind.JsonNode;

/**
 * Grid rows that behave as links to their records: the first column is a real anchor, so a
 * middle-click or "open in new tab" works, and a click or Enter anywhere on the row opens it.
 */
public final class RowLinks {

    /** The key of the row the keyboard is on; a header row has none. */
    private static final String ROW_KEY = "(event.composedPath().find(n => n && n._item) || {_item: {}})._item.key";

    private RowLinks() {
    }

    /**
     * Adds the record's link as a column and makes the whole row open the record.
     *
     * @param href the record's address relative to the application ("grants/12")
     */
    public static <T> Grid.Column<T> linkColumn(Grid<T> grid, ValueProvider<T, String> text, ValueProvider<T, String> href) {
        Grid.Column<T> column = link(grid, text, href);
        opens(grid, item -> grid.getUI().ifPresent(ui -> ui.navigate(href.apply(item))));
        return column;
    }

    /** Only the link column, for a grid whose rows open their record some other way (a dialog with its own address). */
    public static <T> Grid.Column<T> link(Grid<T> grid, ValueProvider<T, String> text, ValueProvider<T, String> href) {
        return grid.addColumn(LitRenderer.<T>of("<a class=\"row-link\" router-link href=\"${item.href}\">${item.text}</a>")
                .withProperty("href", href).withProperty("text", text)).setTooltipGenerator(text).setResizable(true);
    }

    /**
     * A plain click or Enter on a row opens the row's record. The link itself is left to the
     * browser and Vaadin's router (a click navigates in the app, a middle-click or a click with a
     * key held opens a new tab), so a click on it never opens the record twice.
     */
    public static <T> void opens(Grid<T> grid, SerializableConsumer<T> open) {
        opensOn(grid, "click", "event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey", open);
        opensOn(grid, "keydown", "event.key === 'Enter'", open);
    }

    private static <T> void opensOn(Grid<T> grid, String event, String when, SerializableConsumer<T> open) {
        grid.getElement().addEventListener(event, e -> {
            JsonNode key = e.getEventData().get(ROW_KEY);
            T item = key == null || !key.isString() ? null : grid.getDataCommunicator().getKeyMapper().get(key.asString());
            if (item != null) {
                open.accept(item);
            }
        }).setFilter(when + " && event.composedPath()[0].localName !== 'a'"
                // A tick in a bulk-selection column selects the row; it does not open it.
                + " && !event.composedPath().some(n => n && n.localName === 'vaadin-checkbox')").addEventData(ROW_KEY);
    }
}
