package uk.nhs.dorset.primarycare.mergers.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.ui.ChoicesWhenOpened;
import uk.nhs.dorset.primarycare.base.ui.BulkActions;
import uk.nhs.dorset.primarycare.base.ui.StatusBadge;
import uk.nhs.dorset.primarycare.base.ui.ExportLink;
import uk.nhs.dorset.primarycare.base.ui.QueryFilters;
import uk.nhs.dorset.primarycare.base.ui.RowLinks;
import uk.nhs.dorset.primarycare.base.ui.SortInUrl;
import uk.nhs.dorset.primarycare.base.ui.XlsxExport;
import uk.nhs.dorset.primarycare.base.ui.GridColumns;
import uk.nhs.dorset.primarycare.base.ui.SavedViewsMenu;
import static uk.nhs.dorset.primarycare.base.ui.XlsxExport.Kind.DATE;
import static uk.nhs.dorset.primarycare.base.ui.XlsxExport.Kind.MONEY;
import static uk.nhs.dorset.primarycare.base.ui.XlsxExport.Kind.NUMBER;
import static uk.nhs.dorset.primarycare.base.ui.XlsxExport.Kind.TEXT;
import uk.nhs.dorset.primarycare.mergers.FundingSource;
import uk.nhs.dorset.primarycare.mergers.MergerCase;
import uk.nhs.dorset.primarycare.mergers.MergerFilter;
import uk.nhs.dorset.primarycare.mergers.MergerReason;
import uk.nhs.dorset.primarycare.mergers.MergerService;
import uk.nhs.dorset.primarycare.mergers.MergerStatus;
import uk.nhs.dorset.primarycare.mergers.MergerTotals;
import uk.nhs.dorset.primarycare.security.CurrentUser;
import uk.nhs.dorset.primarycare.security.UserDirectory;
import uk.nhs.dorset.primarycare.base.ui.OwnerField;

