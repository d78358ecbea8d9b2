package uk.nhs.dorset.primarycare.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class SvgChartTest {

    @Test
    void aMoneyAxisOverNothingYetNeverReadsMinusNoughtPounds() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(0, "£", "Budget");
        data.addValue(0, "£", "Committed");
        JFreeChart chart = ChartFactory.createBarChart(null, null, "£", data, PlotOrientation.HORIZONTAL, false, false, false);
        SvgChart.pounds(chart);
        String svg = SvgChart.svg(chart, 520, 220, "Nothing yet");
        assertThat(svg).contains("£0").doesNotContain("-£0").doesNotContain("−£0");
    }

    @Test
    void aMoneyAxisWritesPoundsOnEveryTick() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(691_000, "£", "Budget");
        data.addValue(660_000, "£", "Evidenced");
        JFreeChart chart = SvgChart.pounds(ChartFactory.createBarChart(null, null, "£", data, PlotOrientation.HORIZONTAL,
                false, false, false));
        String svg = SvgChart.svg(chart, 520, 220, "A programme");
        assertThat(svg).contains("£200,000").doesNotContain(">200,000<");
    }

    @Test
    void theDrawingIsAStandaloneImageThatNamesItselfToAScreenReader() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(3, "Bids", "Open");
        JFreeChart chart = ChartFactory.createBarChart(null, null, "Bids", data, PlotOrientation.VERTICAL, false, false, false);
        String svg = SvgChart.svg(chart, 400, 200, "Bids \"open\" at $1 & <more>");
        assertThat(svg).containsOnlyOnce("<svg ")
                .contains("xmlns='http://www.w3.org/2000/svg'")
                .contains("role=\"img\" aria-label=\"Bids &quot;open&quot; at $1 &amp; &lt;more>\"")
                .contains("viewBox=\"0 0 400 200\"");
    }
}
