package uk.nhs.dorset.primarycare.grants.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.math.BigDecimal;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
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
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setNumberFormatOverride(new java.text.DecimalFormat("£#,##0"));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setSeriesPaint(0, new Color(0x005EB8));
        renderer.setShadowVisible(false);
        SVGGraphics2D g2 = new SVGGraphics2D(640, 260);
        chart.draw(g2, new Rectangle(0, 0, 640, 260));
        Svg svg = new Svg(g2.getSVGElement(null, false, new org.jfree.svg.ViewBox(0, 0, 640, 260), null, null));
        Div box = new Div(svg);
        box.setMaxWidth("40rem");
        box.addClassName("chart");
        box.getElement().setAttribute("role", "img");
        box.getElement().setAttribute("aria-label", "Programme budget, committed, evidenced, paid, remaining and forecast underspend");
        return box;
    }

    private static void add(DefaultCategoryDataset data, String label, @Nullable BigDecimal value) {
        data.addValue(value == null ? 0 : value.doubleValue(), "£", label);
    }
}
