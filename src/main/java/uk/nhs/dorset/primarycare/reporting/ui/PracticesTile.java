package uk.nhs.dorset.primarycare.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import uk.nhs.dorset.primarycare.base.ui.SvgChart;
import uk.nhs.dorset.primarycare.practice.CqcRating;
import uk.nhs.dorset.primarycare.practice.PracticeFilter;
import uk.nhs.dorset.primarycare.practice.OpenPracticeFigures;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.practice.PracticeStatus;

/** Open practices by CQC rating, and where the vulnerable practices are. */
class PracticesTile extends Tile {

    PracticesTile(PracticeService practices) {
        super("Practices");
        OpenPracticeFigures figures = practices.openFigures();
        linkedFigure("Open practices", String.valueOf(figures.open()), "practices", filter(null, null, null).toQuery());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        StringBuilder description = new StringBuilder("Open practices by CQC rating:");
        for (CqcRating rating : CqcRating.values()) {
            PracticeFilter byRating = filter(rating, null, null);
            long count = figures.byRating().get(rating);
            data.addValue(count, "Practices", rating.label());
            description.append(' ').append(rating.label()).append(' ').append(count).append(';');
            if (count > 0) {
                linkedFigure(rating.label(), String.valueOf(count), "practices", byRating.toQuery());
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, "Practices", data, PlotOrientation.VERTICAL, false, false, false);
        ((BarRenderer) chart.getCategoryPlot().getRenderer()).setSeriesPaint(0, SvgChart.NHS_BLUE);
        SvgChart.wholeNumbers(chart);
        body(SvgChart.of(chart, 520, 220, description.toString()));

        Div vulnerable = new Div();
        vulnerable.addClassName("tile-links");
        long total = figures.flagged();
        figures.flaggedByLocality().forEach((locality, count) ->
                vulnerable.add(new Anchor(href("practices", filter(null, locality, true).toQuery()), locality + ": " + count)));
        linkedFigure("Vulnerable", String.valueOf(total), "practices", filter(null, null, true).toQuery());
        body(vulnerable);
    }

    private static PracticeFilter filter(CqcRating rating, String locality, Boolean vulnerable) {
        return new PracticeFilter(null, locality, null, null, rating, PracticeStatus.OPEN, vulnerable);
    }
}
