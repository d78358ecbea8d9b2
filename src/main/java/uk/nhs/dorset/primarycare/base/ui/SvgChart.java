package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.RangeType;
import org.jfree.svg.SVGGraphics2D;

/**
 * A JFreeChart drawn to SVG on the server and shown as an SVG image (Vaadin Charts is
 * commercial). The image scales to its container; a text alternative is required because a
 * chart alone says nothing to a screen reader.
 */
public final class SvgChart {

    public static final Color NHS_BLUE = new Color(0x00, 0x5e, 0xb8);
    public static final Color GREEN = new Color(0x00, 0x7f, 0x3b);
    public static final Color AMBER = new Color(0xed, 0x8b, 0x00);
    public static final Color RED = new Color(0xda, 0x29, 0x1c);
    public static final Color GREY = new Color(0x76, 0x86, 0x92);
    public static final Color PALE_BLUE = new Color(0x41, 0xb6, 0xe6);

    private SvgChart() {
    }

    /**
     * Renders the chart at the given size (scaled to fit its container) with a text alternative.
     * The browser fetches the drawing as an image, so the page holds it compressed (a tenth of
     * the inline SVG, which a country's chart makes some 200 KB per user) and never as text in
     * the page's state.
     */
    public static Div of(JFreeChart chart, int width, int height, String description) {
        byte[] drawing = gzip(svg(chart, width, height, description));
        Image image = new Image(event -> send(drawing, event), description);
        image.getElement().setAttribute("width", String.valueOf(width));
        image.getElement().setAttribute("height", String.valueOf(height));
        Div box = new Div(image);
        box.addClassName("chart");
        box.getElement().setAttribute("title", description);
        return box;
    }

    /** The chart drawn as an SVG document that names itself to a screen reader. */
    public static String svg(JFreeChart chart, int width, int height, String description) {
        style(chart);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        String document = g2.getSVGDocument();
        int element = document.indexOf("<svg ") + "<svg ".length();
        return document.substring(0, element) + "role=\"img\" aria-label=\"" + escape(description)
                + "\" viewBox=\"0 0 " + width + " " + height + "\" " + document.substring(element);
    }

    /** Every browser takes it compressed; anything that does not gets it as it was drawn. */
    private static void send(byte[] drawing, DownloadEvent event) throws IOException {
        event.setContentType("image/svg+xml");
        event.inline();
        String accepts = event.getRequest().getHeader("Accept-Encoding");
        if (accepts != null && accepts.contains("gzip")) {
            event.getResponse().setHeader("Content-Encoding", "gzip");
            event.setContentLength(drawing.length);
            event.getOutputStream().write(drawing);
        } else {
            try (InputStream plain = new GZIPInputStream(new ByteArrayInputStream(drawing))) {
                plain.transferTo(event.getOutputStream());
            }
        }
    }

    private static byte[] gzip(String svg) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(svg.length() / 8);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(svg.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Counts are whole numbers: no 0.5 of a case on the axis. */
    public static JFreeChart wholeNumbers(JFreeChart chart) {
        if (chart.getPlot() instanceof CategoryPlot category && category.getRangeAxis() instanceof NumberAxis axis) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        } else if (chart.getPlot() instanceof XYPlot xy && xy.getRangeAxis() instanceof NumberAxis axis) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        return chart;
    }

    /**
     * The value axis of a chart of money reads "£200,000", never a bare "200,000" or "-£0": it
     * starts at zero, as a budget or a spend never goes below it.
     */
    public static JFreeChart pounds(JFreeChart chart) {
        if (chart.getPlot() instanceof CategoryPlot category && category.getRangeAxis() instanceof NumberAxis axis) {
            axis.setNumberFormatOverride(new java.text.DecimalFormat("£#,##0"));
            axis.setLabel(null);
            axis.setLowerBound(0);
            axis.setAutoRangeIncludesZero(true);
        }
        return chart;
    }

    /** One look for every chart: white background, light grid, readable fonts. */
    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(new Font("SansSerif", Font.BOLD, 14));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setItemFont(new Font("SansSerif", Font.PLAIN, 12));
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(new Color(0xd8, 0xdd, 0xe0));
            noNegativeAxis(category);
        } else if (plot instanceof XYPlot xy) {
            xy.setRangeGridlinePaint(new Color(0xd8, 0xdd, 0xe0));
            xy.setDomainGridlinePaint(new Color(0xd8, 0xdd, 0xe0));
        }
    }

    /**
     * Counts and money are never below nothing: an axis over values that are all zero or more
     * starts at zero, so it cannot read "-£0" (and an all-zero chart still has a plain scale).
     */
    private static void noNegativeAxis(CategoryPlot plot) {
        if (!(plot.getRangeAxis() instanceof NumberAxis axis) || plot.getDataset() == null) {
            return;
        }
        double max = 0;
        var data = plot.getDataset();
        for (int row = 0; row < data.getRowCount(); row++) {
            for (int col = 0; col < data.getColumnCount(); col++) {
                Number value = data.getValue(row, col);
                if (value != null && value.doubleValue() < 0) {
                    return;
                }
                max = value == null ? max : Math.max(max, value.doubleValue());
            }
        }
        axis.setRangeType(RangeType.POSITIVE);
        if (max == 0) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            axis.setRange(0, 1);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
