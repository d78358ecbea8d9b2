package uk.nhs.dorset.primarycare.programme.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import org.springframework.beans.factory.ObjectProvider;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.ui.BulkActions;
import uk.nhs.dorset.primarycare.base.ui.StatusBadge;
import uk.nhs.dorset.primarycare.base.ui.ExportLink;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.QueryFilters;
import uk.nhs.dorset.primarycare.base.ui.RowLinks;
import uk.nhs.dorset.primarycare.base.ui.SortInUrl;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import uk.nhs.dorset.primarycare.base.ui.XlsxExport;
import uk.nhs.dorset.primarycare.base.ui.GridColumns;
import uk.nhs.dorset.primarycare.base.ui.OwnerField;
import uk.nhs.dorset.primarycare.base.ui.RecordSections;
import uk.nhs.dorset.primarycare.base.ui.SavedViewsMenu;
import static uk.nhs.dorset.primarycare.base.ui.XlsxExport.Kind.DATE;
import static uk.nhs.dorset.primarycare.base.ui.XlsxExport.Kind.PERCENT;
import static uk.nhs.dorset.primarycare.base.ui.XlsxExport.Kind.TEXT;
import uk.nhs.dorset.primarycare.programme.GpfvArea;
import uk.nhs.dorset.primarycare.programme.RagStatus;
import uk.nhs.dorset.primarycare.programme.TrackerFilter;
import uk.nhs.dorset.primarycare.programme.TrackerItem;
import uk.nhs.dorset.primarycare.programme.TrackerService;
import uk.nhs.dorset.primarycare.security.CurrentUser;
import uk.nhs.dorset.primarycare.security.UserDirectory;

