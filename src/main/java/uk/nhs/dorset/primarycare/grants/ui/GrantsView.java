package uk.nhs.dorset.primarycare.grants.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.ui.ChoicesWhenOpened;
import uk.nhs.dorset.primarycare.base.ui.BulkActions;
import uk.nhs.dorset.primarycare.base.workflow.BulkMove;
import uk.nhs.dorset.primarycare.base.ui.StatusBadge;
import uk.nhs.dorset.primarycare.base.ui.ExportLink;
import uk.nhs.dorset.primarycare.base.ui.OwnerField;
import uk.nhs.dorset.primarycare.base.ui.QueryFilters;
import uk.nhs.dorset.primarycare.base.ui.RowLinks;
import uk.nhs.dorset.primarycare.base.ui.SortInUrl;
import uk.nhs.dorset.primarycare.base.ui.XlsxExport;
import uk.nhs.dorset.primarycare.base.ui.GridColumns;
import uk.nhs.dorset.primarycare.base.ui.SavedViewsMenu;
import static uk.nhs.dorset.primarycare.base.ui.XlsxExport.Kind.DATE;
import static uk.nhs.dorset.primarycare.base.ui.XlsxExport.Kind.MONEY;
import static uk.nhs.dorset.primarycare.base.ui.XlsxExport.Kind.PERCENT;
import static uk.nhs.dorset.primarycare.base.ui.XlsxExport.Kind.TEXT;
import uk.nhs.dorset.primarycare.grants.BidStatus;
import uk.nhs.dorset.primarycare.grants.DeadlineState;
import uk.nhs.dorset.primarycare.grants.BidRow;
import uk.nhs.dorset.primarycare.grants.GrantFilter;
import uk.nhs.dorset.primarycare.grants.GrantProgramme;
import uk.nhs.dorset.primarycare.grants.GrantProgrammeService;
import uk.nhs.dorset.primarycare.grants.GrantService;
import uk.nhs.dorset.primarycare.grants.GridTotals;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.security.CurrentUser;
import uk.nhs.dorset.primarycare.security.UserDirectory;

