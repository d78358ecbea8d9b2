package uk.nhs.dorset.primarycare.estates.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.LocalDate;
import java.util.function.Supplier;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.ui.RowLinks;
import uk.nhs.dorset.primarycare.base.ui.StatusBadge;
import uk.nhs.dorset.primarycare.base.ui.GridColumns;
import static uk.nhs.dorset.primarycare.base.ui.XlsxExport.Kind.DATE;
import static uk.nhs.dorset.primarycare.base.ui.XlsxExport.Kind.MONEY;
import static uk.nhs.dorset.primarycare.base.ui.XlsxExport.Kind.NUMBER;
import static uk.nhs.dorset.primarycare.base.ui.XlsxExport.Kind.TEXT;
import uk.nhs.dorset.primarycare.estates.EttfFilter;
import uk.nhs.dorset.primarycare.estates.EttfProject;
import uk.nhs.dorset.primarycare.estates.EttfService;

/** The pipeline as a sortable, paged grid over the view's filters, and the same projects as an export. */
final class ProjectsGrid extends Grid<EttfProject> {

    /** Which columns show, kept in the address, and what the export writes: exactly those. */
    final GridColumns<EttfProject> columns;

    ProjectsGrid(EttfService service, Supplier<EttfFilter> filter, java.util.function.LongSupplier count) {
        super(EttfProject.class, false);
        LocalDate today = service.today();
        RowLinks.linkColumn(this, EttfProject::getName, p -> "estates/" + p.getId())
                .setHeader("Project").setKey("name").setSortProperty("name").setWidth("16rem").setFlexGrow(2);
        addColumn(StatusBadge.<EttfProject, EstatesUi.StageShown>renderer(EstatesUi.StageShown::of, EstatesUi::stageBadge)).setHeader("Stage").setKey("stage").setSortProperty("stage").setAutoWidth(true);
        addColumn(StatusBadge.renderer(EttfProject::getRag, EstatesUi::ragBadge)).setHeader("RAG").setKey("rag").setSortProperty("rag").setAutoWidth(true);
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
        columns = exportedColumns(today);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setItems(query -> service.search(filter.get(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) count.getAsLong());
    }

    /** Each column's export, once; the extra columns show only when picked, and export only then. */
    private GridColumns<EttfProject> exportedColumns(LocalDate today) {
        return GridColumns.of(this, "name")
                .export("name", TEXT, EttfProject::getName)
                .export("stage", TEXT, EttfProject::stageLabel)
                .export("rag", TEXT, p -> p.getRag().label())
                .export("locality", TEXT, p -> p.getLocality() == null ? null : p.getLocality().getName())
                .export("lead", TEXT, EttfProject::leadLabel)
                .export("type", TEXT, p -> p.getType().label())
                .export("capital", MONEY, EttfProject::getCapitalValue)
                .export("milestone", TEXT, p -> p.nextMilestone().map(r -> r.getStage().label()).orElse(null))
                .export("days", TEXT, p -> EstatesUi.daysTo(p, today))
                .extra("ragReason", "RAG reason", TEXT, EttfProject::getRagReason)
                .extra("ettfShare", "ETTF share", MONEY, EttfProject::getEttfShare)
                .extra("revenue", "Annual revenue consequences", MONEY, EttfProject::getAnnualRevenueCost)
                .extra("revenueBorneBy", "Revenue borne by", TEXT, EttfProject::getRevenueBorneBy)
                .extra("programmeEnd", "Programme end", DATE, EttfProject::getProgrammeEndDate)
                .extra("owner", "Owner", TEXT, EttfProject::getOwner)
                .extra("feasibility", "Feasibility % complete", NUMBER, EttfProject::getFeasibilityPercent)
                .extra("nextSteps", "Next steps", TEXT, EttfProject::getNextSteps)
                .extra("milestoneDate", "Next milestone date", DATE, p -> p.nextMilestone().map(r -> r.getPlannedDate()).orElse(null))
                .extra("overdue", "Overdue", TEXT, p -> p.isOverdue(today) ? "Overdue" : "");
    }
}
