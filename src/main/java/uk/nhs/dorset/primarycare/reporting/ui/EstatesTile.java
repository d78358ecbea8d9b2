package uk.nhs.dorset.primarycare.reporting.ui;

import java.util.EnumSet;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.ui.SvgChart;
import uk.nhs.dorset.primarycare.estates.EttfFilter;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.estates.ProjectStage;

/** ETTF capital projects by pipeline stage, and the ones whose next milestone is overdue. */
class EstatesTile extends Tile {

    EstatesTile(EttfService estates) {
        super("ETTF capital projects");
        EttfFilter overdue = new EttfFilter(null, null, null, null, null, null, true);
        Map<ProjectStage, Long> byStage = estates.countByStage(EttfFilter.all());
        // Active is every stage but on hold, closed and complete, as the grid's "Active" filter says.
        long active = byStage.entrySet().stream()
                .filter(e -> !EnumSet.of(ProjectStage.ON_HOLD, ProjectStage.CLOSED, ProjectStage.COMPLETE).contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        linkedFigure("In the pipeline", String.valueOf(active), "estates", Map.of("view", "grid", "show", "ACTIVE"))
                .linkedFigure("Overdue milestones", String.valueOf(estates.count(overdue)), "estates",
                        Map.of("view", "grid", "overdue", "true"))
                .figure("Capital value", capital(estates.totalCapital(EttfFilter.all())));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        StringBuilder description = new StringBuilder("ETTF projects by stage:");
        for (ProjectStage stage : ProjectStage.values()) {
            long count = byStage.getOrDefault(stage, 0L);
            if (count > 0) {
                data.addValue(count, "Projects", stage.label());
                description.append(' ').append(stage.label()).append(' ').append(count).append(';');
                link(stage.label() + ": " + count, "estates", Map.of("view", "grid", "stage", stage.name()));
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, "Projects", data, PlotOrientation.HORIZONTAL, false, false, false);
        ((BarRenderer) chart.getCategoryPlot().getRenderer()).setSeriesPaint(0, SvgChart.NHS_BLUE);
        SvgChart.wholeNumbers(chart);
        body(SvgChart.of(chart, 520, 260, description.toString()));
    }

    /** Unknown is not nothing: with no value recorded the figure says so rather than £0. */
    private static String capital(java.math.@org.jspecify.annotations.Nullable BigDecimal total) {
        return total == null || total.signum() == 0 ? "not recorded" : Formats.money(total);
    }
}
