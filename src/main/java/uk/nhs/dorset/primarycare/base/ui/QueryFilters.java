package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A grid's filters as they appear in the query string ({@code /practices?locality=Purbeck}),
 * so a copied link reproduces the view. Read on entry, written back on every change.
 */
public final class QueryFilters {

    private final Map<String, String> values = new LinkedHashMap<>();

    public static QueryFilters from(Location location) {
        QueryFilters filters = new QueryFilters();
        location.getQueryParameters().getParameters().forEach((key, list) -> {
            if (!list.isEmpty() && !list.getFirst().isBlank()) {
                filters.values.put(key, list.getFirst());
            }
        });
        return filters;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Every non-blank parameter, first value only, for a filter's {@code fromQuery}. */
    public Map<String, String> values() {
        return Map.copyOf(values);
    }

    public boolean flag(String key) {
        return "true".equalsIgnoreCase(values.get(key));
    }

    public QueryFilters set(String key, @Nullable Object value) {
        String text = value == null ? "" : value.toString().strip();
        if (text.isEmpty() || "false".equals(text)) {
            values.remove(key);
        } else {
            values.put(key, text);
        }
        return this;
    }

    public QueryParameters toQueryParameters() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        values.forEach((k, v) -> params.put(k, List.of(v)));
        return new QueryParameters(params);
    }

    /** Rewrites the browser's address without navigating, so the view keeps its state. */
    public void writeTo(UI ui, String path) {
        Location shown = new Location(path, toQueryParameters());
        ui.getPage().getHistory().replaceState(null, shown);
        ComponentUtil.setData(ui, Shown.class, new Shown(ui.getInternals().getActiveViewLocation(), shown));
    }

    /**
     * The address the browser shows for the current screen: what the view last wrote there, else
     * the one it was opened with (so a saved view keeps exactly the filters on the screen).
     */
    public static Location shown(UI ui) {
        Location entered = ui.getInternals().getActiveViewLocation();
        Shown written = ComponentUtil.getData(ui, Shown.class);
        // Rewritten addresses count only for the screen they were written on, not one opened since.
        return written != null && written.entered() == entered ? written.location() : entered;
    }

    private record Shown(Location entered, Location location) implements java.io.Serializable {
    }

    @Override
    public String toString() {
        return toQueryParameters().getQueryString();
    }
}
