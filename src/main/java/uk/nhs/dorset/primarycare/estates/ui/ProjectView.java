package uk.nhs.dorset.primarycare.estates.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.files.StoredFile;
import uk.nhs.dorset.primarycare.base.files.StoredFiles;
import uk.nhs.dorset.primarycare.base.ui.FieldChangesGrid;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.StatusHistoryGrid;
import uk.nhs.dorset.primarycare.base.ui.TransitionDialog;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.estates.DocumentKind;
import uk.nhs.dorset.primarycare.estates.EttfProject;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.estates.LeadOrganisation;
import uk.nhs.dorset.primarycare.estates.ProjectDetails;
import uk.nhs.dorset.primarycare.estates.ProjectDocument;
import uk.nhs.dorset.primarycare.estates.ProjectIssue;
import uk.nhs.dorset.primarycare.estates.ProjectStage;
import uk.nhs.dorset.primarycare.estates.ProjectType;
import uk.nhs.dorset.primarycare.estates.Rag;
import uk.nhs.dorset.primarycare.estates.StageRecord;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.security.CurrentUser;

/**
 * One ETTF project: its stage and the moves the user may make, the details form, the stage
 * records and their timeline, the issues log, the business case documents and the history.
 * Every change is sent with the version the user saw, so nobody overwrites a newer change.
 */
@Route("estates/:id")
@PageTitle("ETTF project")
@RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
class ProjectView extends VerticalLayout implements BeforeEnterObserver {

    private final EttfService service;
    private final Actor actor;
    private final boolean mayEdit;
    private @Nullable EttfProject project;