/** Every merger support case, filtered by status, locality, reason and funding source. */
@Route("mergers")
@PageTitle("Merger cases — Primary Care Hub")
@Menu(order = 40, title = "Mergers", icon = "vaadin:handshake")
@RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
class MergersView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "mergers";

    private final MergerService mergers;
    private final ComboBox<MergerStatus> status = new ComboBox<>("Status");
    private final ComboBox<String> locality = new ComboBox<>("Locality");
    private final ComboBox<MergerReason> reason = new ComboBox<>("Reason");
    private final ComboBox<FundingSource> funding = new ComboBox<>("Funding source");
    private final OwnerField owner;
    private final Grid<MergerCase> grid = new Grid<>(MergerCase.class, false);
    private final Div summary = new Div();
    private boolean reading;

    private final GridColumns<MergerCase> columns;

    MergersView(MergerService mergers, CurrentUser currentUser, UserDirectory users, ObjectProvider<SavedViewsMenu> savedViews) {
        this.mergers = mergers;
        this.owner = OwnerField.forStaff(currentUser.actor(), users::staffNames);
        setSizeFull();
        status.setPlaceholder("Any");
        locality.setPlaceholder("Any");
        reason.setPlaceholder("Any");
        funding.setPlaceholder("Any");

        status.setItems(MergerStatus.values());
        status.setItemLabelGenerator(MergerStatus::label);
        ChoicesWhenOpened.of(locality, mergers::localityNames);
        reason.setItems(MergerReason.values());
        reason.setItemLabelGenerator(MergerReason::label);
        funding.setItems(FundingSource.values());
        funding.setItemLabelGenerator(FundingSource::label);
        for (ComboBox<?> box : List.of(status, locality, reason, funding, owner)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> {
                if (!reading) {
                    filtersChanged();
                }
            });
        }
        funding.setWidth("min(20rem, 100%)");
        status.setWidth("min(18rem, 100%)");

        Div toolbar = new Div(status, locality, reason, funding, owner);
        toolbar.addClassName("toolbar");
        if (currentUser.actor().hasAny(java.util.EnumSet.of(Role.TEAM, Role.ESTATES))) {
            Button create = new Button("New case", VaadinIcon.PLUS.create(), e -> getUI().ifPresent(ui -> ui.navigate(MergerCaseView.ROUTE_PREFIX + "new")));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }
        Anchor export = ExportLink.create("merger-cases", out -> XlsxExport.write(out, "Merger cases", columns().exportColumns(), mergers.list(filter()).stream()));
        toolbar.add(export);

        RowLinks.linkColumn(grid, c -> "#" + c.getId(), c -> MergerCaseView.ROUTE_PREFIX + c.getId())
                .setHeader("Case").setKey("case").setWidth("5.5rem").setFlexGrow(0).setSortProperty("id");
        grid.addColumn(MergerCase::getTitle).setHeader("Title").setKey("title").setWidth("15rem").setFlexGrow(2).setSortProperty("title")
                .setTooltipGenerator(MergerCase::getTitle);
        grid.addColumn(MergerCase::practicesLabel).setHeader("Practices").setKey("practices").setWidth("18rem").setFlexGrow(3)
                .setTooltipGenerator(MergerCase::practicesLabel);
        grid.addColumn(c -> c.getLocalityName() == null ? "" : c.getLocalityName()).setHeader("Locality").setKey("locality")
                .setAutoWidth(true).setSortProperty("localityName");
        grid.addColumn(c -> c.getReason().label()).setHeader("Reason").setKey("reason").setAutoWidth(true).setSortProperty("reason");
        grid.addColumn(StatusBadge.renderer(MergerCase::getStatus, MergerBadges::of)).setHeader("Status").setKey("status").setAutoWidth(true)
                .setSortProperty("status");
        grid.addColumn(c -> Formats.number(c.getCombinedListSize())).setHeader("Patients").setKey("patients").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END).setSortProperty("combinedListSize");
        grid.addColumn(c -> c.getFundingAmount() == null ? "" : Formats.money(c.getFundingAmount())).setHeader("Funding").setKey("funding")
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END).setSortProperty("fundingAmount");
        grid.addColumn(c -> c.getFundingSource() == null ? "" : c.getFundingSource() == FundingSource.NHSE_GPRP ? "NHSE GPRP" : "CCG")
                .setHeader("Source").setKey("source").setAutoWidth(true).setSortProperty("fundingSource");
        grid.addColumn(c -> Formats.date(c.getProposedMergerDate())).setHeader("Merger date").setKey("date").setAutoWidth(true)
                .setSortProperty("proposedMergerDate");
        grid.getColumns().forEach(c -> c.setResizable(true));
        columns = exportedColumns().onChange(this::writeUrl);
        toolbar.add(columns.menu());
        savedViews.ifAvailable(views -> toolbar.add(views.create(ROUTE)));
        grid.addSortListener(e -> writeUrl());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();

        summary.addClassName("grid-summary");
        add(new H2("Merger support cases"), toolbar, summary,
                BulkActions.of(grid, currentUser.actor(), MergerStatus.class, "cases", mergers::move).afterwards(this::refresh), grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryFilters url = QueryFilters.from(event.getLocation());
        MergerFilter fromUrl = MergerFilter.fromQuery(url.values());
        reading = true;
        SortInUrl.read(grid, url);
        columns.read(url);
        status.setValue(fromUrl.status());
        locality.setValue(fromUrl.locality());
        reason.setValue(fromUrl.reason());
        funding.setValue(fromUrl.fundingSource());
        owner.show(fromUrl.owner());
        reading = false;
        refresh();
    }

    private void filtersChanged() {
        writeUrl();
        refresh();
    }

    private void writeUrl() {
        if (reading) {
            return;
        }
        QueryFilters filters = new QueryFilters();
        filter().toQuery().forEach(filters::set);
        SortInUrl.write(grid, filters);
        columns.write(filters);
        getUI().ifPresent(ui -> filters.writeTo(ui, ROUTE));
    }

    private MergerFilter filter() {
        return new MergerFilter(status.getValue(), locality.getValue(), reason.getValue(), funding.getValue(), owner.getValue());
    }

    private void refresh() {
        MergerFilter filter = filter();
        MergerTotals totals = mergers.totals(filter);
        // The summary's totals already counted what the filter selects: one count per page.
        grid.setItems(query -> mergers.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) totals.cases());
        summary.removeAll();
        summary.add(new Text(Formats.number(totals.cases()) + (totals.cases() == 1 ? " case" : " cases")
                + " · " + Formats.number(totals.patientsAffected()) + " patients affected"
                + " · " + Formats.money(totals.resilienceFunding()) + " resilience funding"));
    }

    /** The columns, for the export link made before them: the export reads them when clicked. */
    private GridColumns<MergerCase> columns() {
        return columns;
    }

    /** Each column's export, once; the extra columns show only when picked, and export only then. */
    private GridColumns<MergerCase> exportedColumns() {
        return GridColumns.of(grid, "case")
                .export("case", NUMBER, MergerCase::getId)
                .export("title", TEXT, MergerCase::getTitle)
                .export("practices", TEXT, MergerCase::practicesLabel)
                .export("locality", TEXT, MergerCase::getLocalityName)
                .export("reason", TEXT, c -> c.getReason().label())
                .export("status", TEXT, c -> c.getStatus().label())
                .export("patients", NUMBER, MergerCase::getCombinedListSize)
                .export("funding", MONEY, MergerCase::getFundingAmount)
                .export("source", TEXT, c -> c.getFundingSource() == null ? null : c.getFundingSource().label())
                .export("date", DATE, MergerCase::getProposedMergerDate)
                .extra("continuing", "Continuing practice", TEXT, c -> c.continuing().label())
                .extra("pcseNotified", "PCSE notified", DATE, MergerCase::getPcseNotifiedOn)
                .extra("mergedOn", "Date merged", DATE, MergerCase::getMergerDate)
                .extra("owner", "Owner", TEXT, MergerCase::getOwner);
    }
}
