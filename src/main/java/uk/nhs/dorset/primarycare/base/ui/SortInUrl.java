package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;

/**
 * A grid's sort order in its address beside the filters ({@code ?sort=requested,desc}; several
 * columns as {@code sort=locality;name,desc}), by the columns' keys, so a shared link shows
 * the same order.
 */
public final class SortInUrl {

    public static final String KEY = "sort";

    private SortInUrl() {
    }

    /** Writes the grid's current order, or nothing when it is unsorted. */
    public static void write(Grid<?> grid, QueryFilters url) {
        List<String> parts = new ArrayList<>();
        for (GridSortOrder<?> order : grid.getSortOrder()) {
            String key = order.getSorted().getKey();
            if (key != null) {
                parts.add(key + (order.getDirection() == SortDirection.DESCENDING ? ",desc" : ""));
            }
        }
        url.set(KEY, parts.isEmpty() ? null : String.join(";", parts));
    }

    /** Sorts the grid as the address says; an unknown or unsortable column is ignored. */
    public static <T> void read(Grid<T> grid, QueryFilters url) {
        List<GridSortOrder<T>> orders = new ArrayList<>();
        for (String part : url.get(KEY).orElse("").split(";")) {
            String[] words = part.split(",");
            Grid.Column<T> column = words[0].isBlank() ? null : grid.getColumnByKey(words[0].strip());
            if (column != null && column.isSortable()) {
                boolean descending = words.length > 1 && words[1].strip().equalsIgnoreCase("desc");
                orders.add(new GridSortOrder<>(column, descending ? SortDirection.DESCENDING : SortDirection.ASCENDING));
            }
        }
        if (!describe(orders).equals(describe(grid.getSortOrder()))) {
            grid.sort(orders);
        }
    }

    private static List<String> describe(List<? extends GridSortOrder<?>> orders) {
        return orders.stream().map(o -> o.getSorted().getKey() + " " + o.getDirection()).toList();
    }

    /** The grid's order as the database sorts it, then by id so pages never overlap. */
    public static Sort springSort(Grid<?> grid) {
        List<Sort.Order> orders = new ArrayList<>();
        for (GridSortOrder<?> order : grid.getSortOrder()) {
            order.getSorted().getSortOrder(order.getDirection()).findFirst().ifPresent(o -> orders.add(
                    o.getDirection() == SortDirection.ASCENDING ? Sort.Order.asc(o.getSorted()) : Sort.Order.desc(o.getSorted())));
        }
        return Sort.by(orders).and(Sort.by("id"));
    }
}