/** The GP Forward View delivery tracker: every project and action with its RAG and progress. */
@Route("programme")
@PageTitle("Delivery tracker — Primary Care Hub")
@Menu(order = 60, title = "Programme", icon = "vaadin:tasks")
@RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.ADMIN_})
class TrackerView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "programme";

    private final TrackerService tracker;
    private final Actor actor;
    private final Select<GpfvArea> area = new Select<>();
    private final Select<RagStatus> rag = new Select<>();
    private final ComboBox<String> lead = new ComboBox<>("Lead");
    private final OwnerField owner;
    private final RecordSections sections;
    private final TextField text = new TextField("Search");
    private final Grid<TrackerItem> grid = new Grid<>(TrackerItem.class, false);
    private final Span summary = new Span();
    private boolean reading;
    private @Nullable Long openId;

    private final GridColumns<TrackerItem> columns;

    TrackerView(TrackerService tracker, CurrentUser currentUser, UserDirectory users, RecordSections sections,
                ObjectProvider<SavedViewsMenu> savedViews) {
        this.tracker = tracker;
        this.sections = sections;
        this.actor = currentUser.actor();
        this.owner = OwnerField.forStaff(actor, users::staffNames);
        setSizeFull();
        lead.setPlaceholder("Any");

        area.setLabel("Area");
        area.setItems(GpfvArea.values());
        area.setItemLabelGenerator(a -> a == null ? "All areas" : a.label());
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption("All areas");
        rag.setLabel("RAG");
        rag.setItems(RagStatus.values());
        rag.setItemLabelGenerator(r -> r == null ? "Any RAG" : r.shortLabel());
        rag.setEmptySelectionAllowed(true);
        rag.setEmptySelectionCaption("Any RAG");
        lead.setItems(tracker.leads());
        lead.setClearButtonVisible(true);
        lead.setAllowCustomValue(false);
        text.setPlaceholder("Project, action, next steps, issues");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(100);
        area.addValueChangeListener(e -> filterChanged());
        rag.addValueChangeListener(e -> filterChanged());
        lead.addValueChangeListener(e -> filterChanged());
        owner.addValueChangeListener(e -> filterChanged());
        text.addValueChangeListener(e -> filterChanged());

        HorizontalLayout toolbar = new HorizontalLayout(area, rag, lead, owner, text,
                ExportLink.create("gp-forward-view-tracker", out -> XlsxExport.write(out, "GP Forward View", columns().exportColumns(),
                        tracker.list(filter()).stream())));
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        toolbar.setAlignItems(Alignment.BASELINE);
        summary.addClassName("grid-summary");

        grid.addColumn(i -> i.getArea().label()).setHeader("Area").setKey("area").setSortProperty("area").setWidth("8rem").setFlexGrow(0);
        RowLinks.link(grid, TrackerItem::getProject, i -> ROUTE + "?item=" + i.getId()).setHeader("Project").setKey("project")
                .setSortProperty("project").setWidth("10rem").setFlexGrow(2);
        grid.addColumn(TrackerItem::getActionText).setHeader("Action").setKey("action").setSortProperty("actionText").setWidth("12rem")
                .setFlexGrow(3);
        grid.addColumn(StatusBadge.renderer(TrackerItem::getRag, RagBadges::of)).setHeader("RAG").setKey("rag").setSortProperty("rag").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> i.getPercentComplete() == null ? "" : i.getPercentComplete() + "%").setHeader("% complete").setKey("complete")
                .setSortProperty("percentComplete").setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(i -> Optional.ofNullable(i.getLead()).orElse("")).setHeader("Lead").setKey("lead").setSortProperty("lead")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> Formats.date(i.getLastUpdated().atZone(Formats.ZONE).toLocalDate())).setHeader("Last updated").setKey("updated")
                .setSortProperty("lastUpdated").setAutoWidth(true).setFlexGrow(0);
        grid.getColumns().forEach(c -> c.setResizable(true));
        columns = exportedColumns().onChange(() -> writeUrl(null));
        toolbar.add(columns.menu());
        savedViews.ifAvailable(views -> toolbar.add(views.create(ROUTE)));
        grid.addSortListener(e -> writeUrl(null));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(query -> tracker.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                // The summary's counts by RAG add up to the grid's count: one count per page.
                query -> (int) (total < 0 ? tracker.count(filter()) : total));
        RowLinks.opens(grid, i -> openItem(i.getId()));
        grid.setSizeFull();

        add(new H2("GP Forward View delivery tracker"), toolbar, summary, BulkActions.of(grid, actor, RagStatus.class,
                TrackerItem::getRag, i -> i.getRag().allowedNext(actor), "items",
                (id, seen, to, request) -> tracker.changeRag(id, seen, to, request.comment())), grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryFilters f = QueryFilters.from(event.getLocation());
        TrackerFilter fromUrl = TrackerFilter.fromQuery(f.values());
        reading = true;
        SortInUrl.read(grid, f);
        columns.read(f);
        area.setValue(fromUrl.area());
        rag.setValue(fromUrl.rag());
        lead.setValue(fromUrl.lead());
        owner.show(fromUrl.owner());
        text.setValue(fromUrl.text() == null ? "" : fromUrl.text());
        reading = false;
        refresh();
        f.get("item").flatMap(v -> {
            try {
                return Optional.of(Long.parseLong(v));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).ifPresent(this::openItem);
    }

    private TrackerFilter filter() {
        return new TrackerFilter(area.getValue(), rag.getValue(), lead.getValue(), text.getValue(), owner.getValue());
    }

    private void filterChanged() {
        if (reading) {
            return;
        }
        writeUrl(null);
        refresh();
    }

    private void writeUrl(@Nullable Long item) {
        if (reading) {
            return;
        }
        QueryFilters f = new QueryFilters();
        filter().toQuery().forEach(f::set);
        SortInUrl.write(grid, f);
        columns.write(f);
        // The open item is the view's own state, not a filter of the grid.
        f.set("item", item);
        getUI().ifPresent(ui -> f.writeTo(ui, ROUTE));
    }

    private long total = -1;

    private void refresh() {
        TrackerFilter f = filter();
        Map<RagStatus, Long> byRag = tracker.countByRag(f);
        total = byRag.values().stream().mapToLong(Long::longValue).sum();
        grid.getDataProvider().refreshAll();
        StringBuilder s = new StringBuilder(total + (total == 1 ? " item" : " items"));
        byRag.forEach((r, n) -> {
            if (n > 0) {
                s.append(" · ").append(n).append(' ').append(r.shortLabel().toLowerCase());
            }
        });
        summary.setText(s.toString());
    }

    private void openItem(@Nullable Long id) {
        // The project's link and the row's click can both ask for the same item: one dialog is enough.
        if (id == null || id.equals(openId)) {
            return;
        }
        TrackerItem item;
        try {
            item = tracker.get(id);
        } catch (NotFound e) {
            Notifications.error("That tracker item was not found");
            return;
        }
        writeUrl(id);
        openId = id;
        TrackerItemDialog dialog = new TrackerItemDialog(tracker, actor, item, sections);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                openId = null;
                writeUrl(null);
                refresh();
            }
        });
        dialog.open();
    }

    /** The columns, for the export link made before them: the export reads them when clicked. */
    private GridColumns<TrackerItem> columns() {
        return columns;
    }

    /** Each column's export, once; the extra columns show only when picked, and export only then. */
    private GridColumns<TrackerItem> exportedColumns() {
        return GridColumns.of(grid, "project")
                .export("area", TEXT, i -> i.getArea().label())
                .export("project", TEXT, TrackerItem::getProject)
                .export("action", TEXT, TrackerItem::getActionText)
                .export("rag", TEXT, i -> i.getRag().label())
                .export("complete", PERCENT, i -> i.getPercentComplete() == null ? null : i.getPercentComplete() / 100.0)
                .export("lead", TEXT, TrackerItem::getLead)
                .export("updated", DATE, i -> i.getLastUpdated().atZone(Formats.ZONE).toLocalDate())
                .extra("deliveryArea", "Programme delivery area", TEXT, TrackerItem::getDeliveryArea)
                .extra("outcome", "Desired outcome", TEXT, TrackerItem::getOutcome)
                .extra("nextSteps", "Next steps", TEXT, TrackerItem::getNextSteps)
                .extra("issues", "Issues", TEXT, TrackerItem::getIssues)
                .extra("owner", "Owner", TEXT, TrackerItem::getOwner);
    }
}
