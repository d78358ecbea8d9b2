package uk.nhs.dorset.primarycare.estates.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.ui.RowLinks;
import uk.nhs.dorset.primarycare.base.ui.StatusBadge;
import uk.nhs.dorset.primarycare.base.ui.XlsxExport;
import uk.nhs.dorset.primarycare.estates.EttfFilter;
import uk.nhs.dorset.primarycare.estates.EttfProject;
import uk.nhs.dorset.primarycare.estates.EttfService;

/** The pipeline as a sortable, paged grid over the view's filters, and the same projects as an export. */
final class ProjectsGrid extends Grid<EttfProject> {

    ProjectsGrid(EttfService service, Supplier<EttfFilter> filter, java.util.function.LongSupplier count) {
        super(EttfProject.class, false);
        LocalDate today = service.today();
        RowLinks.linkColumn(this, EttfProject::getName, p -> "estates/" + p.getId())
                .setHeader("Project").setKey("name").setSortProperty("name").setWidth("16rem").setFlexGrow(2);
        addColumn(StatusBadge.<EttfProject>renderer(EstatesUi::stageBadge)).setHeader("Stage").setKey("stage").setSortProperty("stage").setAutoWidth(true);
        addColumn(StatusBadge.<EttfProject>renderer(p -> EstatesUi.ragBadge(p.getRag()))).setHeader("RAG").setKey("rag").setSortProperty("rag").setAutoWidth(true);
        addColumn(p -> p.getLocality() == null ? "" : p.getLocality().getName()).setHeader("Locality").setKey("locality").setAutoWidth(true);
        addColumn(EttfProject::leadLabel).setHeader("Lead organisation").setKey("lead").setWidth("12rem")
                .setTooltipGenerator(EttfProject::leadLabel);
        addColumn(p -> p.getType().label()).setHeader("Type").setKey("type").setAutoWidth(true);
        addColumn(p -> p.getCapitalValue() == null ? "not recorded" : Formats.money(p.getCapitalValue())).setHeader("Capital value")
                .setKey("capital").setSortProperty("capitalValue").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(EstatesUi::nextMilestone).setHeader("Next milestone").setKey("milestone").setAutoWidth(true);
        addColumn(LitRenderer.<EttfProject>of("<span class=\"${item.overdue ? 'overdue' : ''}\">${item.days}</span>")
                        .withProperty("days", p -> EstatesUi.daysTo(p, today))
                        .withProperty("overdue", p -> p.isOverdue(today)))
                .setHeader("Days to it").setKey("days").setAutoWidth(true);
        getColumns().forEach(c -> c.setResizable(true));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setItems(query -> service.search(filter.get(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) count.getAsLong());
    }

    /** The export's columns: everything the grid shows and the details behind it. */
    static List<XlsxExport.Column<EttfProject>> columns(LocalDate today) {
        return List.of(
                XlsxExport.Column.text("Project", EttfProject::getName),
                XlsxExport.Column.text("Stage", EttfProject::stageLabel),
                XlsxExport.Column.text("RAG", p -> p.getRag().label()),
                XlsxExport.Column.text("RAG reason", EttfProject::getRagReason),
                XlsxExport.Column.text("Locality", p -> p.getLocality() == null ? null : p.getLocality().getName()),
                XlsxExport.Column.text("Practices", p -> p.getPractices().stream().map(pr -> pr.getOdsCode() + " " + pr.getName())
                        .collect(Collectors.joining("; "))),
                XlsxExport.Column.text("Lead organisation", EttfProject::leadLabel),
                XlsxExport.Column.text("Type", p -> p.getType().label()),
                XlsxExport.Column.money("Capital value", EttfProject::getCapitalValue),
                XlsxExport.Column.money("ETTF share", EttfProject::getEttfShare),
                XlsxExport.Column.money("Annual revenue consequences", EttfProject::getAnnualRevenueCost),
                XlsxExport.Column.text("Revenue borne by", EttfProject::getRevenueBorneBy),
                XlsxExport.Column.date("Programme end", EttfProject::getProgrammeEndDate),
                XlsxExport.Column.number("Feasibility % complete", EttfProject::getFeasibilityPercent),
                XlsxExport.Column.text("Next steps", EttfProject::getNextSteps),
                XlsxExport.Column.text("Next milestone", p -> p.nextMilestone().map(r -> r.getStage().label()).orElse(null)),
                XlsxExport.Column.date("Next milestone date", p -> p.nextMilestone().map(r -> r.getPlannedDate()).orElse(null)),
                XlsxExport.Column.text("Overdue", p -> p.isOverdue(today) ? "Overdue" : ""));
    }
}
