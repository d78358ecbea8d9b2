package uk.nhs.dorset.primarycare.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import java.util.HashMap;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import java.util.Map;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.ui.ChoicesWhenOpened;
import uk.nhs.dorset.primarycare.base.ui.ExportLink;
import uk.nhs.dorset.primarycare.base.ui.QueryFilters;
import uk.nhs.dorset.primarycare.base.ui.RowLinks;
import uk.nhs.dorset.primarycare.base.ui.SortInUrl;
import uk.nhs.dorset.primarycare.base.ui.StatusBadge;
import uk.nhs.dorset.primarycare.base.ui.XlsxExport;
import uk.nhs.dorset.primarycare.base.ui.GridColumns;
import uk.nhs.dorset.primarycare.base.ui.SavedViewsMenu;
import static uk.nhs.dorset.primarycare.base.ui.XlsxExport.Kind.DATE;
import static uk.nhs.dorset.primarycare.base.ui.XlsxExport.Kind.NUMBER;
import static uk.nhs.dorset.primarycare.base.ui.XlsxExport.Kind.TEXT;
import uk.nhs.dorset.primarycare.practice.Cluster;
import uk.nhs.dorset.primarycare.practice.CqcRating;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.practice.Pcn;
import uk.nhs.dorset.primarycare.practice.PracticeRow;
import uk.nhs.dorset.primarycare.practice.PracticeFilter;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.practice.PracticeStatus;
import uk.nhs.dorset.primarycare.practice.PracticeTotals;

/**
 * The practices the team commissions: a lazy, sortable grid whose filters live in the URL
 * ({@code /practices?locality=Purbeck&cqc=Good}), with a summary and an export of exactly what
 * is filtered. A practice manager sees only their own practice.
 */