    ProjectView(EttfService service, CurrentUser currentUser) {
        this.service = service;
        this.actor = currentUser.actor();
        this.mayEdit = actor.hasAny(EnumSet.of(Role.TEAM, Role.ESTATES));
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            project = service.get(Long.parseLong(id));
        } catch (NumberFormatException | NotFound missing) {
            removeAll();
            add(new H2("Project not found"), new RouterLink("Back to the pipeline", EstatesView.class));
            return;
        }
        build();
    }

    private void reload() {
        project = service.get(project.getId());
        build();
    }

    private void build() {
        removeAll();
        EttfProject p = project;
        LocalDate today = service.today();
        H2 title = new H2(p.getName());
        title.addClassName("view-title");
        HorizontalLayout badges = new HorizontalLayout(EstatesUi.stageBadge(p), EstatesUi.ragBadge(p.getRag()));
        badges.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        badges.getStyle().set("flex-wrap", "wrap");
        if (p.getRagReason() != null) {
            badges.add(new Span(p.getRagReason()));
        }
        String next = EstatesUi.nextMilestone(p);
        if (!next.isEmpty()) {
            Span due = new Span("Next milestone: " + next + " (" + EstatesUi.daysTo(p, today) + ")");
            if (p.isOverdue(today)) {
                due.addClassName("overdue");
            }
            badges.add(due);
        }
        if (p.getClosedReason() != null) {
            badges.add(new Span("Closed: " + p.getClosedReason()));
        }
        add(new RouterLink("← Estates pipeline", EstatesView.class), title, badges, moveButtons(p));
        add(section("Details"), detailsForm(p));
        add(section("Stage records"), stageRecords(p), TimelineChart.of(p, today));
        add(section("Issues and blockers"), issues(p));
        add(section("Documents"), documents(p));
        add(section("Status history"), new StatusHistoryGrid(p.getHistory(), EstatesUi::stageLabel));
        add(section("Changes to the project"), new FieldChangesGrid(service.fieldChanges(p.getId())));
    }

    private static H3 section(String text) {
        return new H3(text);
    }

    private Component moveButtons(EttfProject p) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.addClassName("move-buttons");
        buttons.getStyle().set("flex-wrap", "wrap");
        for (ProjectStage target : p.allowedNext(actor)) {
            String label = p.getStage().action(target);
            Button button = new Button(label, e -> new TransitionDialog(label,
                    question(p, target), p.getStage().needsReason(target), comment -> {
                        service.move(p.getId(), p.getVersion(), target, uk.nhs.dorset.primarycare.base.workflow.MoveRequest.of(comment));
                        Notifications.success(p.getName() + ": " + target.inSentence());
                        reload();
                    }).open());
            if (target != ProjectStage.CLOSED && target != ProjectStage.ON_HOLD && target != ProjectStage.PID_SUBMITTED
                    || p.getStage() == ProjectStage.FEASIBILITY) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            buttons.add(button);
        }
        return buttons;
    }

    private static String question(EttfProject p, ProjectStage target) {
        if (target == ProjectStage.PID_SUBMITTED && p.getStage() != ProjectStage.FEASIBILITY) {
            return "Send " + p.getName() + " back to PID review with a revised PID? Earlier stage records are kept.";
        }
        if (target == ProjectStage.ON_HOLD) {
            return "Put " + p.getName() + " on the shelf? It can resume only at " + p.getStage().inSentence() + ".";
        }
        if (target == ProjectStage.CLOSED) {
            return "Close " + p.getName() + " for good? A closed project cannot be reopened.";
        }
        return "Move " + p.getName() + " from " + p.getStage().inSentence() + " to " + target.inSentence() + "?";
    }

    // ---- details --------------------------------------------------------------------------

    private Component detailsForm(EttfProject p) {
        TextField name = new TextField("Name");
        name.setMaxLength(200);
        name.setRequired(true);
        name.setValue(p.getName());
        Select<ProjectType> type = new Select<>();
        type.setLabel("Type");
        type.setItems(ProjectType.values());
        type.setItemLabelGenerator(ProjectType::label);
        type.setValue(p.getType());
        Select<LeadOrganisation> lead = new Select<>();
        lead.setLabel("Lead organisation");
        lead.setItems(LeadOrganisation.values());
        lead.setItemLabelGenerator(LeadOrganisation::label);
        lead.setValue(p.getLeadOrganisation());
        TextField leadName = new TextField("Lead organisation name");
        leadName.setMaxLength(200);
        leadName.setValue(orEmpty(p.getLeadOrganisationName()));
        ComboBox<Locality> locality = new ComboBox<>("Locality");
        List<Locality> localities = service.localities();
        locality.setItems(localities);
        locality.setItemLabelGenerator(Locality::getName);
        locality.setClearButtonVisible(true);
        if (p.getLocality() != null) {
            localities.stream().filter(l -> l.getId().equals(p.getLocality().getId())).findFirst().ifPresent(locality::setValue);
        }
        MultiSelectComboBox<Practice> practices = new MultiSelectComboBox<>("Practices involved");
        List<Practice> open = new java.util.ArrayList<>(service.practices());
        p.getPractices().stream().filter(pr -> open.stream().noneMatch(o -> o.getOdsCode().equals(pr.getOdsCode()))).forEach(open::add);
        practices.setItems(open);
        practices.setItemLabelGenerator(pr -> pr.getOdsCode() + " " + pr.getName());
        Set<Practice> chosen = new HashSet<>();
        open.stream().filter(o -> p.getPractices().stream().anyMatch(pr -> pr.getOdsCode().equals(o.getOdsCode()))).forEach(chosen::add);
        practices.setValue(chosen);
        BigDecimalField capital = money("Capital value (£)", p.getCapitalValue());
        BigDecimalField share = money("ETTF share (£)", p.getEttfShare());
        BigDecimalField revenue = money("Annual revenue consequences (£)", p.getAnnualRevenueCost());
        TextField borneBy = new TextField("Revenue borne by");
        borneBy.setMaxLength(200);
        borneBy.setValue(orEmpty(p.getRevenueBorneBy()));
        DatePicker end = EstatesUi.datePicker("Funding programme end");
        end.setValue(p.getProgrammeEndDate());
        end.setHelperText("ETTF was extended from March 2019 to March 2020");
        Select<Rag> rag = new Select<>();
        rag.setLabel("RAG");
        rag.setItems(Rag.values());
        rag.setItemLabelGenerator(Rag::label);
        rag.setValue(p.getRag());
        TextArea ragReason = new TextArea("RAG reason");
        ragReason.setMaxLength(2000);
        ragReason.setHelperText("Required when red");
        ragReason.setValue(orEmpty(p.getRagReason()));
        IntegerField feasibility = new IntegerField("Feasibility % complete");
        feasibility.setMin(0);
        feasibility.setMax(100);
        feasibility.setValue(p.getFeasibilityPercent());
        TextArea nextSteps = new TextArea("Next steps");
        nextSteps.setMaxLength(2000);
        nextSteps.setValue(orEmpty(p.getNextSteps()));

        FormLayout form = new FormLayout(name, type, lead, leadName, locality, practices, capital, share, revenue, borneBy,
                end, rag, ragReason, feasibility, nextSteps);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));
        form.setColspan(practices, 2);
        if (!mayEdit) {
            form.getChildren().forEach(c -> c.getElement().setProperty("readonly", true));
            return form;
        }
        Paragraph error = new Paragraph();
        error.addClassName("refusal");
        error.setVisible(false);
        Button save = new Button("Save details", e -> {
            error.setVisible(false);
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage("Give the project a name");
                return;
            }
            if (rag.getValue() == Rag.RED && ragReason.getValue().isBlank()) {
                ragReason.setInvalid(true);
                ragReason.setErrorMessage("A red RAG status needs a reason");
                return;
            }
            if (capital.isInvalid() || share.isInvalid() || revenue.isInvalid() || feasibility.isInvalid()) {
                error.setText("Correct the highlighted fields");
                error.setVisible(true);
                return;
            }
            try {
                service.update(p.getId(), p.getVersion(), new ProjectDetails(name.getValue(), type.getValue(), lead.getValue(),
                        leadName.getValue(), locality.getValue() == null ? null : locality.getValue().getId(),
                        practices.getValue().stream().map(Practice::getOdsCode).toList(), capital.getValue(),
                        share.getValue(), revenue.getValue(), borneBy.getValue(), end.getValue(), rag.getValue(),
                        ragReason.getValue(), feasibility.getValue(), nextSteps.getValue()));
                Notifications.success("Details saved");
                reload();
            } catch (RuntimeException refused) {
                error.setText(UserMessages.of(refused));
                error.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new VerticalLayout(form, error, save);
    }

    private static BigDecimalField money(String label, @Nullable BigDecimal value) {
        BigDecimalField field = new BigDecimalField(label);
        field.setValue(value);
        field.addValueChangeListener(e -> {
            BigDecimal v = e.getValue();
            boolean bad = v != null && (v.signum() < 0 || v.compareTo(EttfProject.MAX_MONEY) > 0 || v.scale() > 2);
            field.setInvalid(bad);
            field.setErrorMessage(bad ? "Enter pounds and pence from £0 up to £9,999,999,999" : null);
        });
        return field;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    // ---- stage records --------------------------------------------------------------------

    private Component stageRecords(EttfProject p) {
        Grid<StageRecord> grid = new Grid<>(StageRecord.class, false);
        grid.addColumn(r -> r.getStage().label()).setHeader("Stage").setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.getPlannedDate())).setHeader("Planned").setAutoWidth(true);
        grid.addColumn(r -> r.isPending() ? (r.isOverdue(service.today()) ? "Overdue, not reached" : "Not reached") : Formats.date(r.getActualDate()))
                .setHeader("Actual").setAutoWidth(true);
        grid.addColumn(r -> orEmpty(r.getDecision())).setHeader("Decision").setAutoWidth(true);
        grid.addColumn(r -> orEmpty(r.getDecidedBy())).setHeader("Decided by").setAutoWidth(true);
        grid.addColumn(r -> orEmpty(r.getNotes())).setHeader("Notes").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(p.getStageRecords());
        grid.addClassName("stage-records");
        if (!mayEdit || !(p.getStage().isOpen() || p.getStage() == ProjectStage.ON_HOLD)) {
            return grid;
        }
        Select<ProjectStage> stage = new Select<>();
        stage.setLabel("Plan a stage");
        stage.setItems(ProjectStage.pipeline());
        stage.setItemLabelGenerator(ProjectStage::label);
        DatePicker date = EstatesUi.datePicker("Planned date");
        Button plan = new Button("Plan", e -> {
            if (stage.getValue() == null || date.getValue() == null) {
                date.setInvalid(true);
                date.setErrorMessage("Pick a stage and a date");
                return;
            }
            try {
                service.planStage(p.getId(), p.getVersion(), stage.getValue(), date.getValue());
                reload();
            } catch (RuntimeException refused) {
                Notifications.error(UserMessages.of(refused));
            }
        });
        HorizontalLayout planner = new HorizontalLayout(stage, date, plan);
        planner.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        planner.getStyle().set("flex-wrap", "wrap");
        return new VerticalLayout(grid, planner);
    }

    // ---- issues ---------------------------------------------------------------------------

    private Component issues(EttfProject p) {
        Grid<ProjectIssue> grid = new Grid<>(ProjectIssue.class, false);
        grid.addColumn(i -> Formats.date(i.getRaisedOn())).setHeader("Raised").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProjectIssue::getDescription).setHeader("Issue or blocker").setFlexGrow(1);
        grid.addColumn(i -> orEmpty(i.getOwner())).setHeader("Owner").setAutoWidth(true);
        grid.addColumn(i -> i.isOpen() ? "Open" : "Closed " + Formats.date(i.getClosedOn())).setHeader("Status").setAutoWidth(true);
        if (mayEdit) {
            grid.addComponentColumn(i -> new Button(i.isOpen() ? "Close" : "Reopen", e -> {
                try {
                    service.setIssueOpen(p.getId(), p.getVersion(), i.getId(), !i.isOpen());
                    reload();
                } catch (RuntimeException refused) {
                    Notifications.error(UserMessages.of(refused));
                }
            })).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(p.getIssues().reversed());
        if (!mayEdit) {
            return grid;
        }
        TextField description = new TextField("New issue or blocker");
        description.setMaxLength(2000);
        description.setWidth("min(40rem, 100%)");
        TextField owner = new TextField("Owner");
        owner.setMaxLength(100);
        Button log = new Button("Log issue", e -> {
            if (description.getValue().isBlank()) {
                description.setInvalid(true);
                description.setErrorMessage("Describe the issue or blocker");
                return;
            }
            try {
                service.logIssue(p.getId(), p.getVersion(), description.getValue(), owner.getValue());
                reload();
            } catch (RuntimeException refused) {
                description.setInvalid(true);
                description.setErrorMessage(UserMessages.of(refused));
            }
        });
        HorizontalLayout add = new HorizontalLayout(description, owner, log);
        add.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add.getStyle().set("flex-wrap", "wrap");
        return new VerticalLayout(grid, add);
    }

    // ---- documents ------------------------------------------------------------------------

    private Component documents(EttfProject p) {
        Grid<ProjectDocument> grid = new Grid<>(ProjectDocument.class, false);
        grid.addColumn(d -> d.getKind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addComponentColumn(this::downloadLink).setHeader("File").setFlexGrow(1);
        grid.addColumn(d -> Formats.number(Math.max(1, d.getSizeBytes() / 1024)) + " KB").setHeader("Size").setAutoWidth(true);
        grid.addColumn(d -> d.getUploadedBy() + ", " + Formats.dateTime(d.getUploadedAt())).setHeader("Added").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(p.getDocuments());
        if (!mayEdit) {
            return p.getDocuments().isEmpty() ? new Paragraph("No documents yet.") : grid;
        }
        Select<DocumentKind> kind = new Select<>();
        kind.setLabel("Document kind");
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(DocumentKind::label);
        kind.setValue(DocumentKind.PID);
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                service.attach(p.getId(), p.getVersion(), kind.getValue(), metadata.fileName(), bytes);
                getUI().ifPresent(ui -> ui.access(() -> {
                    Notifications.success(metadata.fileName() + " attached");
                    reload();
                }));
            } catch (RuntimeException refused) {
                getUI().ifPresent(ui -> ui.access(() -> Notifications.error(UserMessages.of(refused))));
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) EttfService.MAX_DOCUMENT_BYTES);
        upload.setAcceptedFileTypes(StoredFiles.TYPES.keySet().stream().map(ext -> "." + ext).toArray(String[]::new));
        Paragraph limits = new Paragraph(StoredFiles.ACCEPTED + ", at most 20 MB.");
        limits.addClassName("grid-summary");
        HorizontalLayout add = new HorizontalLayout(kind, upload);
        add.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add.getStyle().set("flex-wrap", "wrap");
        return new VerticalLayout(grid, add, limits);
    }

    private Anchor downloadLink(ProjectDocument d) {
        long projectId = project.getId();
        long documentId = d.getId();
        DownloadHandler handler = event -> {
            StoredFile file = service.download(projectId, documentId);
            event.setFileName(file.fileName());
            event.setContentType(file.contentType());
            try (InputStream in = file.content(); OutputStream out = event.getOutputStream()) {
                in.transferTo(out);
            }
        };
        Anchor link = new Anchor(handler, d.getFileName());
        link.getElement().setAttribute("download", true);
        return link;
    }
}
