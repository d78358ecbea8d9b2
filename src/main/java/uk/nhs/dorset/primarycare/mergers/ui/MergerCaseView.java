package uk.nhs.dorset.primarycare.mergers.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.files.StoredFile;
import uk.nhs.dorset.primarycare.base.ui.FieldChangesGrid;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.StatusBadge;
import uk.nhs.dorset.primarycare.base.ui.StatusHistoryGrid;
import uk.nhs.dorset.primarycare.base.ui.WorkflowActions;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.base.workflow.StatusChange;
import uk.nhs.dorset.primarycare.mergers.ActionArea;
import uk.nhs.dorset.primarycare.mergers.ActionPlanItem;
import uk.nhs.dorset.primarycare.mergers.ActionStatus;
import uk.nhs.dorset.primarycare.mergers.FundingSource;
import uk.nhs.dorset.primarycare.mergers.MergerAttachment;
import uk.nhs.dorset.primarycare.mergers.MergerAttachmentKind;
import uk.nhs.dorset.primarycare.mergers.MergerCase;
import uk.nhs.dorset.primarycare.mergers.MergerDetails;
import uk.nhs.dorset.primarycare.mergers.MergerParty;
import uk.nhs.dorset.primarycare.mergers.MergerReason;
import uk.nhs.dorset.primarycare.mergers.MergerService;
import uk.nhs.dorset.primarycare.mergers.MergerStatus;
import uk.nhs.dorset.primarycare.practice.ContractType;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.practice.PracticeStatus;
import uk.nhs.dorset.primarycare.security.CurrentUser;

/**
 * One merger case: the practices and the continuing contract, support package, action plan,
 * patient engagement and notes; the workflow actions the user's role allows; the history and
 * a timeline of the dates that matter. {@code mergers/new} starts a new enquiry.
 */
