package uk.nhs.dorset.primarycare.workforce.ui;

import uk.nhs.dorset.primarycare.base.ui.SvgChart;
import com.vaadin.flow.component.html.Div;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import uk.nhs.dorset.primarycare.workforce.GapCalculator.GapLine;
import uk.nhs.dorset.primarycare.workforce.StaffGroup;

/** Baseline against target FTE per locality for one staff group, as an SVG bar chart. */
final class GapChart {

    private GapChart() {
    }

    static Div of(List<GapLine> localityLines, StaffGroup group) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (GapLine l : localityLines) {
            if (l.group() != group) {
                continue;
            }
            // Compare like with like: the target share of the practices that supplied figures.
            data.addValue(l.baseline() == null ? null : l.baseline(), "Baseline FTE", l.scope());
            data.addValue(l.coveredTarget() == null ? l.target() : l.coveredTarget(), "Target FTE", l.scope());
        }
        JFreeChart chart = new JFreeChart(group.label() + ": baseline and target FTE by locality",
                new Font("SansSerif", Font.BOLD, 14), plot(data), true);
        chart.setBackgroundPaint(Color.WHITE);
        return SvgChart.of(chart, 900, 420, group.label() + " baseline and target FTE by locality");
    }

    private static CategoryPlot plot(DefaultCategoryDataset data) {
        org.jfree.chart.axis.CategoryAxis x = new org.jfree.chart.axis.CategoryAxis();
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        org.jfree.chart.axis.NumberAxis y = new org.jfree.chart.axis.NumberAxis("FTE");
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x00, 0x5E, 0xB8));
        renderer.setSeriesPaint(1, new Color(0xAE, 0xB7, 0xBD));
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD8, 0xDD, 0xE0));
        return plot;
    }
}
