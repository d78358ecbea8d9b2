package uk.nhs.dorset.primarycare.estates.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.ui.ExportLink;
import uk.nhs.dorset.primarycare.base.ui.QueryFilters;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.base.ui.XlsxExport;
import uk.nhs.dorset.primarycare.base.ui.XlsxExport.Column;
import uk.nhs.dorset.primarycare.estates.EttfFilter;
import uk.nhs.dorset.primarycare.estates.EttfProject;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.estates.LeadOrganisation;
import uk.nhs.dorset.primarycare.estates.ProjectDetails;
import uk.nhs.dorset.primarycare.estates.ProjectStage;
import uk.nhs.dorset.primarycare.estates.ProjectType;
import uk.nhs.dorset.primarycare.estates.Rag;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.security.CurrentUser;

/**
 * The ETTF pipeline: a board with a column per stage, or a grid, over the same filters. The
 * filters and the choice of board or grid live in the address so a link reproduces the view.
 */
@Route("estates")
@PageTitle("Estates pipeline")
@Menu(order = 30, title = "Estates", icon = "vaadin:building")
@RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
class EstatesView extends VerticalLayout implements BeforeEnterObserver {

    private final EttfService service;
    private final Actor actor;

    private final TextField text = new TextField();
    private final Select<ProjectStage> stage = new Select<>();
    private final Select<Rag> rag = new Select<>();
    private final ComboBox<Locality> locality = new ComboBox<>();
    private final Select<LeadOrganisation> lead = new Select<>();
    private final Select<EttfFilter.Activity> activity = new Select<>();
    private final Checkbox overdue = new Checkbox("Overdue only");
    private final Tab boardTab = new Tab("Board");
    private final Tab gridTab = new Tab("Grid");
    private final Tabs tabs = new Tabs(boardTab, gridTab);
    private final Span summary = new Span();
    private final Div board = new Div();
    private final Grid<EttfProject> grid = new Grid<>(EttfProject.class, false);
    private boolean restoring;

    EstatesView(EttfService service, CurrentUser currentUser) {
        this.service = service;
        this.actor = currentUser.actor();
        setSizeFull();
        H2 title = new H2("ETTF capital projects");
        title.addClassName("view-title");

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
        locality.setItems(service.localities());
        locality.setItemLabelGenerator(Locality::getName);
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
        List.<com.vaadin.flow.component.HasValue<?, ?>>of(text, stage, rag, locality, lead, activity, overdue)
                .forEach(field -> field.addValueChangeListener(e -> filtersChanged()));
        tabs.addSelectedChangeListener(e -> filtersChanged());

        HorizontalLayout toolbar = new HorizontalLayout(text, stage, rag, locality, lead, activity, overdue);
        toolbar.addClassName("toolbar");
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.getStyle().set("flex-wrap", "wrap");

        Component export = ExportLink.create("ettf-projects", out -> XlsxExport.write(out, "ETTF projects", columns(),
                service.list(filter()).stream()));
        HorizontalLayout actions = new HorizontalLayout(tabs, summary, export);
        actions.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        actions.setWidthFull();
        actions.getStyle().set("flex-wrap", "wrap");
        summary.addClassName("grid-summary");
        if (actor.hasAny(java.util.EnumSet.of(Role.TEAM, Role.ESTATES))) {
            Button create = new Button("New project", e -> openCreateDialog());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(create);
        }

        board.addClassName("estates-board");
        board.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("overflow-x", "auto")
                .set("width", "100%").set("align-items", "flex-start").set("padding-bottom", "var(--lumo-space-m)");
        configureGrid();
        add(title, toolbar, actions, board, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        LocalDate today = service.today();
        grid.addComponentColumn(p -> new RouterLink(p.getName(), ProjectView.class, new RouteParameters("id", String.valueOf(p.getId()))))
                .setHeader("Project").setKey("name").setSortProperty("name").setWidth("16rem").setFlexGrow(2).setResizable(true);
        grid.addComponentColumn(EstatesUi::stageBadge).setHeader("Stage").setKey("stage").setSortProperty("stage").setAutoWidth(true);
        grid.addComponentColumn(p -> EstatesUi.ragBadge(p.getRag())).setHeader("RAG").setSortProperty("rag").setAutoWidth(true);
        grid.addColumn(p -> p.getLocality() == null ? "" : p.getLocality().getName()).setHeader("Locality").setAutoWidth(true);
        grid.addColumn(EttfProject::leadLabel).setHeader("Lead organisation").setWidth("12rem").setResizable(true);
        grid.addColumn(p -> p.getType().label()).setHeader("Type").setAutoWidth(true);
        grid.addColumn(p -> Formats.money(p.getCapitalValue())).setHeader("Capital value").setSortProperty("capitalValue")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(EstatesUi::nextMilestone).setHeader("Next milestone").setAutoWidth(true);
        grid.addComponentColumn(p -> daysSpan(p, today)).setHeader("Days to it").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> service.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.count(filter()));
    }

