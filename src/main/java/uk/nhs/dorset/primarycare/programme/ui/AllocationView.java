package uk.nhs.dorset.primarycare.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.ui.ExportLink;
import uk.nhs.dorset.primarycare.base.ui.QueryFilters;
import uk.nhs.dorset.primarycare.base.ui.XlsxExport;
import uk.nhs.dorset.primarycare.base.ui.XlsxExport.Column;
import uk.nhs.dorset.primarycare.programme.AllocationComparison;
import uk.nhs.dorset.primarycare.programme.AllocationScenario;
import uk.nhs.dorset.primarycare.programme.AllocationService;
import uk.nhs.dorset.primarycare.programme.FundAllocation;
import uk.nhs.dorset.primarycare.programme.FundAllocation.Row;
import uk.nhs.dorset.primarycare.security.CurrentUser;

/**
 * The transformation fund's locality allocation, year by year, laid out as the CCG published it;
 * the programme manager models other years and compares them side by side.
 */
@Route("programme/allocation")
@PageTitle("Fund allocation — Primary Care Hub")
@Menu(order = 61, title = "Fund allocation", icon = "vaadin:pie-chart")
@RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.ADMIN_})
class AllocationView extends VerticalLayout implements BeforeEnterObserver {

    private static final String ROUTE = "programme/allocation";

    private final AllocationService allocation;
    private final Actor actor;
    private final Select<AllocationScenario> shown = new Select<>();
    private final Select<AllocationScenario> compare = new Select<>();
    private final Div tables = new Div();
    private List<AllocationScenario> scenarios = List.of();
    private boolean reading;

    AllocationView(AllocationService allocation, CurrentUser currentUser) {
        this.allocation = allocation;
        this.actor = currentUser.actor();
        shown.setLabel("Allocation");
        shown.setItemLabelGenerator(AllocationScenario::title);
        shown.setWidth("min(24rem, 90vw)");
        compare.setLabel("Compare with");
        compare.setItemLabelGenerator(s -> s == null ? "No comparison" : s.title());
        compare.setEmptySelectionAllowed(true);
        compare.setEmptySelectionCaption("No comparison");
        compare.setWidth("min(24rem, 90vw)");
        shown.addValueChangeListener(e -> changed());
        compare.addValueChangeListener(e -> changed());

        HorizontalLayout toolbar = new HorizontalLayout(shown, compare);
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        toolbar.setAlignItems(Alignment.BASELINE);
        if (actor.has(Role.MANAGER)) {
            Button model = new Button("Model a year…", e -> openEditor(null));
            Button edit = new Button("Edit figures…", e -> Optional.ofNullable(shown.getValue()).ifPresent(this::openEditor));
            edit.setEnabled(false);
            Span why = new Span();
            why.addClassName("disabled-reason");
            why.setVisible(false);
            shown.addValueChangeListener(e -> {
                boolean published = e.getValue() != null && e.getValue().isPublished();
                edit.setEnabled(e.getValue() != null && !published);
                String reason = published ? "A published allocation cannot be edited; model a year to change the figures" : null;
                edit.setTooltipText(reason);
                why.setText(reason == null ? "" : reason);
                why.setVisible(reason != null);
            });
            toolbar.add(model, edit, why);
        }
        toolbar.add(ExportLink.create("transformation-fund-allocation", out -> {
            AllocationScenario s = shown.getValue();
            List<Row> rows = s == null ? List.of() : withTotal(s.allocate());
            XlsxExport.write(out, s == null ? "Allocation" : s.getYear().toString().replace('/', '-'), exportColumns(), rows.stream());
        }));
        tables.addClassName("figure-row");
        tables.setWidthFull();
        add(new H2("Transformation fund: local deployment"),
                new Paragraph(allocation.method().explanation() + " "
                        + "Shares are rounded to whole pounds so that every column adds up exactly."),
                localitiesToday(), toolbar, tables);
        reload();
    }

    /** The organisation's own localities as they stand: the figures a new model starts from. */
    private Span localitiesToday() {
        List<FundAllocation.LocalityPopulation> today = allocation.currentPopulations();
        long population = today.stream().mapToLong(FundAllocation.LocalityPopulation::population).sum();
        Span span = new Span(today.isEmpty() ? "No localities yet: an administrator adds them in the set-up."
                : "Your localities today: " + Formats.count(today.size(), "locality", "localities")
                + ", practice population " + Formats.number(population) + ".");
        span.addClassName("localities-today");
        return span;
    }

    private void reload() {
        scenarios = allocation.scenarios();
        shown.setItems(scenarios);
        compare.setItems(scenarios);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryFilters f = QueryFilters.from(event.getLocation());
        reading = true;
        shown.setValue(f.get("scenario").flatMap(this::byId).orElse(scenarios.isEmpty() ? null : scenarios.getFirst()));
        compare.setValue(f.get("compare").flatMap(this::byId).orElse(null));
        reading = false;
        render();
    }

