package uk.nhs.dorset.primarycare.reporting.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.ui.SvgChart;
import uk.nhs.dorset.primarycare.workforce.GapCalculator;
import uk.nhs.dorset.primarycare.workforce.LocalityGaps;
import uk.nhs.dorset.primarycare.workforce.LocalityValidation;
import uk.nhs.dorset.primarycare.workforce.WorkforceService;

/** The workforce gap by locality (modelled target less baseline FTE) and how far validation has got. */
class WorkforceTile extends Tile {

    WorkforceTile(WorkforceService workforce) {
        super("Workforce");
        LocalDate snapshot = workforce.latestSnapshot().orElse(null);
        String model = workforce.modelVersions().stream()
                .max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElse(null);
        if (snapshot == null) {
            link("No workforce profiles yet: import or create them", "workforce", Map.of());
            return;
        }
        // Validation and gaps by locality, summed by the database in one statement.
        LocalityGaps localities = workforce.localityGaps(snapshot, model);
        List<LocalityValidation> validation = localities.validation();
        long complete = validation.stream().filter(LocalityValidation::isComplete).count();
        int practices = validation.stream().mapToInt(LocalityValidation::practices).sum();
        int validated = validation.stream().mapToInt(LocalityValidation::validated).sum();
        figure("Snapshot", Formats.date(snapshot))
                .figure("Localities fully validated", complete + " of " + validation.size())
                .figure("Practices validated", validated + " of " + practices);

        Map<String, BigDecimal> gapByLocality = new LinkedHashMap<>();
        for (GapCalculator.GapLine line : localities.localities()) {
            if (line.gap() != null) {
                gapByLocality.merge(line.scope(), line.gap(), BigDecimal::add);
            }
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        StringBuilder description = new StringBuilder("Workforce gap in FTE by locality against model " + model + " (target less baseline):");
        gapByLocality.forEach((locality, gap) -> {
            data.addValue(gap, "Gap (FTE)", locality);
            description.append(' ').append(locality).append(' ').append(Formats.number(gap)).append(';');
        });
        if (!gapByLocality.isEmpty()) {
            JFreeChart chart = ChartFactory.createBarChart(null, null, "FTE gap", data, PlotOrientation.HORIZONTAL, false, false, false);
            ((BarRenderer) chart.getCategoryPlot().getRenderer()).setSeriesPaint(0, SvgChart.PALE_BLUE);
            body(SvgChart.of(chart, 520, 320, description.toString()));
        }
        for (LocalityValidation locality : validation) {
            if (!locality.isComplete()) {
                link(locality.locality() + ": " + locality.validated() + " of " + locality.practices() + " validated",
                        "workforce", Map.of("locality", locality.locality()));
            }
        }
        link("Gaps and profiles", "workforce", Map.of());
    }
}