    static Span daysSpan(EttfProject p, LocalDate today) {
        Span span = new Span(EstatesUi.daysTo(p, today));
        if (p.isOverdue(today)) {
            span.addClassName("overdue");
        }
        return span;
    }

    private List<Column<EttfProject>> columns() {
        LocalDate today = service.today();
        return List.of(
                Column.text("Project", EttfProject::getName),
                Column.text("Stage", EttfProject::stageLabel),
                Column.text("RAG", p -> p.getRag().label()),
                Column.text("RAG reason", EttfProject::getRagReason),
                Column.text("Locality", p -> p.getLocality() == null ? null : p.getLocality().getName()),
                Column.text("Practices", p -> p.getPractices().stream().map(pr -> pr.getOdsCode() + " " + pr.getName())
                        .collect(Collectors.joining("; "))),
                Column.text("Lead organisation", EttfProject::leadLabel),
                Column.text("Type", p -> p.getType().label()),
                Column.money("Capital value", EttfProject::getCapitalValue),
                Column.money("ETTF share", EttfProject::getEttfShare),
                Column.money("Annual revenue consequences", EttfProject::getAnnualRevenueCost),
                Column.text("Revenue borne by", EttfProject::getRevenueBorneBy),
                Column.date("Programme end", EttfProject::getProgrammeEndDate),
                Column.number("Feasibility % complete", EttfProject::getFeasibilityPercent),
                Column.text("Next steps", EttfProject::getNextSteps),
                Column.text("Next milestone", p -> p.nextMilestone().map(r -> r.getStage().label()).orElse(null)),
                Column.date("Next milestone date", p -> p.nextMilestone().map(r -> r.getPlannedDate()).orElse(null)),
                Column.text("Overdue", p -> p.isOverdue(today) ? "Overdue" : ""));
    }

