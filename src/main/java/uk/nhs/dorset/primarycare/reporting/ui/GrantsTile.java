package uk.nhs.dorset.primarycare.reporting.ui;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.ui.SvgChart;
import uk.nhs.dorset.primarycare.grants.DeadlineState;
import uk.nhs.dorset.primarycare.grants.GrantFilter;
import uk.nhs.dorset.primarycare.grants.GrantProgramme;
import uk.nhs.dorset.primarycare.grants.GrantProgrammeService;
import uk.nhs.dorset.primarycare.grants.GrantService;
import uk.nhs.dorset.primarycare.grants.ProgrammeSummary;

/** The premises improvement grant programme with a confirmed budget: where its money stands. */
class GrantsTile extends Tile {

    GrantsTile(GrantService grants, GrantProgrammeService programmes) {
        super("Premises improvement grants");
        Optional<GrantProgramme> current = programmes.programmes().stream()
                .filter(p -> p.getBudget() != null)
                .max(Comparator.comparing(GrantProgramme::getFinancialYear));
        if (current.isEmpty()) {
            link("No programme has a confirmed budget yet: see the bids", "grants", Map.of());
            return;
        }
        GrantProgramme programme = current.get();
        ProgrammeSummary s = programmes.summary(programme.getId());
        String year = programme.getName();
        long atRisk = s.inWorks(DeadlineState.AT_RISK, grants.today());
        long slipped = s.inWorks(DeadlineState.SLIPPED, grants.today());
        figure(year + " budget", Formats.money(s.budget()))
                .figure("Committed", Formats.money(s.committed()))
                .figure("Evidenced", Formats.money(s.evidenced()))
                .figure("Paid", Formats.money(s.paid()))
                .linkedFigure("At risk of missing 31 March", String.valueOf(atRisk), "grants",
                        Map.of("programme", year, "deadline", DeadlineState.AT_RISK.name()))
                .linkedFigure("Slipped past the deadline", String.valueOf(slipped), "grants",
                        Map.of("programme", year, "deadline", DeadlineState.SLIPPED.name()));
        body(chart(year, s));
        link("All " + year + " bids", "grants", Map.of("programme", year));
    }

    private static com.vaadin.flow.component.Component chart(String year, ProgrammeSummary s) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(value(s.budget()), "£", "Budget");
        data.addValue(value(s.committed()), "£", "Committed");
        data.addValue(value(s.evidenced()), "£", "Evidenced");
        data.addValue(value(s.paid()), "£", "Paid");
        JFreeChart chart = ChartFactory.createBarChart(null, null, "£", data, PlotOrientation.HORIZONTAL, false, false, false);
        ((BarRenderer) chart.getCategoryPlot().getRenderer()).setSeriesPaint(0, SvgChart.NHS_BLUE);
        SvgChart.pounds(chart);
        return SvgChart.of(chart, 520, 220, year + " programme: budget " + Formats.money(s.budget()) + ", committed "
                + Formats.money(s.committed()) + ", evidenced " + Formats.money(s.evidenced()) + ", paid " + Formats.money(s.paid()));
    }

    private static double value(BigDecimal amount) {
        return amount == null ? 0 : amount.doubleValue();
    }
}
