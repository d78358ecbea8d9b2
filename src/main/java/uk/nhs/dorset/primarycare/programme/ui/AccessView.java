package uk.nhs.dorset.primarycare.programme.ui;

import uk.nhs.dorset.primarycare.base.ui.Figure;
import uk.nhs.dorset.primarycare.base.ui.SvgChart;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import uk.nhs.dorset.primarycare.base.ui.DecimalField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.OrganisationSettings;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.practice.Cluster;
import uk.nhs.dorset.primarycare.programme.AccessCoverage;
import uk.nhs.dorset.primarycare.programme.AccessService;
import uk.nhs.dorset.primarycare.programme.AccessService.Coverage;
import uk.nhs.dorset.primarycare.programme.AccessService.Week;
import uk.nhs.dorset.primarycare.security.CurrentUser;

/** Improved access: clinical hours delivered per cluster and for the whole organisation against the requirement and trajectory. */
@Route("programme/access")
@PageTitle("Improved access — Primary Care Hub")
@Menu(order = 62, title = "Improved access", icon = "vaadin:clock")
@RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.ADMIN_})
class AccessView extends VerticalLayout {

    private final AccessService access;
    private final Grid<Week> grid = new Grid<>();
    private final Div chart = new Div();
    private final Div populations = new Div();
    /** The organisation's clusters, in the order of the service's weeks. */
    private final List<Cluster> clusters;

    private final Clock clock;
    /** The whole area's name in the figures, columns and chart: the organisation's own. */
    private final String whole;