    EttfFilter filter() {
        return new EttfFilter(text.getValue(), stage.getValue(), rag.getValue(),
                locality.getValue() == null ? null : locality.getValue().getId(), lead.getValue(), activity.getValue(),
                overdue.getValue());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryFilters filters = QueryFilters.from(event.getLocation());
        restoring = true;
        try {
            text.setValue(filters.get("q").orElse(""));
            stage.setValue(parse(ProjectStage.class, filters.get("stage").orElse(null)));
            rag.setValue(parse(Rag.class, filters.get("rag").orElse(null)));
            lead.setValue(parse(LeadOrganisation.class, filters.get("lead").orElse(null)));
            activity.setValue(parse(EttfFilter.Activity.class, filters.get("show").orElse(null)));
            overdue.setValue(filters.flag("overdue"));
            locality.setValue(filters.get("locality").flatMap(name -> service.localities().stream()
                    .filter(l -> l.getName().equals(name)).findFirst()).orElse(null));
            tabs.setSelectedTab("grid".equals(filters.get("view").orElse("")) ? gridTab : boardTab);
        } finally {
            restoring = false;
        }
        refresh();
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String name) {
        if (name == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private void filtersChanged() {
        if (restoring) {
            return;
        }
        QueryFilters filters = new QueryFilters()
                .set("view", tabs.getSelectedTab() == gridTab ? "grid" : null)
                .set("q", text.getValue())
                .set("stage", stage.getValue() == null ? null : stage.getValue().name())
                .set("rag", rag.getValue() == null ? null : rag.getValue().name())
                .set("locality", locality.getValue() == null ? null : locality.getValue().getName())
                .set("lead", lead.getValue() == null ? null : lead.getValue().name())
                .set("show", activity.getValue() == null ? null : activity.getValue().name())
                .set("overdue", overdue.getValue());
        getUI().ifPresent(ui -> filters.writeTo(ui, "estates"));
        refresh();
    }

    private void refresh() {
        EttfFilter filter = filter();
        long count = service.count(filter);
        summary.setText(count + (count == 1 ? " project" : " projects") + " · capital value "
                + Formats.money(service.totalCapital(filter)));
        boolean showGrid = tabs.getSelectedTab() == gridTab;
        grid.setVisible(showGrid);
        board.setVisible(!showGrid);
        if (showGrid) {
            grid.getDataProvider().refreshAll();
        } else {
            drawBoard(service.list(filter));
        }
    }

    private void drawBoard(List<EttfProject> projects) {
        board.removeAll();
        LocalDate today = service.today();
        Map<ProjectStage, List<EttfProject>> byStage = projects.stream().collect(Collectors.groupingBy(EttfProject::getStage));
        for (ProjectStage column : ProjectStage.values()) {
            List<EttfProject> inColumn = byStage.getOrDefault(column, List.of());
            if (inColumn.isEmpty() && stage.getValue() != null) {
                continue;
            }
            Div col = new Div();
            col.addClassName("estates-column");
            col.getElement().setAttribute("data-stage", column.name());
            col.getStyle().set("flex", "0 0 14rem").set("background", "var(--lumo-contrast-5pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)");
            H3 header = new H3(column.label() + " (" + inColumn.size() + ")");
            header.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "0 0 var(--lumo-space-s) 0");
            col.add(header);
            inColumn.forEach(p -> col.add(card(p, today)));
            board.add(col);
        }
    }

    private Div card(EttfProject p, LocalDate today) {
        Div card = new Div();
        card.addClassName("estates-card");
        card.getStyle().set("background", "var(--lumo-base-color)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("box-shadow", "var(--lumo-box-shadow-xs)").set("padding", "var(--lumo-space-s)")
                .set("margin-bottom", "var(--lumo-space-s)").set("display", "flex").set("flex-direction", "column")
                .set("gap", "var(--lumo-space-xs)").set("font-size", "var(--lumo-font-size-s)");
        RouterLink name = new RouterLink(p.getName(), ProjectView.class, new RouteParameters("id", String.valueOf(p.getId())));
        name.getStyle().set("font-weight", "600");
        card.add(name, EstatesUi.ragBadge(p.getRag()));
        if (p.getStage() == ProjectStage.ON_HOLD && p.getHeldFrom() != null) {
            card.add(new Span("Held at " + p.getHeldFrom().inSentence()));
        }
        if (p.getStage() == ProjectStage.FEASIBILITY && p.getFeasibilityPercent() != null) {
            card.add(new Span("Feasibility " + p.getFeasibilityPercent() + "% complete"));
        }
        String next = EstatesUi.nextMilestone(p);
        if (!next.isEmpty()) {
            card.add(new Span("Next: " + next));
            Span days = daysSpan(p, today);
            if (p.isOverdue(today)) {
                card.getStyle().set("border-left", "4px solid var(--lumo-error-color)");
            }
            card.add(days);
        } else if (p.getStage().isOpen()) {
            card.add(new Span("No milestone planned"));
        }
        return card;
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New ETTF project");
        TextField name = new TextField("Name");
        name.setMaxLength(200);
        name.setRequired(true);
        name.setWidthFull();
        Select<ProjectType> type = new Select<>();
        type.setLabel("Type");
        type.setItems(ProjectType.values());
        type.setItemLabelGenerator(ProjectType::label);
        type.setValue(ProjectType.NEW_BUILD);
        Select<LeadOrganisation> leadOrg = new Select<>();
        leadOrg.setLabel("Lead organisation");
        leadOrg.setItems(LeadOrganisation.values());
        leadOrg.setItemLabelGenerator(LeadOrganisation::label);
        leadOrg.setValue(LeadOrganisation.CCG);
        dialog.add(new VerticalLayout(name, type, leadOrg));
        Button save = new Button("Create", e -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage("Give the project a name");
                return;
            }
            try {
                EttfProject created = service.create(new ProjectDetails(name.getValue(), type.getValue(), leadOrg.getValue(),
                        null, null, List.of(), null, null, null, null, null, Rag.GREEN, null, null, null));
                dialog.close();
                UI.getCurrent().navigate(ProjectView.class, new RouteParameters("id", String.valueOf(created.getId())));
            } catch (RuntimeException refused) {
                name.setInvalid(true);
                name.setErrorMessage(UserMessages.of(refused));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
