package uk.nhs.dorset.primarycare.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.testing.OnDemandMenus;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/**
 * Every records grid lets the user hide, show and order its columns, keeps them in the address,
 * and exports exactly the visible columns in the visible order.
 */
class GridColumnsViewIT extends ViewTest {

    /** Each grid's route (with what makes its grid show) and its key column, which is never hidden. */
    private static final Map<String, String> GRIDS = new LinkedHashMap<>();

    static {
        GRIDS.put("grants?programme=2017%2F18", "practice");
        GRIDS.put("practices", "code");
        GRIDS.put("estates?view=grid", "name");
        GRIDS.put("mergers", "case");
        GRIDS.put("workforce", "code");
        GRIDS.put("programme", "project");
    }

    private Grid<?> open(String routeAndQuery) {
        String[] parts = routeAndQuery.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], QueryParameters.fromString(parts.length > 1 ? parts[1] : ""));
        return find(Grid.class).all().stream().filter(Grid::isVisible).filter(g -> g.isColumnReorderingAllowed())
                .findFirst().orElseThrow(() -> new AssertionError(routeAndQuery + " has no grid whose columns can be chosen"));
    }

    private static List<String> visibleHeaders(Grid<?> grid) {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getHeaderText).toList();
    }

    private static List<String> visibleKeys(Grid<?> grid) {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }

    private List<String> exportedHeaders() {
        Anchor link = find(Anchor.class).withClassName("export-link").all().stream().filter(a -> a.isVisible())
                .findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(link).download(out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row header = workbook.getFirstSheet().read().getFirst();
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < header.getCellCount(); i++) {
                cells.add(header.getCellText(i));
            }
            return cells;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String shownAddress() {
        // The address as the browser's bar reads it, commas and slashes unescaped.
        return java.net.URLDecoder.decode(QueryFilters.shown(UI.getCurrent()).getPathWithQueryParameters(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void hidingAGrantsColumnTakesItOutOfTheAddressAndTheExport() {
        signIn("manager");
        Grid<?> grid = open("grants?programme=2017%2F18");
        OnDemandMenu columns = find(OnDemandMenu.class).withClassName("columns-menu").single();
        assertThat(OnDemandMenus.isChecked(columns, "Locality")).isTrue();

        OnDemandMenus.click(columns, "Locality");

        assertThat(grid.getColumnByKey("locality").isVisible()).isFalse();
        assertThat(OnDemandMenus.isChecked(columns, "Locality")).isFalse();
        assertThat(shownAddress()).contains("cols=practice,year,scheme,status,requested,approved,deadline");
        assertThat(exportedHeaders()).containsExactlyElementsOf(visibleHeaders(grid))
                .containsExactly("Practice", "Year", "Scheme", "Status", "Requested", "Approved", "Spend deadline");

        // A column the grid keeps for the spreadsheet shows, and exports, once picked.
        OnDemandMenus.click(columns, "Total cost");
        assertThat(exportedHeaders()).containsExactlyElementsOf(visibleHeaders(grid)).endsWith("Total cost");
    }

    @Test
    void theKeyColumnCannotBeHidden() {
        signIn("manager");
        Grid<?> grid = open("grants?programme=2017%2F18");
        var practice = OnDemandMenus.item(find(OnDemandMenu.class).withClassName("columns-menu").single(), "Practice");
        assertThat(practice.isChecked()).isTrue();
        assertThat(practice.isEnabled()).isFalse();
        assertThat(grid.getColumnByKey("practice").isVisible()).isTrue();

        // An address without the key column still shows it, first.
        grid = open("grants?programme=2017%2F18&cols=status,requested");
        assertThat(visibleKeys(grid)).containsExactly("practice", "status", "requested");
    }

    @Test
    void everyGridShowsTheColumnsOfALinkInItsOrderAndExportsExactlyThose() {
        signIn("manager");
        GRIDS.forEach((route, key) -> {
            Grid<?> grid = open(route);
            List<String> keys = visibleKeys(grid);
            assertThat(keys).as(route).contains(key).hasSizeGreaterThan(2);
            String other = keys.stream().filter(k -> !k.equals(key)).skip(1).findFirst().orElseThrow();
            // Two columns, the second before the key column: the link's order, not the grid's.
            grid = open(route + (route.contains("?") ? "&" : "?") + "cols=" + other + "," + key);
            assertThat(visibleKeys(grid)).as(route).containsExactly(other, key);
            assertThat(exportedHeaders()).as(route).containsExactlyElementsOf(visibleHeaders(grid));
            assertThat(find(OnDemandMenu.class).withClassName("columns-menu").all()).as(route).hasSize(1);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void aColumnDraggedElsewhereKeepsItsPlaceInTheAddressAndTheExport() {
        signIn("manager");
        Grid<Object> grid = (Grid<Object>) open("grants?programme=2017%2F18");
        List<Grid.Column<Object>> dragged = new ArrayList<>(grid.getColumns());
        Grid.Column<Object> status = grid.getColumnByKey("status");
        dragged.remove(status);
        dragged.addFirst(status);

        // What the browser sends when the user drops the Status header before the others.
        com.vaadin.flow.component.ComponentUtil.fireEvent(grid,
                new com.vaadin.flow.component.grid.ColumnReorderEvent<>(grid, true, dragged));

        assertThat(visibleKeys(grid)).startsWith("status", "practice", "locality", "year");
        assertThat(shownAddress()).contains("cols=status,practice,locality,year,scheme,requested");
        assertThat(exportedHeaders()).startsWith("Status", "Practice").containsExactlyElementsOf(visibleHeaders(grid));
    }
}
