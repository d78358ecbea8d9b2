package uk.nhs.dorset.primarycare.reporting.ui;

import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import uk.nhs.dorset.primarycare.base.ui.SvgChart;
import uk.nhs.dorset.primarycare.mergers.MergerFilter;
import uk.nhs.dorset.primarycare.mergers.MergerService;
import uk.nhs.dorset.primarycare.mergers.MergerStatus;

/** Open merger support cases by stage. */
class MergersTile extends Tile {

    MergersTile(MergerService mergers) {
        super("Merger support cases");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        StringBuilder description = new StringBuilder("Open merger cases by stage:");
        long open = 0;
        Map<MergerStatus, Long> byStatus = mergers.countByStatus(MergerFilter.none());
        for (MergerStatus status : MergerStatus.values()) {
            if (status.isTerminal()) {
                continue;
            }
            long count = byStatus.getOrDefault(status, 0L);
            open += count;
            data.addValue(count, "Cases", status.label());
            description.append(' ').append(status.label()).append(' ').append(count).append(';');
            if (count > 0) {
                linkedFigure(status.label(), String.valueOf(count), "mergers", Map.of("status", status.name()));
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, "Cases", data, PlotOrientation.HORIZONTAL, false, false, false);
        ((BarRenderer) chart.getCategoryPlot().getRenderer()).setSeriesPaint(0, SvgChart.NHS_BLUE);
        SvgChart.wholeNumbers(chart);
        body(SvgChart.of(chart, 520, 240, description.toString()));
        link("All " + open + " open cases and the closed ones", "mergers", Map.of());
    }
}
