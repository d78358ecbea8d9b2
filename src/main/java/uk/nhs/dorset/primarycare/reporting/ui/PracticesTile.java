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
import uk.nhs.dorset.primarycare.practice.LocalitySummary;
import uk.nhs.dorset.primarycare.practice.PracticeFilter;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.practice.PracticeStatus;

/** Open practices by CQC rating, and where the vulnerable practices are. */
class PracticesTile extends Tile {

    PracticesTile(PracticeService practices) {
        super("Practices");
        long open = practices.count(filter(null, null, null));
        linkedFigure("Open practices", String.valueOf(open), "practices", filter(null, null, null).toQuery());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        StringBuilder description = new StringBuilder("Open practices by CQC rating:");
        for (CqcRating rating : CqcRating.values()) {
            PracticeFilter byRating = filter(rating, null, null);
            long count = practices.count(byRating);
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
        long total = 0;
        for (LocalitySummary locality : practices.localitySummaries()) {
            PracticeFilter byLocality = filter(null, locality.name(), true);
            long count = practices.count(byLocality);
            total += count;
            if (count > 0) {
                vulnerable.add(new Anchor(href("practices", byLocality.toQuery()), locality.name() + ": " + count));
            }
        }
        linkedFigure("Vulnerable", String.valueOf(total), "practices", filter(null, null, true).toQuery());
        body(vulnerable);
    }

    private static PracticeFilter filter(CqcRating rating, String locality, Boolean vulnerable) {
        return new PracticeFilter(null, locality, null, null, rating, PracticeStatus.OPEN, vulnerable);
    }
}