@Route("practices")
@PageTitle("Practices — Primary Care Hub")
@Menu(order = 10, title = "Practices", icon = "vaadin:doctor")
@PermitAll
class PracticesView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "practices";

    private final PracticeService service;
    final TextField text = new TextField("Code or name");
    final ComboBox<String> locality = new ComboBox<>("Locality");
    private final ChoicesWhenOpened<String> localityNames;
    final ComboBox<Cluster> cluster = new ComboBox<>("Cluster");
    private final List<Cluster> clusters;
    final ComboBox<Pcn> pcn = new ComboBox<>("PCN");
    final ComboBox<CqcRating> cqc = new ComboBox<>("CQC rating");
    final ComboBox<PracticeStatus> status = new ComboBox<>("Status");
    final Checkbox vulnerable = new Checkbox("Vulnerable or in resilience programme");
    private final Grid<PracticeRow> grid = new Grid<>(PracticeRow.class, false);
    private final Span summary = new Span();
    private PracticeFilter filter = PracticeFilter.ALL;
    private boolean readingUrl;

    private final GridColumns<PracticeRow> columns;

    PracticesView(PracticeService service, ObjectProvider<SavedViewsMenu> savedViews) {
        this.service = service;
        this.clusters = service.clusters();
        addClassName("practices-view");
        setSizeFull();
        locality.setPlaceholder("Any");
        cluster.setPlaceholder("Any");
        pcn.setPlaceholder("Any");
        cqc.setPlaceholder("Any");
        status.setPlaceholder("Any");

        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(100);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        localityNames = ChoicesWhenOpened.of(locality, () -> service.localities().stream().map(Locality::getName).toList());
        locality.setClearButtonVisible(true);
        cluster.setItems(clusters);
        cluster.setItemLabelGenerator(Cluster::label);
        cluster.setClearButtonVisible(true);
        pcn.setItems(query -> service.pcns(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        pcn.setItemLabelGenerator(Pcn::getName);
        pcn.setClearButtonVisible(true);
        // Narrow filters sit two to a row on a phone and leave the grid most of the screen.
        for (com.vaadin.flow.component.HasSize field : List.of(text, locality, cluster, pcn, cqc, status)) {
            field.setWidth("10rem");
        }
        pcn.getStyle().set("--vaadin-combo-box-overlay-width", "22rem");
        cqc.setItems(CqcRating.values());
        cqc.setItemLabelGenerator(CqcRating::label);
        cqc.setClearButtonVisible(true);
        status.setItems(PracticeStatus.values());
        status.setItemLabelGenerator(PracticeStatus::label);
        status.setClearButtonVisible(true);

        text.addValueChangeListener(e -> changed());
        locality.addValueChangeListener(e -> changed());
        cluster.addValueChangeListener(e -> changed());
        pcn.addValueChangeListener(e -> changed());
        cqc.addValueChangeListener(e -> changed());
        status.addValueChangeListener(e -> changed());
        vulnerable.addValueChangeListener(e -> changed());

        Div toolbar = new Div(text, locality, cluster, pcn, cqc, status, vulnerable);
        toolbar.addClassName("toolbar");

        configureGrid();
        columns = exportedColumns().onChange(this::writeUrl);
        toolbar.add(columns.menu());
        savedViews.ifAvailable(views -> toolbar.add(views.create(ROUTE)));
        summary.addClassName("grid-summary");
        Component export = ExportLink.create("practices", out -> XlsxExport.write(out, "Practices", columns.exportColumns(),
                service.streamAll(filter, SortInUrl.springSort(grid))));
        HorizontalLayout below = new HorizontalLayout(summary, export);
        below.setWidthFull();
        below.setJustifyContentMode(JustifyContentMode.BETWEEN);
        below.setAlignItems(Alignment.CENTER);
        below.addClassName("grid-footer");

        RouterLink localities = new RouterLink("Localities", LocalitiesView.class);
        HorizontalLayout heading = new HorizontalLayout(new H2("Practices"), localities);
        heading.setAlignItems(Alignment.BASELINE);
        add(heading, toolbar, grid, below);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        RowLinks.linkColumn(grid, PracticeRow::odsCode, p -> ROUTE + "/" + p.odsCode())
                .setHeader("Code").setSortProperty("odsCode").setWidth("6.5rem").setFlexGrow(0).setKey("code");
        grid.addColumn(PracticeRow::name).setHeader("Name").setSortProperty("name").setWidth("12rem").setFlexGrow(3).setKey("name")
                .setTooltipGenerator(PracticeRow::name);
        grid.addColumn(p -> p.localityName() == null ? "Unassigned" : p.localityName())
                .setHeader("Locality").setSortProperty("locality.name").setAutoWidth(true).setKey("locality");
        grid.addColumn(p -> p.cluster() == null ? "" : p.cluster().label())
                .setHeader("Cluster").setSortProperty("locality.cluster").setAutoWidth(true).setKey("cluster");
        grid.addColumn(p -> p.pcnName() == null ? "" : p.pcnName())
                .setHeader("PCN").setSortProperty("pcn.name").setFlexGrow(2).setKey("pcn")
                .setTooltipGenerator(p -> p.pcnName() == null ? "" : p.pcnName());
        grid.addColumn(p -> Formats.number(p.listSize())).setHeader("List size").setSortProperty("listSize")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true).setKey("listSize");
        grid.addColumn(p -> (p.cqcRating() == null ? CqcRating.NOT_RATED : p.cqcRating()).label())
                .setHeader("CQC rating").setSortProperty("cqcRating").setAutoWidth(true).setKey("cqc");
        grid.addColumn(StatusBadge.<PracticeRow, PracticeBadges.StatusShown>renderer(PracticeBadges.StatusShown::of, PracticeBadges::status)).setHeader("Status").setSortProperty("status")
                .setAutoWidth(true).setKey("status");
        grid.addColumn(PracticeBadges.flagsRenderer())
                .setHeader("Flags").setAutoWidth(true).setKey("flags");
        grid.getColumns().forEach(c -> c.setResizable(true));
        grid.setMultiSort(true);
        grid.addSortListener(e -> writeUrl());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(query -> service.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                // The summary's totals already counted what the filter selects: one count per page.
                query -> (int) (totals == null ? service.count(filter) : totals.practices()));
        grid.setWidthFull();
        grid.setMinHeight("20rem");
    }

    /** Each column's export, once; the extra columns show only when picked, and export only then. */
    private GridColumns<PracticeRow> exportedColumns() {
        return GridColumns.of(grid, "code")
                .export("code", TEXT, PracticeRow::odsCode)
                .export("name", TEXT, PracticeRow::name)
                .export("locality", TEXT, PracticeRow::localityName)
                .export("cluster", TEXT, p -> p.cluster() == null ? null : p.cluster().label())
                .export("pcn", TEXT, PracticeRow::pcnName)
                .export("listSize", NUMBER, PracticeRow::listSize)
                .export("cqc", TEXT, p -> p.cqcRating() == null ? null : p.cqcRating().label())
                .export("status", TEXT, p -> PracticeBadges.status(p).getText())
                .export("flags", TEXT, p -> PracticeBadges.flagText(p.vulnerable(), p.resilienceProgramme()))
                .extra("cqcDate", "CQC rating date", DATE, PracticeRow::cqcRatingDate)
                .extra("contract", "Contract", TEXT, p -> p.contractType() == null ? null : p.contractType().name())
                .extra("postcode", "Postcode", TEXT, PracticeRow::postcode);
    }

    private PracticeFilter fromFields() {
        return new PracticeFilter(text.getValue(), locality.getValue(), cluster.getValue(),
                pcn.getValue() == null ? null : pcn.getValue().getCode(), cqc.getValue(), status.getValue(),
                vulnerable.getValue() ? Boolean.TRUE : null);
    }

    private void changed() {
        if (readingUrl) {
            return;
        }
        filter = fromFields();
        writeUrl();
        refresh();
    }

    private void writeUrl() {
        if (readingUrl) {
            return;
        }
        QueryFilters url = new QueryFilters();
        filter.toQuery().forEach(url::set);
        SortInUrl.write(grid, url);
        columns.write(url);
        getUI().ifPresent(ui -> url.writeTo(ui, ROUTE));
    }

    private @Nullable PracticeTotals totals;

    private void refresh() {
        PracticeTotals totals = service.totals(filter);
        this.totals = totals;
        grid.getDataProvider().refreshAll();
        summary.setText(Formats.count(totals.practices(), "practice")
                + ", total list size " + Formats.number(totals.listSize()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryFilters url = QueryFilters.from(event.getLocation());
        Map<String, String> query = new HashMap<>();
        for (String key : List.of("q", "locality", "cluster", "pcn", "cqc", "status", "vulnerable")) {
            url.get(key).ifPresent(v -> query.put(key, v));
        }
        PracticeFilter fromUrl = PracticeFilter.fromQuery(query);
        readingUrl = true;
        try {
            SortInUrl.read(grid, url);
            columns.read(url);
            text.setValue(fromUrl.text() == null ? "" : fromUrl.text());
            // A link's locality is matched whatever its case; the list is read only when a link names one.
            locality.setValue(fromUrl.locality() == null ? null : localityNames.first(name -> name.equalsIgnoreCase(fromUrl.locality())));
            cluster.setValue(Cluster.spelledAs(clusters, fromUrl.cluster()));
            pcn.setValue(fromUrl.pcnCode() == null ? null : service.pcn(fromUrl.pcnCode()).orElse(null));
            cqc.setValue(fromUrl.cqc());
            status.setValue(fromUrl.status());
            vulnerable.setValue(Boolean.TRUE.equals(fromUrl.vulnerable()));
        } finally {
            readingUrl = false;
        }
        filter = fromFields();
        refresh();
    }

    TextField text() {
        return text;
    }

    ComboBox<String> locality() {
        return locality;
    }

    ComboBox<CqcRating> cqc() {
        return cqc;
    }

    PracticeFilter filter() {
        return filter;
    }

    Grid<PracticeRow> grid() {
        return grid;
    }

    Span summary() {
        return summary;
    }
}
