package uk.nhs.dorset.primarycare.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** Every grid that lists records takes its order from the address and shows numbers to be read. */
class RecordGridsViewIT extends ViewTest {

    private Grid<?> open(String route, String query) {
        UI.getCurrent().navigate(route, QueryParameters.fromString(query));
        return find(Grid.class).all().stream().filter(Grid::isVisible).findFirst().orElseThrow();
    }

    @Test
    void aSharedLinksSortIsRestoredOnEveryGrid() {
        signIn("manager");
        Map<String, String> sorted = Map.of(
                "practices", "sort=listSize,desc",
                "grants", "programme=2017%2F18&sort=requested,desc",
                "estates", "view=grid&sort=capital,desc",
                "mergers", "sort=patients,desc",
                "programme", "sort=lead,desc",
                "workforce", "sort=snapshot,desc");
        sorted.forEach((route, query) -> {
            Grid<?> grid = open(route, query);
            List<? extends GridSortOrder<?>> order = grid.getSortOrder();
            assertThat(order).as(route).hasSize(1);
            String key = query.replaceAll(".*sort=([A-Za-z]+),desc.*", "$1");
            assertThat(order.getFirst().getSorted().getKey()).as(route).isEqualTo(key);
            assertThat(order.getFirst().getDirection()).as(route).isEqualTo(SortDirection.DESCENDING);
        });
    }

    @Test
    void numbersAreRightAlignedAndKeyColumnsResizable() {
        signIn("manager");
        Grid<?> grants = open("grants", "");
        assertThat(grants.getColumns()).allMatch(Grid.Column::isResizable);
        assertThat(grants.getColumnByKey("requested").getTextAlign()).isEqualTo(ColumnTextAlign.END);
        assertThat(grants.getColumnByKey("approved").getTextAlign()).isEqualTo(ColumnTextAlign.END);
        assertThat(open("practices", "").getColumnByKey("listSize").getTextAlign()).isEqualTo(ColumnTextAlign.END);
        assertThat(open("estates", "view=grid").getColumnByKey("capital").getTextAlign()).isEqualTo(ColumnTextAlign.END);
        Grid<?> mergers = open("mergers", "");
        assertThat(mergers.getColumnByKey("patients").getTextAlign()).isEqualTo(ColumnTextAlign.END);
        assertThat(mergers.getColumnByKey("funding").getTextAlign()).isEqualTo(ColumnTextAlign.END);
        Grid<?> workforce = open("workforce", "");
        assertThat(workforce.getColumns().stream().filter(c -> c.getKey() != null && c.getKey().startsWith("fte-")))
                .isNotEmpty().allMatch(c -> c.getTextAlign() == ColumnTextAlign.END);
    }

    @Test
    void everyEmptyFilterSaysWhatNoChoiceMeans() {
        signIn("manager");
        for (String route : List.of("practices", "grants", "estates", "mergers", "workforce", "programme", "programme/audit")) {
            UI.getCurrent().navigate(route);
            List<ComboBox> empty = find(ComboBox.class).all().stream().filter(c -> c.getValue() == null).toList();
            assertThat(empty).as(route + " filters with no choice").allSatisfy(combo ->
                    assertThat(combo.getPlaceholder()).as(route + " " + combo.getLabel()).isNotBlank());
        }
    }

    @Test
    void listGridsWriteTheirCellsInTheBrowserNotAsAComponentPerCell() {
        signIn("manager");
        Map<String, String> grids = Map.of("practices", "", "grants", "programme=2017%2F18", "estates", "view=grid",
                "mergers", "", "programme", "", "workforce", "");
        grids.forEach((route, query) -> {
            UI.getCurrent().navigate(route, QueryParameters.fromString(query));
            List<String> componentColumns = find(Grid.class).all().stream().filter(Grid::isVisible)
                    .flatMap(grid -> ((Grid<?>) grid).getColumns().stream())
                    .filter(column -> column.getRenderer() instanceof ComponentRenderer)
                    .map(column -> route + ": " + column.getKey())
                    .toList();
            assertThat(componentColumns).as(route).isEmpty();
        });
    }
}
