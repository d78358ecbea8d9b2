package uk.nhs.dorset.primarycare.workforce.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.workforce.LocalityValidation;

/** How far each locality's practices have validated their profiles at a snapshot. */
class ValidationProgress extends Div {

    ValidationProgress(List<LocalityValidation> validation) {
        long complete = validation.stream().filter(LocalityValidation::isComplete).count();
        Span completeText = new Span(String.format("%d of %d localities (%s) have every practice's profile validated",
                complete, validation.size(), validation.isEmpty() ? "0%" : Formats.percent(
                        BigDecimal.valueOf(complete).divide(BigDecimal.valueOf(validation.size()), 4, RoundingMode.HALF_UP))));
        completeText.addClassName("grid-summary");
        completeText.setId("validation-summary");
        Grid<LocalityValidation> grid = new Grid<>();
        grid.addColumn(LocalityValidation::locality).setHeader("Locality").setAutoWidth(true);
        grid.addColumn(v -> v.cluster().label()).setHeader("Cluster").setAutoWidth(true);
        grid.addColumn(LocalityValidation::practices).setHeader("Practices");
        grid.addColumn(LocalityValidation::circulated).setHeader("Awaiting validation");
        grid.addColumn(LocalityValidation::queried).setHeader("Queried");
        grid.addColumn(LocalityValidation::validated).setHeader("Validated");
        grid.addColumn(v -> Formats.percent(BigDecimal.valueOf(v.validatedShare()))).setHeader("Validated %");
        grid.addColumn(v -> v.isComplete() ? "Complete" : "In progress").setHeader("Progress");
        grid.setItems(validation);
        GapGrids.fitOrScroll(grid, validation.size());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        setWidthFull();
        add(new H3("Validation by locality"), completeText, grid);
    }
}
