package uk.nhs.dorset.primarycare.estates.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.ui.ChoicesWhenOpened;
import uk.nhs.dorset.primarycare.base.ui.ExportLink;
import uk.nhs.dorset.primarycare.base.ui.QueryFilters;
import uk.nhs.dorset.primarycare.base.ui.SavedViewsMenu;
import uk.nhs.dorset.primarycare.base.ui.ViewSwitch;
import uk.nhs.dorset.primarycare.base.ui.SortInUrl;
import java.math.BigDecimal;
import uk.nhs.dorset.primarycare.base.ui.XlsxExport;
import uk.nhs.dorset.primarycare.estates.EttfFilter;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.estates.EttfTotals;
import uk.nhs.dorset.primarycare.estates.LeadOrganisation;
import uk.nhs.dorset.primarycare.estates.ProjectStage;
import uk.nhs.dorset.primarycare.estates.Rag;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.security.CurrentUser;
import uk.nhs.dorset.primarycare.security.UserDirectory;
import uk.nhs.dorset.primarycare.base.ui.OwnerField;

/**
 * The ETTF pipeline: a board with a column per stage, or a grid, over the same filters. The
 * filters and the choice of board or grid live in the address so a link reproduces the view.
 */
@Route("estates")
@PageTitle("Estates pipeline — Primary Care Hub")
@Menu(order = 30, title = "Estates", icon = "vaadin:building")
@RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
class EstatesView extends VerticalLayout implements BeforeEnterObserver {

    private final EttfService service;
    private final Actor actor;

    private final TextField text = new TextField();
    private final Select<ProjectStage> stage = new Select<>();
    private final Select<Rag> rag = new Select<>();
    private final ComboBox<Locality> locality = new ComboBox<>();
    private final ChoicesWhenOpened<Locality> localities;
    private final Select<LeadOrganisation> lead = new Select<>();
    private final Select<EttfFilter.Activity> activity = new Select<>();
    private final Checkbox overdue = new Checkbox("Overdue only");
    private final OwnerField owner;
    private static final String BOARD = "Board";
    private static final String GRID = "Grid";
    private final RadioButtonGroup<String> shownAs = ViewSwitch.of("Show the projects as", BOARD, GRID);
    private final Span summary = new Span();
    private final PipelineBoard board = new PipelineBoard();
    private final ProjectsGrid grid;
    private @org.jspecify.annotations.Nullable EttfTotals totals;
    private boolean restoring;

