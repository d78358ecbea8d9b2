package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.ui.XlsxExport.Column;
import uk.nhs.dorset.primarycare.base.ui.XlsxExport.Kind;

/**
 * Which of a grid's columns show, in which order, kept in the address beside the filters
 * ({@code ?cols=practice,status,requested}, by the columns' keys) so a link reproduces them, and
 * the grid's export: each column says once how it is written to a spreadsheet, and the export
 * writes exactly the visible columns in the visible order. The record's key column (its name or
 * code) is always shown, so every row can still be told apart and opened.
 */
public final class GridColumns<T> {

    public static final String KEY = "cols";

    private final Grid<T> grid;
    private final String keyColumn;
    private final Map<String, Column<T>> exports = new LinkedHashMap<>();
    private final Map<String, Boolean> shownByDefault = new LinkedHashMap<>();
    /** The ticks of the menu as last opened (its items are built anew each time it opens). */
    private final Map<String, MenuItem> items = new HashMap<>();
    private @Nullable OnDemandMenu menu;
    private Runnable changed = () -> { };

    private GridColumns(Grid<T> grid, String keyColumn) {
        this.grid = grid;
        this.keyColumn = keyColumn;
        grid.setColumnReorderingAllowed(true);
        grid.addColumnReorderListener(e -> {
            if (e.isFromClient()) {
                // The server's order is what the address and the export read, so it follows the drag.
                if (e.getColumns().size() == grid.getColumns().size() && !e.getColumns().equals(grid.getColumns())) {
                    grid.setColumnOrder(e.getColumns());
                }
                changed.run();
            }
        });
    }

    /** The grid's columns as they are now (every one must then be given its export) and its key column. */
    public static <T> GridColumns<T> of(Grid<T> grid, String keyColumn) {
        return new GridColumns<>(grid, keyColumn);
    }

    /** How an existing column is written to the export, under the grid's own header. */
    public GridColumns<T> export(String key, Kind kind, Function<T, @Nullable Object> value) {
        Grid.Column<T> column = Objects.requireNonNull(grid.getColumnByKey(key), () -> "No grid column " + key);
        exports.put(key, new Column<>(header(column), kind, value));
        shownByDefault.put(key, column.isVisible());
        return this;
    }

    /**
     * A column the grid does not show until the user picks it, for detail a spreadsheet wants
     * beside the grid's own columns; shown as the export writes it, in words and en-GB figures.
     */
    public GridColumns<T> extra(String key, String header, Kind kind, Function<T, @Nullable Object> value) {
        grid.addColumn(row -> shown(kind, value.apply(row))).setHeader(header).setKey(key)
                .setResizable(true).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(kind == Kind.TEXT || kind == Kind.DATE ? ColumnTextAlign.START : ColumnTextAlign.END)
                .setVisible(false);
        return export(key, kind, value);
    }

    /** Runs when the user shows, hides or moves a column: the view rewrites its address. */
    public GridColumns<T> onChange(Runnable listener) {
        this.changed = listener;
        return this;
    }

    /**
     * The "Columns" menu of the grid's toolbar: a tick per column, the key column always ticked.
     * Its items are made when it opens, so a page nobody customises holds one button for it.
     */
    public OnDemandMenu menu() {
        if (menu != null) {
            return menu;
        }
        List<String> missing = grid.getColumns().stream().map(Grid.Column::getKey)
                .filter(key -> key == null || !exports.containsKey(key)).map(String::valueOf).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Grid columns without an export: " + missing);
        }
        menu = new OnDemandMenu(VaadinIcon.GRID_H, "Columns", this::addItems);
        menu.addClassName("columns-menu");
        return menu;
    }

    private void addItems(ContextMenu choices) {
        items.clear();
        for (String key : exports.keySet()) {
            MenuItem item = choices.addItem(exports.get(key).header(), e -> toggle(key));
            item.setCheckable(true);
            item.setKeepOpen(true);
            if (key.equals(keyColumn)) {
                item.setEnabled(false);
                item.setTooltipText("Always shown");
            }
            items.put(key, item);
        }
        syncTicks();
    }

    /** Shows or hides a column as the user asked (never the key column). */
    public void toggle(String key) {
        Grid.Column<T> column = grid.getColumnByKey(key);
        if (column == null || key.equals(keyColumn)) {
            syncTicks();
            return;
        }
        column.setVisible(!column.isVisible());
        syncTicks();
        changed.run();
    }

    /** Shows the columns the address names, in its order; without {@code cols}, the grid's own choice. */
    public void read(QueryFilters url) {
        List<Grid.Column<T>> shown = new ArrayList<>();
        for (String key : url.get(KEY).orElse("").split(",")) {
            Grid.Column<T> column = key.isBlank() ? null : grid.getColumnByKey(key.strip());
            if (column != null && exports.containsKey(column.getKey()) && !shown.contains(column)) {
                shown.add(column);
            }
        }
        List<Grid.Column<T>> order = new ArrayList<>();
        if (shown.isEmpty()) {
            exports.keySet().forEach(key -> order.add(grid.getColumnByKey(key)));
            order.forEach(c -> c.setVisible(shownByDefault.get(c.getKey())));
        } else {
            Grid.Column<T> always = grid.getColumnByKey(keyColumn);
            if (always != null && !shown.contains(always)) {
                shown.addFirst(always);
            }
            order.addAll(shown);
            exports.keySet().stream().map(grid::getColumnByKey).filter(c -> !shown.contains(c)).forEach(order::add);
            order.forEach(c -> c.setVisible(shown.contains(c)));
        }
        if (!order.equals(grid.getColumns())) {
            grid.setColumnOrder(order);
        }
        syncTicks();
    }

    /** Writes the visible columns in order, or nothing while they are the grid's own choice. */
    public void write(QueryFilters url) {
        List<String> visible = visibleKeys();
        List<String> byDefault = exports.keySet().stream().filter(shownByDefault::get).toList();
        url.set(KEY, visible.equals(byDefault) ? null : String.join(",", visible));
    }

    /** The keys of the visible columns, in the order the grid shows them. */
    public List<String> visibleKeys() {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey)
                .filter(exports::containsKey).toList();
    }

    /** The export's columns: exactly the visible ones, in the visible order, under their headers. */
    public List<Column<T>> exportColumns() {
        return visibleKeys().stream().map(exports::get).toList();
    }

    private void syncTicks() {
        items.forEach((key, item) -> {
            Grid.Column<T> column = grid.getColumnByKey(key);
            item.setChecked(column != null && column.isVisible());
        });
    }

    private static String header(Grid.Column<?> column) {
        String text = column.getHeaderText();
        return text == null || text.isBlank() ? String.valueOf(column.getKey()) : text;
    }

    private static String shown(Kind kind, @Nullable Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal amount when kind == Kind.MONEY -> Formats.money(amount);
            case BigDecimal fraction when kind == Kind.PERCENT -> Formats.percent(fraction);
            case Number number when kind == Kind.PERCENT -> Formats.percent(BigDecimal.valueOf(number.doubleValue()));
            case Number number -> Formats.number(number);
            case LocalDate date -> Formats.date(date);
            default -> value.toString();
        };
    }
}
