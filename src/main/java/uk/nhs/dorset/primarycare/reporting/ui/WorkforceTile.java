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

    /** Bars the tile's chart can show legibly: an area's localities, or a country's largest gaps. */
    static final int CHARTED_LOCALITIES = 20;
    /** Localities still validating that are linked by name; the rest are one link to the workforce page. */
    static final int LINKED_LOCALITIES = 6;

    /** The localities to chart, in their own order: all of them, or those with the largest gaps. */
    static Map<String, BigDecimal> largest(Map<String, BigDecimal> gapByLocality) {
        if (gapByLocality.size() <= CHARTED_LOCALITIES) {
            return gapByLocality;
        }
        java.util.Set<String> kept = gapByLocality.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
                .limit(CHARTED_LOCALITIES).map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
        Map<String, BigDecimal> largest = new LinkedHashMap<>();
        gapByLocality.forEach((locality, gap) -> {
            if (kept.contains(locality)) {
                largest.put(locality, gap);
            }
        });
        return largest;
    }

    /** The workforce page's tab of validation by locality, where a locality still validating is followed up. */
    static final String VALIDATION_TAB = "validation";

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
        Map<String, BigDecimal> charted = largest(gapByLocality);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        StringBuilder description = new StringBuilder("Workforce gap in FTE by locality against model " + model + " (target less baseline)"
                + (charted.size() < gapByLocality.size() ? ", the " + charted.size() + " localities with the largest gap:" : ":"));
        charted.forEach((locality, gap) -> {
            data.addValue(gap, "Gap (FTE)", locality);
            description.append(' ').append(locality).append(' ').append(Formats.number(gap)).append(';');
        });
        if (!charted.isEmpty()) {
            JFreeChart chart = ChartFactory.createBarChart(null, null, "FTE gap", data, PlotOrientation.HORIZONTAL, false, false, false);
            ((BarRenderer) chart.getCategoryPlot().getRenderer()).setSeriesPaint(0, SvgChart.PALE_BLUE);
            body(SvgChart.of(chart, 520, 320, description.toString()));
        }
        List<LocalityValidation> incomplete = validation.stream().filter(l -> !l.isComplete()).toList();
        for (LocalityValidation locality : incomplete.subList(0, Math.min(incomplete.size(), LINKED_LOCALITIES))) {
            link(locality.locality() + ": " + locality.validated() + " of " + locality.practices() + " validated",
                    "workforce", Map.of("tab", VALIDATION_TAB, "locality", locality.locality()));
        }
        if (incomplete.size() > LINKED_LOCALITIES) {
            link("and " + (incomplete.size() - LINKED_LOCALITIES) + " more localities still validating", "workforce",
                    Map.of("tab", VALIDATION_TAB));
        }
        link("Gaps and profiles", "workforce", Map.of());
    }
}
