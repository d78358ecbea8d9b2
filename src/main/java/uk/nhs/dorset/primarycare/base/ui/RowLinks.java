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
        return grid.addColumn(LitRenderer.<T>of("<a class=\"row-link\" href=\"${item.href}\">${item.text}</a>")
                .withProperty("href", href).withProperty("text", text)).setTooltipGenerator(text).setResizable(true);
    }

    /** A click (without a key held for a new tab or window) or Enter on a row opens the row's record. */
    public static <T> void opens(Grid<T> grid, SerializableConsumer<T> open) {
        grid.addItemClickListener(e -> {
            if (e.getButton() == 0 && !e.isCtrlKey() && !e.isMetaKey() && !e.isShiftKey()) {
                open.accept(e.getItem());
            }
        });
        // Enter on the link itself is the browser's own; Enter anywhere else on the row does the same.
        grid.getElement().addEventListener("keydown", e -> {
            JsonNode key = e.getEventData().get(ROW_KEY);
            T item = key == null || !key.isString() ? null : grid.getDataCommunicator().getKeyMapper().get(key.asString());
            if (item != null) {
                open.accept(item);
            }
        }).setFilter("event.key === 'Enter' && event.composedPath()[0].localName !== 'a'").addEventData(ROW_KEY);
    }
}
