package uk.nhs.dorset.primarycare.grants.ui;

import uk.nhs.dorset.primarycare.base.ui.SvgChart;
import com.vaadin.flow.component.html.Div;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.grants.ProgrammeSummary;

/** A programme's money as a horizontal bar chart, drawn on the server as SVG. */
final class ProgrammeChart {

    private ProgrammeChart() {
    }

    static Div of(ProgrammeSummary summary) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        add(data, "Budget", summary.budget());
        add(data, "Committed", summary.committed());
        add(data, "Evidenced", summary.evidenced());
        add(data, "Paid", summary.paid());
        add(data, "Remaining", summary.remaining());
        add(data, "Forecast underspend", summary.forecastUnderspend());
        JFreeChart chart = org.jfree.chart.ChartFactory.createBarChart(null, null, "£", data, PlotOrientation.HORIZONTAL,
                false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        SvgChart.pounds(chart);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setSeriesPaint(0, new Color(0x005EB8));
        renderer.setShadowVisible(false);
        Div box = SvgChart.of(chart, 640, 260, "Programme budget, committed, evidenced, paid, remaining and forecast underspend");
        box.setMaxWidth("40rem");
        return box;
    }

    private static void add(DefaultCategoryDataset data, String label, @Nullable BigDecimal value) {
        data.addValue(value == null ? 0 : value.doubleValue(), "£", label);
    }
}
