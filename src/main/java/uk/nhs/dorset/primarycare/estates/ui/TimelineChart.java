package uk.nhs.dorset.primarycare.estates.ui;

import uk.nhs.dorset.primarycare.base.ui.SvgChart;
import com.vaadin.flow.component.html.Div;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import uk.nhs.dorset.primarycare.estates.EttfProject;
import uk.nhs.dorset.primarycare.estates.ProjectStage;
import uk.nhs.dorset.primarycare.estates.StageRecord;

/**
 * A project's stages over time: planned dates as hollow squares, actual dates as a filled line
 * in the order the stages happened, and today as a vertical line. Drawn on the server as SVG.
 */
final class TimelineChart {

    private TimelineChart() {
    }

    static Div of(EttfProject project, LocalDate today) {
        List<ProjectStage> stages = List.of(ProjectStage.values());
        XYSeries planned = new XYSeries("Planned", false, true);
        XYSeries actual = new XYSeries("Actual", false, true);
        for (StageRecord r : project.getStageRecords()) {
            if (r.getPlannedDate() != null) {
                planned.add(millis(r.getPlannedDate()), stages.indexOf(r.getStage()));
            }
            if (r.getActualDate() != null) {
                actual.add(millis(r.getActualDate()), stages.indexOf(r.getStage()));
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(actual);
        data.addSeries(planned);

        DateAxis time = new DateAxis("Date");
        time.setDateFormatOverride(new java.text.SimpleDateFormat("MMM yyyy", java.util.Locale.UK));
        SymbolAxis stageAxis = new SymbolAxis(null, stages.stream().map(ProjectStage::label).toArray(String[]::new));
        stageAxis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, true);
        renderer.setSeriesShapesVisible(0, true);
        renderer.setSeriesPaint(0, new Color(0x00, 0x5E, 0xB8));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesShapesVisible(1, true);
        renderer.setSeriesShapesFilled(1, false);
        renderer.setSeriesPaint(1, new Color(0xAE, 0x25, 0x73));
        renderer.setSeriesShape(1, new Rectangle2D.Double(-6, -6, 12, 12));
        XYPlot plot = new XYPlot(data, time, stageAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        ValueMarker now = new ValueMarker(millis(today), new Color(0x42, 0x54, 0x63), new BasicStroke(1f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 4f}, 0f));
        now.setLabel("Today");
        now.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        plot.addDomainMarker(now);
        if (data.getItemCount(0) + data.getItemCount(1) == 0) {
            time.setRange(millis(today.minusMonths(6)), millis(today.plusMonths(6)));
        }
        JFreeChart chart = new JFreeChart("Planned and actual stage dates", new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);

        return SvgChart.of(chart, 900, 460, "Timeline of planned and actual stage dates for " + project.getName());
    }

    private static double millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