    AccessView(AccessService access, CurrentUser currentUser, Clock clock, OrganisationSettings organisation) {
        this.access = access;
        this.clock = clock;
        this.whole = organisation.nameOr("Whole area");
        add(new H2("Improved access to general practice"),
                new Paragraph("Full coverage is " + Formats.number(access.minutesPerThousand())
                        + " minutes of clinical time per 1,000 population per week. "
                        + "Trajectory: 50% by April 2018, 100% by October 2018."));
        populations.addClassName("figure-row");
        add(populations);
        clusters = List.copyOf(access.clusterPopulations().keySet());
        if (clusters.isEmpty()) {
            add(new Paragraph("No clusters yet: an administrator puts the localities in clusters under Set-up."));
        }

        if (currentUser.actor().hasAny(java.util.EnumSet.of(Role.TEAM, Role.MANAGER))) {
            add(recordForm());
        }

        grid.addColumn(w -> Formats.date(w.weekStart()) + " – " + Formats.date(w.weekStart().plusDays(6)))
                .setHeader("Week").setAutoWidth(true).setFlexGrow(0);
        for (int i = 0; i < clusters.size(); i++) {
            int index = i;
            grid.addColumn(w -> cell(w.clusters().get(index))).setHeader(clusters.get(i).label() + " cluster")
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        grid.addColumn(w -> cell(w.whole())).setHeader(whole).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(w -> Formats.percent(w.trajectory())).setHeader("Trajectory").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        chart.addClassName("chart");
        chart.setWidthFull();
        add(new H3("Coverage against trajectory"), chart, new H3("Weekly hours and coverage"), grid);
        refresh();
    }

    private static String cell(Coverage c) {
        if (c.hours() == null) {
            return "not recorded";
        }
        return Formats.number(c.hours()) + " hours (" + Formats.percent(c.coverage()) + ")";
    }

    private HorizontalLayout recordForm() {
        DatePicker week = new DatePicker("Week starting (Sunday)");
        week.setLocale(Formats.LOCALE);
        week.setI18n(new DatePicker.DatePickerI18n().setDateFormat(Formats.DATE_PATTERN).setFirstDayOfWeek(0));
        week.setValue(LocalDate.now(clock).with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)));
        Select<Cluster> cluster = new Select<>();
        cluster.setLabel("Cluster");
        cluster.setItems(clusters);
        cluster.setItemLabelGenerator(Cluster::label);
        BigDecimalField hours = DecimalField.number("Clinical hours delivered");
        Button record = new Button("Record hours", e -> {
            try {
                if (week.getValue() == null || cluster.getValue() == null || hours.getValue() == null) {
                    throw new IllegalArgumentException("Give the week, the cluster and the hours delivered");
                }
                access.record(week.getValue(), cluster.getValue(), hours.getValue());
                Notifications.success("Hours recorded for the " + cluster.getValue().label() + " cluster");
                hours.clear();
                refresh();
            } catch (RuntimeException ex) {
                Notifications.error(UserMessages.of(ex));
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(week, cluster, hours, record);
        form.addClassName("toolbar");
        form.setWrap(true);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    private void refresh() {
        List<Week> weeks = access.weeks().reversed();
        grid.setItems(weeks);
        populations.removeAll();
        Map<Cluster, Long> pops = access.clusterPopulations();
        long total = 0;
        for (Map.Entry<Cluster, Long> c : pops.entrySet()) {
            populations.add(figure(c.getKey().label() + " cluster", c.getValue()));
            total += c.getValue();
        }
        populations.add(figure(whole, total));
        chart.removeAll();
        chart.add(chart(weeks.reversed(), whole));
    }

    private Div figure(String label, long population) {
        return new Figure(label, Formats.number(population) + " people · " + Formats.number(access.requiredHours(population)) + " hours a week");
    }

    static Div chart(List<Week> weeks, String whole) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        TimeSeries wholeSeries = new TimeSeries(whole);
        List<TimeSeries> clusterSeries = weeks.isEmpty() ? List.of() : weeks.getFirst().clusters().stream()
                .map(c -> new TimeSeries(c.cluster() == null ? "" : c.cluster().label())).toList();
        TimeSeries target = new TimeSeries("Trajectory");
        for (Week w : weeks) {
            add(wholeSeries, w.weekStart(), w.whole().coverage());
            for (int i = 0; i < clusterSeries.size(); i++) {
                add(clusterSeries.get(i), w.weekStart(), w.clusters().get(i).coverage());
            }
        }
        LocalDate start = LocalDate.of(2017, 10, 1);
        LocalDate end = weeks.isEmpty() ? AccessCoverage.FULL_BY.plusWeeks(4)
                : max(weeks.getLast().weekStart(), AccessCoverage.FULL_BY.plusWeeks(4));
        for (LocalDate d = start; !d.isAfter(end); d = d.plusWeeks(1)) {
            add(target, d, AccessCoverage.trajectory(d));
        }
        data.addSeries(wholeSeries);
        clusterSeries.forEach(data::addSeries);
        data.addSeries(target);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, "Week starting", "Coverage", data, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setNumberFormatOverride(new java.text.DecimalFormat("0%"));
        y.setRange(0, 1.2);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        Color[] clusterColours = {new Color(0x007F3B), new Color(0x8A6D00), new Color(0x7C2855), new Color(0x330072),
                new Color(0xAE2573), new Color(0x00A499)};
        renderer.setSeriesPaint(0, new Color(0x005EB8));
        renderer.setSeriesStroke(0, new BasicStroke(3f));
        for (int i = 1; i <= clusterSeries.size(); i++) {
            renderer.setSeriesPaint(i, clusterColours[(i - 1) % clusterColours.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        int trajectory = clusterSeries.size() + 1;
        renderer.setSeriesPaint(trajectory, new Color(0x425563));
        renderer.setSeriesShapesVisible(trajectory, false);
        renderer.setSeriesStroke(trajectory, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        plot.setRenderer(renderer);
        return SvgChart.of(chart, 900, 360, "Improved access coverage per cluster and for " + whole + " against the target trajectory");
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static void add(TimeSeries series, LocalDate day, @Nullable BigDecimal value) {
        if (value != null) {
            series.addOrUpdate(new Day(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()), java.util.TimeZone.getTimeZone("UTC"), Formats.LOCALE), value);
        }
    }
}
