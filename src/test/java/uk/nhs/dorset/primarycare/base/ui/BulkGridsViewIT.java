package uk.nhs.dorset.primarycare.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** The grants, merger, workforce and tracker grids tick rows for a bulk move only for roles that make moves. */
class BulkGridsViewIT extends ViewTest {

    private Grid<?> open(String route) {
        UI.getCurrent().navigate(route, QueryParameters.empty());
        return find(Grid.class).all().stream().filter(Grid::isVisible).findFirst().orElseThrow();
    }

    private boolean offersBulkMoves(String route) {
        Grid<?> grid = open(route);
        boolean ticks = grid.getSelectionModel() instanceof GridMultiSelectionModel;
        boolean chooser = find(ComboBox.class).withCaption("Move selected to").all().stream().anyMatch(ComboBox::isVisible);
        assertThat(chooser).as(route + ": the move chooser goes with the ticks").isEqualTo(ticks);
        return ticks;
    }

    @Test
    void rolesThatMoveTheRecordsTickRowsOthersDoNot() {
        signIn("team");
        for (String route : List.of("grants", "mergers", "workforce", "programme")) {
            assertThat(offersBulkMoves(route)).as("team on " + route).isTrue();
        }
        signIn("estates");
        assertThat(offersBulkMoves("grants")).as("estates on grants").isTrue();
        assertThat(offersBulkMoves("mergers")).as("estates on mergers").isTrue();
        // Estates leads neither validate workforce profiles nor judge the tracker's RAG.
        assertThat(offersBulkMoves("workforce")).as("estates on workforce").isFalse();
        assertThat(offersBulkMoves("programme")).as("estates on the tracker").isFalse();
        signIn("admin");
        assertThat(offersBulkMoves("programme")).as("admin on the tracker").isFalse();
    }
}
