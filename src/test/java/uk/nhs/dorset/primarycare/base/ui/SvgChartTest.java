package uk.nhs.dorset.primarycare.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
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
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setNumberFormatOverride(new java.text.DecimalFormat("£#,##0"));
        String svg = SvgChart.of(chart, 520, 220, "Nothing yet").getElement().getChild(0).getProperty("innerHTML", "")
;
        assertThat(svg).contains("£0").doesNotContain("-£0").doesNotContain("−£0");
    }
}
