package uk.nhs.dorset.primarycare.workforce.ui;

import uk.nhs.dorset.primarycare.base.ui.SvgChart;
import com.vaadin.flow.component.html.Div;
import java.awt.Color;
import java.awt.Font;
import java.util.Comparator;
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

    /** Localities a chart can show readably; of more, it shows those with the largest gap. */
    static final int MOST_LOCALITIES = 30;

    static Div of(List<GapLine> localityLines, StaffGroup group) {
        List<GapLine> lines = charted(localityLines, group);
        boolean largest = lines.size() < localityLines.stream().filter(l -> l.group() == group).count();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (GapLine l : lines) {
            // Compare like with like: the target share of the practices that supplied figures.
            data.addValue(l.baseline() == null ? null : l.baseline(), "Baseline FTE", l.scope());
            data.addValue(l.coveredTarget() == null ? l.target() : l.coveredTarget(), "Target FTE", l.scope());
        }
        String title = group.label() + ": baseline and target FTE by locality"
                + (largest ? ", the " + MOST_LOCALITIES + " with the largest gap" : "");
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 14), plot(data), true);
        chart.setBackgroundPaint(Color.WHITE);
        return SvgChart.of(chart, 900, 420, title);
    }

    /** The group's localities the chart shows: all of an area's, or of a country's the largest gaps. */
    static List<GapLine> charted(List<GapLine> localityLines, StaffGroup group) {
        List<GapLine> lines = localityLines.stream().filter(l -> l.group() == group).toList();
        return lines.size() <= MOST_LOCALITIES ? lines : lines.stream()
                .sorted(Comparator.comparing(GapLine::gap, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(MOST_LOCALITIES).toList();
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