/** Grant bids across programmes, filtered and totalled, with the chosen programme's money. */
@Route("grants")
@PageTitle("Premises improvement grants — Primary Care Hub")
@Menu(order = 20, title = "Grants", icon = "vaadin:coin-piles")
@RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
class GrantsView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "grants";

    private final GrantService grants;
    private final GrantProgrammeService programmes;
    private final PracticeService practices;
    private final Actor actor;
    private final LocalDate today;

    final ComboBox<GrantProgramme> programme = new ComboBox<>("Programme");
    private final ChoicesWhenOpened<GrantProgramme> programmeChoices;
    final ComboBox<BidStatus> status = new ComboBox<>("Status");
    final ComboBox<Practice> practice = new ComboBox<>("Practice");
    final ComboBox<String> locality = new ComboBox<>("Locality");
    final ComboBox<DeadlineState> deadline = new ComboBox<>("Deadline");
    final TextField text = new TextField("Search");
    final OwnerField owner;
    final Grid<BidRow> grid = new Grid<>();
    final Span summary = new Span();
    private final ProgrammePanel panel;
    private final Div exportBox = new Div();
    private final GridColumns<BidRow> columns;
    private boolean reading;

    GrantsView(GrantService grants, GrantProgrammeService programmes, PracticeService practices, CurrentUser currentUser,
               UserDirectory users, ObjectProvider<SavedViewsMenu> savedViews) {
        this.grants = grants;
        this.programmes = programmes;
        this.practices = practices;
        this.panel = new ProgrammePanel(programmes, currentUser.actor(), this::programmeSaved);
        this.actor = currentUser.actor();
        this.today = grants.today();
        this.owner = OwnerField.forStaff(actor, users::staffNames);
        setWidthFull();

        programme.setItemLabelGenerator(GrantProgramme::getName);
        programmeChoices = ChoicesWhenOpened.of(programme, programmes::programmes);
        programme.setClearButtonVisible(true);
        programme.setPlaceholder("All");
        status.setItems(BidStatus.values());
        status.setItemLabelGenerator(BidStatus::label);
        status.setClearButtonVisible(true);
        status.setPlaceholder("Any");
        // Read a page at a time as the user types: the list of every open practice is national-sized.
        practice.setItems(query -> practices.openPractices(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        practice.setItemLabelGenerator(p -> p.getOdsCode() + " " + p.getName());
        practice.setClearButtonVisible(true);
        practice.setPlaceholder("Any");
        ChoicesWhenOpened.of(locality, () -> practices.localities().stream().map(Locality::getName).toList());
        locality.setClearButtonVisible(true);
        locality.setPlaceholder("Any");
        deadline.setItems(DeadlineState.AT_RISK, DeadlineState.SLIPPED);
        deadline.setItemLabelGenerator(DeadlineState::label);
        deadline.setClearButtonVisible(true);
        deadline.setPlaceholder("Any");
        text.setPlaceholder("Scheme or practice");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(100);
        for (var field : List.of(programme, status, practice, locality, deadline, owner)) {
            field.addValueChangeListener(e -> filtersChanged());
        }
        text.addValueChangeListener(e -> filtersChanged());

        Div toolbar = new Div(programme, status, practice, locality, deadline, owner, text);
        toolbar.addClassName("toolbar");
        if (actor.hasAny(BidStatus.DRAFT.whoMay(BidStatus.SUBMITTED))) {
            Button newBid = new Button("New bid", VaadinIcon.PLUS.create(), e -> new NewBidDialog(grants, programmes, practices, actor).open());
            newBid.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(newBid);
        }

        configureGrid();
        columns = exportedColumns().onChange(this::writeUrl);
        toolbar.add(columns.menu());
        savedViews.ifAvailable(views -> toolbar.add(views.create(ROUTE)));
        summary.addClassName("grid-summary");
        Div summaryRow = new Div(summary, exportBox, new BulkActions<>(grid, actor, BidStatus.class, BidRow::status,
                b -> b.allowedNext(actor), "bids", grants::move, b -> new BulkMove.Item(b.id(), b.version(), b.label()))
                .eachOwn(BidStatus.APPROVED_GRANT, BidRow::requestedGrant).afterwards(this::refreshPanel));
        summaryRow.addClassName("toolbar");
        add(new H2("Premises improvement grants"), panel, toolbar, summaryRow, grid);
        // The totals and the panel are filled in beforeEnter, once the link's filters are read:
        // filling them here too would total every bid before totalling what the link selects.
    }

    private void configureGrid() {
        var end = com.vaadin.flow.component.grid.ColumnTextAlign.END;
        RowLinks.linkColumn(grid, BidRow::practice, BidRow::link)
                .setHeader("Practice").setKey("practice").setSortProperty("practice.name").setWidth("12rem").setFlexGrow(2)
                .setTooltipGenerator(BidRow::practice);
        grid.addColumn(b -> b.localityName() == null ? "" : b.localityName())
                .setHeader("Locality").setKey("locality").setWidth("7.5rem").setFlexGrow(0)
                .setTooltipGenerator(b -> b.localityName() == null ? "" : b.localityName());
        grid.addColumn(BidRow::programmeName).setHeader("Year").setKey("year")
                .setSortProperty("programme.financialYearStart").setWidth("5.75rem").setFlexGrow(0);
        grid.addColumn(BidRow::title).setHeader("Scheme").setKey("scheme").setSortProperty("title").setWidth("9rem")
                .setFlexGrow(3).setTooltipGenerator(BidRow::title);
        grid.addColumn(StatusBadge.renderer(BidRow::status, GrantUi::badge)).setHeader("Status").setKey("status").setSortProperty("status")
                .setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(b -> Formats.money(b.requestedGrant())).setHeader("Requested").setKey("requested")
                .setSortProperty("requestedGrant").setTextAlign(end).setWidth("6.75rem").setFlexGrow(0);
        grid.addColumn(b -> Formats.money(b.approvedGrant())).setHeader("Approved").setKey("approved")
                .setSortProperty("approvedGrant").setTextAlign(end).setWidth("6.75rem").setFlexGrow(0);
        grid.addColumn(GrantUi.deadlineRenderer(today)).setHeader("Spend deadline").setKey("deadline")
                .setWidth("8.5rem").setFlexGrow(0);
        grid.getColumns().forEach(c -> c.setResizable(true));
        grid.setMultiSort(false);
        grid.addSortListener(e -> {
            writeUrl();
            refreshExport();
        });
        grid.setItems(query -> grants.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                // The summary's totals already counted what the filter selects: one count per page.
                query -> (int) (totals == null ? grants.count(filter()) : totals.count()));
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");
        grid.addClassName("grants-grid");
    }

    GrantFilter filter() {
        return new GrantFilter(programme.getValue() == null ? null : programme.getValue().getId(), status.getValue(),
                practice.getValue() == null ? null : practice.getValue().getOdsCode(), locality.getValue(),
                deadline.getValue(), text.getValue().isBlank() ? null : text.getValue().strip(), owner.getValue());
    }

    private void filtersChanged() {
        if (reading) {
            return;
        }
        writeUrl();
        grid.getDataProvider().refreshAll();
        refreshPanel();
    }

    private void writeUrl() {
        if (reading) {
            return;
        }
        QueryFilters filters = new QueryFilters();
        filter().toQuery(this::programmeName).forEach(filters::set);
        SortInUrl.write(grid, filters);
        columns.write(filters);
        getUI().ifPresent(ui -> filters.writeTo(ui, ROUTE));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryFilters url = QueryFilters.from(event.getLocation());
        GrantFilter fromUrl = GrantFilter.fromQuery(url.values(), this::programmeId);
        reading = true;
        try {
            SortInUrl.read(grid, url);
            columns.read(url);
            programme.setValue(fromUrl.programmeId() == null ? null : programmeChoices.first(p -> p.getId().equals(fromUrl.programmeId())));
            status.setValue(fromUrl.status());
            String code = fromUrl.practiceOdsCode();
            practice.setValue(code == null ? null : practices.find(code).filter(Practice::isOpen).orElse(null));
            locality.setValue(fromUrl.locality());
            deadline.setValue(fromUrl.deadline());
            owner.show(fromUrl.owner());
            text.setValue(fromUrl.text() == null ? "" : fromUrl.text());
        } finally {
            reading = false;
        }
        grid.getDataProvider().refreshAll();
        refreshPanel();
    }

    private @Nullable Long programmeId(String name) {
        return programmeChoices.all().stream().filter(p -> p.getName().equals(name)).map(GrantProgramme::getId)
                .findFirst().orElse(null);
    }

    private @Nullable String programmeName(Long id) {
        return programmeChoices.all().stream().filter(p -> p.getId().equals(id)).map(GrantProgramme::getName)
                .findFirst().orElse(null);
    }

    private void refreshPanel() {
        GridTotals totals = grants.totals(filter());
        this.totals = totals;
        summary.setText(Formats.number(totals.count()) + (totals.count() == 1 ? " bid" : " bids")
                + " · requested " + Formats.money(totals.requested()) + " · approved " + Formats.money(totals.approved()));
        refreshExport();

        panel.show(programme.getValue());
    }

    /** The export writes exactly what the filter selects, in the grid's current order. */
    private @Nullable GridTotals totals;

    private void refreshExport() {
        exportBox.removeAll();
        GrantFilter exported = filter();
        Sort exportSort = SortInUrl.springSort(grid);
        exportBox.add(ExportLink.create("grant-bids",
                out -> XlsxExport.write(out, "Grant bids", columns.exportColumns(), grants.export(exported, exportSort))));
    }

    private void programmeSaved(GrantProgramme saved) {
        programmeChoices.reread();
        programme.setValue(programmeChoices.first(p -> p.getId().equals(saved.getId())));
        refreshPanel();
    }

    /** Each column's export, once; the extra columns show only when picked, and export only then. */
    private GridColumns<BidRow> exportedColumns() {
        return GridColumns.of(grid, "practice")
                .export("practice", TEXT, BidRow::practice)
                .export("locality", TEXT, BidRow::localityName)
                .export("year", TEXT, BidRow::programmeName)
                .export("scheme", TEXT, BidRow::title)
                .export("status", TEXT, b -> b.status().label())
                .export("requested", MONEY, BidRow::requestedGrant)
                .export("approved", MONEY, BidRow::approvedGrant)
                .export("deadline", TEXT, b -> b.deadlineState(today).label())
                .extra("schemeType", "Scheme type", TEXT, b -> b.schemeType() == null ? null : b.schemeType().label())
                .extra("totalCost", "Total cost", MONEY, BidRow::totalCost)
                .extra("eligibleCost", "Eligible cost", MONEY, BidRow::eligibleCost)
                .extra("grantRate", "Grant rate", PERCENT, b -> b.grantRate() == null ? null : b.grantRate().movePointLeft(2))
                .extra("tenure", "Tenure", TEXT, b -> b.tenure() == null ? null : b.tenure().label())
                .extra("legalCharge", "Legal charge", TEXT, b -> b.legalChargeRequired() ? "Yes" : "No")
                .extra("plannedStart", "Planned start", DATE, BidRow::plannedStart)
                .extra("plannedCompletion", "Planned completion", DATE, BidRow::plannedCompletion)
                .extra("actualCompletion", "Actual completion", DATE, BidRow::actualCompletion)
                .extra("paymentDate", "Payment date", DATE, BidRow::paymentDate)
                .extra("owner", "Owner", TEXT, BidRow::owner);
    }
}