    EstatesView(EttfService service, CurrentUser currentUser, UserDirectory users, ObjectProvider<SavedViewsMenu> savedViews) {
        this.service = service;
        this.actor = currentUser.actor();
        this.owner = OwnerField.forStaff(actor, users::staffNames);
        setSizeFull();
        locality.setPlaceholder("Any");
        H2 title = new H2("ETTF capital projects");

        text.setPlaceholder("Search by name");
        text.setAriaLabel("Search by name");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(100);
        stage.setLabel("Stage");
        stage.setItems(ProjectStage.values());
        stage.setItemLabelGenerator(s -> s == null ? "Any stage" : s.label());
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption("Any stage");
        rag.setLabel("RAG");
        rag.setItems(Rag.values());
        rag.setItemLabelGenerator(r -> r == null ? "Any RAG" : r.label());
        rag.setEmptySelectionAllowed(true);
        rag.setEmptySelectionCaption("Any RAG");
        locality.setLabel("Locality");
        locality.setItemLabelGenerator(Locality::getName);
        localities = ChoicesWhenOpened.of(locality, service::localities);
        locality.setClearButtonVisible(true);
        lead.setLabel("Lead organisation");
        lead.setItems(LeadOrganisation.values());
        lead.setItemLabelGenerator(l -> l == null ? "Any lead" : l.label());
        lead.setEmptySelectionAllowed(true);
        lead.setEmptySelectionCaption("Any lead");
        activity.setLabel("Active, on hold or closed");
        activity.setItems(EttfFilter.Activity.values());
        activity.setItemLabelGenerator(a -> a == null ? "All projects" : a.label());
        activity.setEmptySelectionAllowed(true);
        activity.setEmptySelectionCaption("All projects");
        text.setLabel("Name");
        List.<com.vaadin.flow.component.HasValue<?, ?>>of(text, stage, rag, locality, lead, activity, owner, overdue)
                .forEach(field -> field.addValueChangeListener(e -> filtersChanged()));
        shownAs.addValueChangeListener(e -> filtersChanged());

        HorizontalLayout toolbar = new HorizontalLayout(text, stage, rag, locality, lead, activity, owner, overdue);
        toolbar.addClassName("toolbar");
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.getStyle().set("flex-wrap", "wrap");

        Component export = ExportLink.create("ettf-projects", out -> XlsxExport.write(out, "ETTF projects", projects().columns.exportColumns(),
                service.list(filter()).stream()));
        HorizontalLayout actions = new HorizontalLayout(shownAs, summary, export);
        actions.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        actions.setWidthFull();
        actions.getStyle().set("flex-wrap", "wrap");
        summary.addClassName("grid-summary");
        if (actor.hasAny(java.util.EnumSet.of(Role.TEAM, Role.ESTATES))) {
            Button create = new Button("New project", e -> new NewProjectDialog(service).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(create);
        }

        // The summary's totals already counted what the filter selects: one count per page.
        grid = new ProjectsGrid(service, this::filter, () -> totals == null ? service.count(filter()) : totals.projects());
        grid.addSortListener(e -> writeUrl());
        grid.columns.onChange(this::writeUrl);
        actions.add(grid.columns.menu());
        savedViews.ifAvailable(views -> actions.add(views.create("estates")));
        add(title, toolbar, actions, board, grid);
        setFlexGrow(1, grid);
    }

    /** The grid, for the export link made before it: the export reads its columns when clicked. */
    private ProjectsGrid projects() {
        return grid;
    }

    EttfFilter filter() {
        return new EttfFilter(text.getValue(), stage.getValue(), rag.getValue(),
                locality.getValue() == null ? null : locality.getValue().getId(), lead.getValue(), activity.getValue(),
                overdue.getValue(), owner.getValue());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryFilters url = QueryFilters.from(event.getLocation());
        EttfFilter fromUrl = EttfFilter.fromQuery(url.values(), this::localityId);
        restoring = true;
        try {
            SortInUrl.read(grid, url);
            grid.columns.read(url);
            text.setValue(fromUrl.text() == null ? "" : fromUrl.text());
            stage.setValue(fromUrl.stage());
            rag.setValue(fromUrl.rag());
            lead.setValue(fromUrl.leadOrganisation());
            activity.setValue(fromUrl.activity());
            overdue.setValue(fromUrl.overdueOnly());
            owner.show(fromUrl.owner());
            locality.setValue(fromUrl.localityId() == null ? null : localities.first(l -> l.getId().equals(fromUrl.localityId())));
            shownAs.setValue("grid".equals(url.get("view").orElse("")) ? GRID : BOARD);
        } finally {
            restoring = false;
        }
        refresh();
    }

    private void filtersChanged() {
        if (restoring) {
            return;
        }
        writeUrl();
        refresh();
    }

    private void writeUrl() {
        if (restoring) {
            return;
        }
        // The board or grid choice belongs to the view, not the filter, and leads the address as it always has.
        QueryFilters url = new QueryFilters().set("view", GRID.equals(shownAs.getValue()) ? "grid" : null);
        filter().toQuery(this::localityName).forEach(url::set);
        SortInUrl.write(grid, url);
        grid.columns.write(url);
        getUI().ifPresent(ui -> url.writeTo(ui, "estates"));
    }

    private @Nullable Long localityId(String name) {
        return localities.all().stream().filter(l -> l.getName().equals(name)).map(Locality::getId).findFirst().orElse(null);
    }

    private @Nullable String localityName(Long id) {
        return locality.getValue() != null && id.equals(locality.getValue().getId()) ? locality.getValue().getName() : null;
    }

    /** The address of the grid showing every project of the board's filter at one stage. */
    private String gridOfStage(ProjectStage at) {
        EttfFilter filter = filter();
        QueryFilters url = new QueryFilters().set("view", "grid");
        new EttfFilter(filter.text(), at, filter.rag(), filter.localityId(), filter.leadOrganisation(), filter.activity(),
                filter.overdueOnly(), filter.owner()).toQuery(this::localityName).forEach(url::set);
        return "estates?" + url.toQueryParameters().getQueryString();
    }

    private void refresh() {
        EttfFilter filter = filter();
        EttfTotals totals = service.totals(filter);
        this.totals = totals;
        long count = totals.projects();
        BigDecimal capital = totals.capital();
        summary.setText(count + (count == 1 ? " project" : " projects") + " · capital value "
                + (capital == null ? "not recorded" : Formats.money(capital)));
        boolean showGrid = GRID.equals(shownAs.getValue());
        grid.setVisible(showGrid);
        board.setVisible(!showGrid);
        if (showGrid) {
            grid.getDataProvider().refreshAll();
        } else {
            board.show(service.pipeline(filter, PipelineBoard.CARDS_PER_STAGE), stage.getValue(), service.today(), this::gridOfStage);
        }
    }
}