    private Optional<AllocationScenario> byId(String id) {
        return scenarios.stream().filter(s -> String.valueOf(s.getId()).equals(id)).findFirst();
    }

    private void changed() {
        if (reading) {
            return;
        }
        QueryFilters f = new QueryFilters()
                .set("scenario", shown.getValue() == null ? null : shown.getValue().getId())
                .set("compare", compare.getValue() == null ? null : compare.getValue().getId());
        getUI().ifPresent(ui -> f.writeTo(ui, ROUTE));
        render();
    }

    private void render() {
        tables.removeAll();
        AllocationScenario a = shown.getValue();
        if (a == null) {
            tables.add(new Paragraph("No allocation yet."));
            return;
        }
        tables.add(table(a));
        AllocationScenario b = compare.getValue();
        if (b != null && !b.equals(a)) {
            tables.add(table(b), comparison(a, b));
        }
    }

    private Div table(AllocationScenario s) {
        FundAllocation.Table t = s.allocate();
        Grid<Row> grid = new Grid<>();
        grid.addColumn(Row::locality).setHeader("Locality").setFooter("Grand Total").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(r -> Formats.number(r.population())).setHeader("Practice population")
                .setFooter(Formats.number(t.totalPopulation())).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> Formats.money(BigDecimal.valueOf(r.baseline()))).setHeader("Baseline")
                .setFooter(Formats.money(BigDecimal.valueOf(t.baseline()))).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> Formats.money(BigDecimal.valueOf(r.capitation()))).setHeader("Capitation")
                .setFooter(Formats.money(BigDecimal.valueOf(t.capitation()))).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> Formats.money(BigDecimal.valueOf(r.total()))).setHeader("Total")
                .setFooter(Formats.money(BigDecimal.valueOf(t.total()))).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setItems(t.rows());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        Div box = new Div(new H3(s.title()),
                new Span("Total " + Formats.money(s.getTotalAmount()) + " · baseline " + Formats.money(s.getBaselineAmount())
                        + " per locality · populations at " + Formats.date(s.getCensusDate())
                        + (s.isPublished() ? " · as published" : " · modelled by " + s.getUpdatedBy())),
                grid);
        if (s.getNotes() != null) {
            box.add(new Paragraph(s.getNotes()));
        }
        box.getStyle().set("flex", "1 1 30rem").set("min-width", "0");
        return box;
    }

    private Div comparison(AllocationScenario a, AllocationScenario b) {
        AllocationComparison c = AllocationComparison.of(a, b);
        Grid<AllocationComparison.Line> grid = new Grid<>();
        grid.addColumn(AllocationComparison.Line::locality).setHeader("Locality").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(d -> Formats.money(BigDecimal.valueOf(d.inBase()))).setHeader(c.base().getYear().toString())
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(d -> Formats.money(BigDecimal.valueOf(d.inOther()))).setHeader(c.other().getYear().toString())
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(d -> signed(d.difference())).setHeader("Difference").setTextAlign(ColumnTextAlign.END)
                .setFooter(signed(c.totalDifference()));
        grid.setItems(c.rows());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        Div box = new Div(new H3("Difference per locality"), new Span(c.other().title() + " against " + c.base().title()), grid);
        box.getStyle().set("flex", "1 1 30rem").set("min-width", "0");
        return box;
    }

    private static String signed(long amount) {
        return (amount > 0 ? "+" : amount < 0 ? "−" : "") + Formats.money(BigDecimal.valueOf(Math.abs(amount)));
    }

    private static List<Row> withTotal(FundAllocation.Table t) {
        List<Row> rows = new ArrayList<>(t.rows());
        rows.add(new Row("Grand Total", (int) t.totalPopulation(), t.baseline(), t.capitation()));
        return rows;
    }

    private static List<Column<Row>> exportColumns() {
        return List.of(Column.text("Locality", Row::locality),
                Column.number("Practice population", Row::population),
                Column.money("Baseline allocation (£)", Row::baseline),
                Column.money("Capitation based allocation (£)", Row::capitation),
                Column.money("Total allocation (£)", Row::total));
    }

    /** Opens the editor; after a save shows the saved year, next to the one shown when a new year was modelled. */
    private void openEditor(@Nullable AllocationScenario existing) {
        AllocationScenario before = shown.getValue();
        new AllocationEditor(allocation, existing, scenarios.isEmpty() ? null : scenarios.getLast().getYear(), saved -> {
            reload();
            reading = true;
            shown.setValue(byId(String.valueOf(existing == null && before != null ? before.getId() : saved.getId())).orElse(null));
            compare.setValue(existing == null ? byId(String.valueOf(saved.getId())).orElse(null) : compare.getValue());
            reading = false;
            changed();
        }).open();
    }
}