@Route("mergers/:id")
@PageTitle("Merger case")
@RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
class MergerCaseView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE_PREFIX = "mergers/";

    private final MergerService mergers;
    private final PracticeService practices;
    private final Actor actor;

    private @Nullable MergerCase current;
    private Binder<MergerDetails> binder = new Binder<>(MergerDetails.class);
    private final List<PartyRow> parties = new ArrayList<>();
    private final List<ActionRow> actions = new ArrayList<>();
    private final Grid<PartyRow> partyGrid = new Grid<>(PartyRow.class, false);
    private final Span combined = new Span();
    private final Paragraph contractWarning = new Paragraph();
    private boolean editable;
    private boolean partiesEditable;
    private final VerticalLayout attachmentsBox = new VerticalLayout();

    MergerCaseView(MergerService mergers, PracticeService practices, CurrentUser currentUser) {
        this.mergers = mergers;
        this.practices = practices;
        this.actor = currentUser.actor();
        setMaxWidth("80rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        if ("new".equals(id)) {
            current = null;
            render();
            return;
        }
        try {
            current = mergers.get(Long.parseLong(id));
            render();
        } catch (NumberFormatException | NotFound e) {
            removeAll();
            add(new H2("Merger case not found"), new Anchor(MergersView.ROUTE, "Back to merger cases"));
        }
    }

    private boolean runsCases() {
        return actor.hasAny(EnumSet.of(Role.TEAM, Role.ESTATES));
    }

    private void render() {
        removeAll();
        binder = new Binder<>(MergerDetails.class);
        MergerCase c = current;
        editable = runsCases() && (c == null || c.isEditable());
        partiesEditable = editable && (c == null || c.arePartiesEditable());
        MergerDetails details = c == null ? blankDetails() : MergerDetails.of(c);
        parties.clear();
        details.getParties().forEach(p -> parties.add(PartyRow.of(p)));
        actions.clear();
        details.getActions().forEach(a -> actions.add(ActionRow.of(a)));

        add(header(c));
        if (c != null && c.getStatus() == MergerStatus.COMPLETED) {
            add(afterCompletion(c));
        }
        add(new H3("Practices"), partiesSection());
        add(new H3("Case"), caseForm(c));
        add(new H3("Support package"), supportForm());
        add(new H3("Action plan"), actionPlan());
        add(new H3("Patient engagement"), engagementForm());
        add(new H3("Notes"), notesForm());
        binder.readBean(details);
        binder.setReadOnly(!editable);
        if (editable) {
            Button save = new Button(c == null ? "Create case" : "Save changes", VaadinIcon.CHECK.create(), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        }
        if (c != null) {
            add(new H3("Attachments"), attachmentsBox);
            showAttachments(c);
            add(new H3("Timeline"), timeline(c));
            add(new H3("Status history"), new StatusHistoryGrid(c.getHistory(), name -> MergerStatus.valueOf(name).label()));
            add(new H3("Changes"), new FieldChangesGrid(mergers.fieldChanges(c.getId())));
        }
        refreshParties();
    }

    // ---- case papers ----------------------------------------------------------------------

    /**
     * Lists the case papers and offers an upload. Only this section is redrawn after an upload,
     * so unsaved edits elsewhere on the page are kept.
     */
    private void showAttachments(MergerCase c) {
        attachmentsBox.removeAll();
        attachmentsBox.setPadding(false);
        Grid<MergerAttachment> grid = new Grid<>();
        grid.addComponentColumn(a -> download(c, a)).setHeader("File").setFlexGrow(1);
        grid.addColumn(a -> a.getKind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(a -> Formats.number(Math.max(1, a.getSizeBytes() / 1024)) + " KB").setHeader("Size").setAutoWidth(true);
        grid.addColumn(MergerAttachment::getUploadedBy).setHeader("By").setAutoWidth(true);
        grid.addColumn(a -> Formats.dateTime(a.getUploadedAt())).setHeader("When").setAutoWidth(true);
        grid.setItems(c.getAttachments());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        attachmentsBox.add(grid);
        if (!actor.hasAny(EnumSet.of(Role.TEAM, Role.ESTATES, Role.MANAGER))) {
            return;
        }
        Select<MergerAttachmentKind> kind = new Select<>();
        kind.setLabel("Kind of paper");
        kind.setItems(MergerAttachmentKind.values());
        kind.setItemLabelGenerator(MergerAttachmentKind::label);
        kind.setValue(MergerAttachmentKind.OPTIONS_APPRAISAL);
        long caseId = c.getId();
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> {
            try {
                showAttachments(mergers.attach(caseId, kind.getValue(), metadata.fileName(), data));
                Notifications.success("Attached " + metadata.fileName());
            } catch (RuntimeException refused) {
                Notifications.error(UserMessages.of(refused));
            }
        })));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(10 * 1024 * 1024);
        upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".xlsx", ".docx", ".csv");
        upload.addFileRejectedListener(e -> Notifications.error(e.getFileName() + ": " + e.getErrorMessage()
                + ". Attach a PDF, PNG, JPEG, XLSX, DOCX or CSV of at most 10 MB"));
        Paragraph help = new Paragraph("Options appraisals, letters, applications and PCSE notifications: "
                + "PDF, PNG, JPEG, XLSX, DOCX or CSV, at most 10 MB.");
        help.addClassName("grid-summary");
        attachmentsBox.add(kind, upload, help);
    }

    private Anchor download(MergerCase c, MergerAttachment attachment) {
        long caseId = c.getId();
        long attachmentId = attachment.getId();
        DownloadHandler handler = event -> {
            StoredFile file = mergers.download(caseId, attachmentId);
            event.setFileName(file.fileName());
            event.setContentType(file.contentType());
            try (InputStream in = file.content(); OutputStream out = event.getOutputStream()) {
                in.transferTo(out);
            }
        };
        Anchor link = new Anchor(handler, attachment.getFileName());
        link.getElement().setAttribute("download", true);
        return link;
    }

    private static MergerDetails blankDetails() {
        MergerDetails d = new MergerDetails();
        List<ActionPlanItem> items = new ArrayList<>();
        for (ActionArea area : ActionArea.values()) {
            items.add(ActionPlanItem.notStarted(area));
        }
        d.setActions(items);
        return d;
    }

    // ---- header and actions -------------------------------------------------------------

    private Component header(@Nullable MergerCase c) {
        VerticalLayout header = new VerticalLayout();
        header.setPadding(false);
        Anchor back = new Anchor(MergersView.ROUTE, "← Merger cases");
        if (c == null) {
            header.add(back, new H2("New merger case"),
                    new Paragraph("Record the enquiry: the practices, which contract continues and why they want to merge."));
            return header;
        }
        H2 title = new H2(c.label());
        StatusBadge badge = MergerBadges.of(c.getStatus());
        HorizontalLayout titleRow = new HorizontalLayout(title, badge);
        titleRow.setAlignItems(FlexComponent.Alignment.CENTER);
        titleRow.setWrap(true);
        WorkflowActions<MergerStatus> buttons = new WorkflowActions<>(c, actor, target -> question(c, target), (target, request) -> {
            current = mergers.move(c.getId(), c.getVersion(), target, request);
            Notifications.success("Case moved to " + target.inSentence());
            render();
        });
        header.add(back, titleRow, buttons);
        c.contractProblem().ifPresent(problem -> header.add(refusal(problem)));
        return header;
    }

    private static String question(MergerCase c, MergerStatus target) {
        return switch (target) {
            case COMPLETED -> "Complete the merger on " + Formats.date(c.getProposedMergerDate()) + "? "
                    + c.absorbed().stream().map(MergerParty::label).reduce((a, b) -> a + ", " + b).orElse("")
                    + " will be recorded as merged into " + c.continuing().label() + ", whose list becomes "
                    + Formats.number(c.getCombinedListSize()) + " patients.";
            case APPROVED -> "Record the commissioning committee's approval of this merger?";
            case DECLINED -> "Record that the commissioning committee declined this application?";
            case WITHDRAWN -> "Withdraw this case? It cannot be reopened.";
            default -> "Move this case to " + target.inSentence() + "? Save any changes to the form first.";
        };
    }

    private Component afterCompletion(MergerCase c) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3("After the merger"));
        for (MergerParty absorbed : c.absorbed()) {
            Optional<Practice> practice = practices.find(absorbed.getOdsCode());
            String state = practice.map(p -> p.getStatus() == PracticeStatus.MERGED && p.getMergedInto() != null
                    ? "Merged into " + p.getMergedInto().label() + " on " + Formats.date(p.getCloseDate())
                    : p.getStatus().label()).orElse("Not found");
            Anchor link = new Anchor("practices/" + absorbed.getOdsCode(), absorbed.label());
            Span status = new Span(" — " + state);
            status.addClassName("absorbed-state");
            box.add(new Div(link, status));
        }
        Map<String, List<String>> work = mergers.openWorkOfAbsorbedPractices(c.getId());
        box.add(new Paragraph("Open work of the absorbed practices to reassign (nothing has been moved or deleted):"));
        UnorderedList list = new UnorderedList();
        work.forEach((practice, items) -> {
            if (items.isEmpty()) {
                list.add(new ListItem(practice + ": nothing open reported"));
            } else {
                items.forEach(item -> list.add(new ListItem(practice + ": " + item)));
            }
        });
        box.add(list);
        return box;
    }

    // ---- practices ------------------------------------------------------------------------

    private Component partiesSection() {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        partyGrid.removeAllColumns();
        partyGrid.addColumn(PartyRow::label).setHeader("Practice").setFlexGrow(2);
        partyGrid.addComponentColumn(row -> {
            if (!partiesEditable) {
                return new Span(row.contract == null ? "Not known" : row.contract.name());
            }
            Select<ContractType> select = new Select<>();
            select.setItems(ContractType.values());
            select.setItemLabelGenerator(ContractType::name);
            select.setPlaceholder("Choose");
            select.setValue(row.contract);
            select.setAriaLabel("Contract type of " + row.label());
            select.addValueChangeListener(e -> {
                row.contract = e.getValue();
                refreshSummary();
            });
            select.setWidth("8rem");
            return select;
        }).setHeader("Contract").setAutoWidth(true);
        partyGrid.addComponentColumn(row -> {
            if (!partiesEditable) {
                return new Span(Formats.number(row.listSize));
            }
            IntegerField size = new IntegerField();
            size.setMin(0);
            size.setMax(200_000);
            size.setValue(row.listSize);
            size.setAriaLabel("List size of " + row.label());
            size.addValueChangeListener(e -> {
                row.listSize = e.getValue();
                refreshSummary();
            });
            size.setWidth("8rem");
            return size;
        }).setHeader("List size").setAutoWidth(true);
        partyGrid.addComponentColumn(row -> {
            Checkbox continuing = new Checkbox("Continuing", row.continuing);
            continuing.setReadOnly(!partiesEditable);
            continuing.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    parties.forEach(r -> r.continuing = false);
                    row.continuing = e.getValue();
                    refreshParties();
                }
            });
            return continuing;
        }).setHeader("Contract continues").setAutoWidth(true);
        if (partiesEditable) {
            partyGrid.addComponentColumn(row -> {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    parties.remove(row);
                    refreshParties();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                remove.setAriaLabel("Remove " + row.label());
                return remove;
            }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        partyGrid.setAllRowsVisible(true);
        partyGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        section.add(partyGrid);

        if (partiesEditable) {
            ComboBox<Practice> picker = new ComboBox<>("Add a practice");
            picker.setItems(practices.openPractices());
            picker.setItemLabelGenerator(p -> p.label() + (p.getLocality() == null ? "" : " (" + p.getLocality().getName() + ")"));
            picker.setWidth("min(28rem, 100%)");
            Button add = new Button("Add practice", VaadinIcon.PLUS.create(), e -> {
                Practice p = picker.getValue();
                if (p == null) {
                    picker.setInvalid(true);
                    picker.setErrorMessage("Choose a practice to add");
                    return;
                }
                if (parties.stream().anyMatch(r -> r.odsCode.equals(p.getOdsCode()))) {
                    picker.setInvalid(true);
                    picker.setErrorMessage(p.label() + " is already in this case");
                    return;
                }
                parties.add(new PartyRow(p.getOdsCode(), p.getName(), p.getContractType(), p.getListSize(), parties.isEmpty()));
                picker.clear();
                picker.setInvalid(false);
                refreshParties();
            });
            HorizontalLayout adder = new HorizontalLayout(picker, add);
            adder.setAlignItems(FlexComponent.Alignment.BASELINE);
            adder.setWrap(true);
            adder.setWidthFull();
            section.add(adder);
        }
        combined.addClassName("combined-list");
        contractWarning.addClassName("refusal");
        section.add(combined, contractWarning);
        return section;
    }

    private void refreshParties() {
        partyGrid.setItems(parties);
        refreshSummary();
    }

    private void refreshSummary() {
        int total = parties.stream().mapToInt(r -> r.listSize == null ? 0 : r.listSize).sum();
        boolean unknown = parties.stream().anyMatch(r -> r.listSize == null);
        combined.setText("Combined list: " + Formats.number(total) + " patients" + (unknown ? " (some list sizes not known)" : ""));
        List<MergerParty> asParties = new ArrayList<>();
        for (PartyRow r : parties) {
            asParties.add(new MergerParty(r.odsCode, r.name, r.contract, null, r.continuing));
        }
        Optional<String> problem = MergerCase.contractProblem(asParties);
        contractWarning.setText(problem.orElse(""));
        contractWarning.setVisible(problem.isPresent());
    }

    // ---- forms ----------------------------------------------------------------------------

    private Component caseForm(@Nullable MergerCase c) {
        TextField title = new TextField("Title");
        title.setMaxLength(200);
        binder.forField(title).asRequired("Give the case a title").bind(MergerDetails::getTitle, MergerDetails::setTitle);
        ComboBox<MergerReason> reason = new ComboBox<>("Reason");
        reason.setItems(MergerReason.values());
        reason.setItemLabelGenerator(MergerReason::label);
        binder.forField(reason).asRequired("Choose the reason for the merger").bind(MergerDetails::getReason, MergerDetails::setReason);
        DatePicker proposed = datePicker("Proposed merger date");
        binder.bind(proposed, MergerDetails::getProposedMergerDate, MergerDetails::setProposedMergerDate);
        DatePicker pcse = datePicker("PCSE notified on");
        pcse.setHelperText("Primary Care Support England must be told at least six weeks before the merger date"
                + (c != null && c.pcseDeadline().isPresent() ? ": by " + Formats.date(c.pcseDeadline().get()) : ""));
        binder.bind(pcse, MergerDetails::getPcseNotifiedOn, MergerDetails::setPcseNotifiedOn);
        TextArea evidence = new TextArea("Vulnerability evidence");
        evidence.setMaxLength(4000);
        binder.bind(evidence, MergerDetails::getVulnerabilityEvidence, MergerDetails::setVulnerabilityEvidence);
        FormLayout form = new FormLayout(title, reason, proposed, pcse, evidence);
        form.setColspan(title, 2);
        form.setColspan(evidence, 2);
        return form;
    }

    private Component supportForm() {
        BigDecimalField amount = new BigDecimalField("Resilience funding");
        amount.setPrefixComponent(new Span("£"));
        binder.forField(amount)
                .withValidator(v -> v == null || (v.signum() >= 0 && v.compareTo(new BigDecimal("10000000")) <= 0),
                        "Enter an amount between £0 and £10,000,000")
                .bind(MergerDetails::getFundingAmount, MergerDetails::setFundingAmount);
        ComboBox<FundingSource> source = new ComboBox<>("Funding source");
        source.setItems(FundingSource.values());
        source.setItemLabelGenerator(FundingSource::label);
        source.setClearButtonVisible(true);
        binder.bind(source, MergerDetails::getFundingSource, MergerDetails::setFundingSource);
        DatePicker pack = datePicker("Merger pack issued on");
        binder.bind(pack, MergerDetails::getMergerPackIssuedOn, MergerDetails::setMergerPackIssuedOn);
        Checkbox legal = new Checkbox("Legal support");
        binder.bind(legal, MergerDetails::isLegalSupport, MergerDetails::setLegalSupport);
        TextArea expert = new TextArea("Expert support");
        expert.setMaxLength(2000);
        binder.bind(expert, MergerDetails::getExpertSupport, MergerDetails::setExpertSupport);
        FormLayout form = new FormLayout(amount, source, pack, legal, expert);
        form.setColspan(expert, 2);
        return form;
    }

    private Component actionPlan() {
        Grid<ActionRow> grid = new Grid<>(ActionRow.class, false);
        grid.addColumn(r -> r.area.label()).setHeader("Area").setAutoWidth(true);
        grid.addComponentColumn(r -> {
            if (!editable) {
                return new Span(r.owner == null ? "" : r.owner);
            }
            TextField owner = new TextField();
            owner.setMaxLength(200);
            owner.setValue(r.owner == null ? "" : r.owner);
            owner.setAriaLabel("Owner of " + r.area.label());
            owner.addValueChangeListener(e -> r.owner = e.getValue());
            owner.setWidthFull();
            return owner;
        }).setHeader("Owner").setFlexGrow(1);
        grid.addComponentColumn(r -> {
            if (!editable) {
                Span due = new Span(Formats.date(r.due));
                if (r.due != null && r.due.isBefore(LocalDate.now()) && !r.status.isSettled()) {
                    due.addClassName("overdue");
                }
                return due;
            }
            DatePicker due = datePicker(null);
            due.setValue(r.due);
            due.setAriaLabel("Due date of " + r.area.label());
            due.addValueChangeListener(e -> r.due = e.getValue());
            due.setWidth("10rem");
            return due;
        }).setHeader("Due").setAutoWidth(true);
        grid.addComponentColumn(r -> {
            if (!editable) {
                return new StatusBadge(r.status.label(), r.status.isSettled() ? StatusBadge.Tone.SUCCESS
                        : r.status == ActionStatus.IN_PROGRESS ? StatusBadge.Tone.INFO : StatusBadge.Tone.NEUTRAL);
            }
            Select<ActionStatus> status = new Select<>();
            status.setItems(ActionStatus.values());
            status.setItemLabelGenerator(ActionStatus::label);
            status.setValue(r.status);
            status.setAriaLabel("Status of " + r.area.label());
            status.addValueChangeListener(e -> r.status = e.getValue() == null ? ActionStatus.NOT_STARTED : e.getValue());
            status.setWidth("10rem");
            return status;
        }).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(r -> {
            if (!editable) {
                return new Span(r.notes == null ? "" : r.notes);
            }
            TextField notes = new TextField();
            notes.setMaxLength(2000);
            notes.setValue(r.notes == null ? "" : r.notes);
            notes.setAriaLabel("Notes on " + r.area.label());
            notes.addValueChangeListener(e -> r.notes = e.getValue());
            notes.setWidthFull();
            return notes;
        }).setHeader("Notes").setFlexGrow(2);
        grid.setItems(actions);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("action-plan");
        return grid;
    }

    private Component engagementForm() {
        IntegerField events = new IntegerField("Engagement events held");
        events.setMin(0);
        events.setMax(1000);
        binder.forField(events).withValidator(v -> v == null || (v >= 0 && v <= 1000), "Enter a number between 0 and 1,000")
                .bind(MergerDetails::getEngagementEvents, MergerDetails::setEngagementEvents);
        DatePicker letters = datePicker("Letters to patients sent on");
        binder.bind(letters, MergerDetails::getLettersSentOn, MergerDetails::setLettersSentOn);
        DatePicker risk = datePicker("Patients risk stratified on");
        binder.bind(risk, MergerDetails::getRiskStratifiedOn, MergerDetails::setRiskStratifiedOn);
        TextArea notes = new TextArea("Engagement notes");
        notes.setMaxLength(2000);
        binder.bind(notes, MergerDetails::getEngagementNotes, MergerDetails::setEngagementNotes);
        FormLayout form = new FormLayout(events, letters, risk, notes);
        form.setColspan(notes, 2);
        return form;
    }

    private Component notesForm() {
        TextArea notes = new TextArea("Case notes");
        notes.setMaxLength(4000);
        notes.setWidthFull();
        binder.bind(notes, MergerDetails::getCaseNotes, MergerDetails::setCaseNotes);
        return notes;
    }

    private void save() {
        MergerDetails d = new MergerDetails();
        if (!binder.writeBeanIfValid(d)) {
            Notifications.error("Check the highlighted fields");
            return;
        }
        try {
            List<MergerParty> asParties = new ArrayList<>();
            for (PartyRow r : parties) {
                asParties.add(new MergerParty(r.odsCode, r.name, r.contract, r.listSize, r.continuing));
            }
            d.setParties(asParties);
            List<ActionPlanItem> items = new ArrayList<>();
            for (ActionRow r : actions) {
                items.add(new ActionPlanItem(r.area, r.owner, r.due, r.status, r.notes));
            }
            d.setActions(items);
            MergerCase c = current;
            MergerCase saved = c == null ? mergers.create(d) : mergers.update(c.getId(), c.getVersion(), d);
            Notifications.success(c == null ? "Case created" : "Changes saved");
            if (c == null) {
                getUI().ifPresent(ui -> ui.navigate(ROUTE_PREFIX + saved.getId()));
            } else {
                current = saved;
                render();
            }
        } catch (RuntimeException e) {
            if (!UserMessages.isExpected(e)) {
                throw e;
            }
            Notifications.error(UserMessages.of(e));
        }
    }

    // ---- timeline -------------------------------------------------------------------------

    private record Moment(LocalDate date, String text, boolean status) {
    }

    private Component timeline(MergerCase c) {
        List<Moment> moments = new ArrayList<>();
        for (StatusChange h : c.getHistory()) {
            moments.add(new Moment(h.getChangedAt().atZone(Formats.ZONE).toLocalDate(),
                    MergerStatus.valueOf(h.getToStatus()).label() + " (" + h.getChangedBy() + ")", true));
        }
        add(moments, c.getMergerPackIssuedOn(), "Merger pack issued");
        add(moments, c.getLettersSentOn(), "Letters sent to patients");
        add(moments, c.getRiskStratifiedOn(), "Patients risk stratified");
        add(moments, c.getPcseNotifiedOn(), "Primary Care Support England notified");
        if (c.getPcseNotifiedOn() == null && c.getStatus().isOpen()) {
            c.pcseDeadline().ifPresent(d -> moments.add(new Moment(d, "Last day to notify Primary Care Support England", false)));
        }
        if (c.getMergerDate() != null) {
            add(moments, c.getMergerDate(), "Merger date: lists merged");
        } else {
            add(moments, c.getProposedMergerDate(), "Proposed merger date");
        }
        moments.sort(Comparator.comparing(Moment::date));
        LocalDate today = LocalDate.now();
        Div line = new Div();
        line.addClassName("merger-timeline");
        line.getStyle().set("border-left", "3px solid var(--lumo-primary-color-50pct)").set("padding-left", "var(--lumo-space-m)");
        for (Moment m : moments) {
            Div entry = new Div();
            entry.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            Span date = new Span(Formats.date(m.date()));
            date.getStyle().set("font-weight", "600").set("margin-right", "var(--lumo-space-s)");
            Span text = new Span(m.text() + (m.date().isAfter(today) ? " (planned)" : ""));
            if (!m.status()) {
                text.getStyle().set("color", "var(--lumo-secondary-text-color)");
            }
            entry.add(date, text);
            line.add(entry);
        }
        return line;
    }

    private static void add(List<Moment> moments, @Nullable LocalDate date, String text) {
        if (date != null) {
            moments.add(new Moment(date, text, false));
        }
    }

    // ---- helpers --------------------------------------------------------------------------

    private static Paragraph refusal(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("refusal");
        return p;
    }

    static DatePicker datePicker(@Nullable String label) {
        DatePicker picker = label == null ? new DatePicker() : new DatePicker(label);
        picker.setLocale(Locale.UK);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd/MM/yyyy");
        picker.setI18n(i18n);
        picker.setClearButtonVisible(true);
        return picker;
    }

    /** A practice row being edited; becomes a {@link MergerParty} on save. */
    static final class PartyRow {
        final String odsCode;
        final String name;
        @Nullable ContractType contract;
        @Nullable Integer listSize;
        boolean continuing;

        PartyRow(String odsCode, String name, @Nullable ContractType contract, @Nullable Integer listSize, boolean continuing) {
            this.odsCode = odsCode;
            this.name = name;
            this.contract = contract;
            this.listSize = listSize;
            this.continuing = continuing;
        }

        static PartyRow of(MergerParty p) {
            return new PartyRow(p.getOdsCode(), p.getPracticeName(), p.getContractType(), p.getListSize(), p.isContinuing());
        }

        String label() {
            return odsCode + " " + name;
        }
    }

    /** An action plan area being edited. */
    static final class ActionRow {
        final ActionArea area;
        @Nullable String owner;
        @Nullable LocalDate due;
        ActionStatus status;
        @Nullable String notes;

        ActionRow(ActionArea area, @Nullable String owner, @Nullable LocalDate due, ActionStatus status, @Nullable String notes) {
            this.area = area;
            this.owner = owner;
            this.due = due;
            this.status = status;
            this.notes = notes;
        }

        static ActionRow of(ActionPlanItem a) {
            return new ActionRow(a.getArea(), a.getOwner(), a.getDueDate(), a.getStatus(), a.getNotes());
        }
    }
}
