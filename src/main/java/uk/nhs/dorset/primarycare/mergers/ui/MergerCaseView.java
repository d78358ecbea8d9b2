package uk.nhs.dorset.primarycare.mergers.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import uk.nhs.dorset.primarycare.base.ui.DecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.ConcurrentChange;
import uk.nhs.dorset.primarycare.base.ui.ConflictDialog;
import uk.nhs.dorset.primarycare.base.ui.PageTitles;
import uk.nhs.dorset.primarycare.base.ui.ReadOnlyFigures;
import uk.nhs.dorset.primarycare.base.ui.UnsavedChanges;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.ui.FieldChangesGrid;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.StatusHistoryGrid;
import uk.nhs.dorset.primarycare.base.ui.RecordSections;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.base.ui.WorkflowActions;
import uk.nhs.dorset.primarycare.mergers.FundingSource;
import uk.nhs.dorset.primarycare.mergers.MergerCase;
import uk.nhs.dorset.primarycare.mergers.MergerDetails;
import uk.nhs.dorset.primarycare.mergers.MergerReason;
import uk.nhs.dorset.primarycare.mergers.MergerService;
import uk.nhs.dorset.primarycare.mergers.MergerStatus;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.security.CurrentUser;

/**
 * One merger case: the practices and the continuing contract, support package, action plan,
 * patient engagement and notes in one form; the workflow actions the user's role allows; the
 * papers, the timeline, the history and what changed. {@code mergers/new} starts a new enquiry.
 */
@Route("mergers/:id")
@RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
class MergerCaseView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String ROUTE_PREFIX = "mergers/";

    private final MergerService mergers;
    private final PracticeService practices;
    private final Actor actor;
    private final RecordSections sections;
    private final Clock clock;

    private @Nullable MergerCase current;
    // Field rules come from MergerDetails' constraints; the binder shows them at the field.
    private BeanValidationBinder<MergerDetails> binder = new BeanValidationBinder<>(MergerDetails.class);
    private final UnsavedChanges unsaved = new UnsavedChanges(this);

    MergerCaseView(MergerService mergers, PracticeService practices, CurrentUser currentUser, Clock clock, RecordSections sections) {
        this.mergers = mergers;
        this.sections = sections;
        this.clock = clock;
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

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        unsaved.beforeLeave(event);
    }

    @Override
    public String getPageTitle() {
        MergerCase c = current;
        return c == null ? PageTitles.of("New merger case") : PageTitles.of(c.label(), "Merger case");
    }

    private void render() {
        removeAll();
        binder = new BeanValidationBinder<>(MergerDetails.class);
        MergerCase c = current;
        boolean editable = actor.hasAny(EnumSet.of(Role.TEAM, Role.ESTATES)) && (c == null || c.isEditable());
        boolean partiesEditable = editable && (c == null || c.arePartiesEditable());
        PartiesField parties = new PartiesField(practices::openPractices, partiesEditable);
        binder.forField(parties).bind("parties");
        ActionPlanField plan = new ActionPlanField(editable, LocalDate.now(clock));
        binder.forField(plan).bind("actions");

        add(header(c));
        if (c != null && c.getStatus() == MergerStatus.COMPLETED) {
            add(new AfterTheMerger(c, mergers, practices));
        }
        add(new H3("Practices"), parties);
        add(new H3("Case"), caseForm(c));
        add(new H3("Support package"), supportForm());
        add(new H3("Action plan"), plan);
        add(new H3("Patient engagement"), engagementForm());
        add(new H3("Notes"), notesForm());
        binder.readBean(c == null ? CaseParts.blankDetails() : MergerDetails.of(c));
        binder.setReadOnly(!editable);
        unsaved.watch(binder);
        ReadOnlyFigures.apply(this);
        // The practices are fixed once the application is in, while the rest may still change.
        parties.setReadOnly(!partiesEditable);
        if (editable) {
            Button save = new Button(c == null ? "Create case" : "Save changes", VaadinIcon.CHECK.create(), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        }
        if (c != null) {
            add(new H3("Attachments"), CasePapers.of(mergers, actor, c));
            add(new H3("Timeline"), new MergerTimeline(c, LocalDate.now(clock)));
            add(sections.of(c, () -> {
                current = mergers.get(c.getId());
                render();
            }));
            add(new H3("Status history"), new StatusHistoryGrid(c.getHistory(), name -> MergerStatus.valueOf(name).label()));
            add(new H3("Changes"), new FieldChangesGrid(mergers.fieldChanges(c.getId())));
        }
    }

    // ---- header and moves -------------------------------------------------------------------

    private Component header(@Nullable MergerCase c) {
        VerticalLayout header = new VerticalLayout();
        header.setPadding(false);
        Anchor back = new Anchor(MergersView.ROUTE, "← Merger cases");
        if (c == null) {
            header.add(back, new H2("New merger case"),
                    new Paragraph("Record the enquiry: the practices, which contract continues and why they want to merge."));
            return header;
        }
        HorizontalLayout titleRow = new HorizontalLayout(new H2(c.label()), MergerBadges.of(c.getStatus()));
        c.completesOn(LocalDate.now(clock)).ifPresent(on -> {
            Span when = new Span("completes on " + Formats.date(on));
            when.addClassName("completes-on");
            titleRow.add(when);
        });
        titleRow.setAlignItems(FlexComponent.Alignment.CENTER);
        titleRow.setWrap(true);
        WorkflowActions<MergerStatus> moves = new WorkflowActions<>(c, actor, target -> CaseParts.question(c, target), (target, request) -> {
            current = mergers.move(c.getId(), c.getVersion(), target, request);
            Notifications.success("Case moved to " + target.inSentence());
            render();
        }).refusingWhileUnsaved(() -> binder.hasChanges());
        header.add(back, titleRow, moves);
        c.contractProblem().ifPresent(problem -> {
            Paragraph refusal = new Paragraph(problem);
            refusal.addClassName("refusal");
            header.add(refusal);
        });
        return header;
    }

    // ---- the form ---------------------------------------------------------------------------

    private Component caseForm(@Nullable MergerCase c) {
        TextField title = new TextField("Title");
        title.setRequiredIndicatorVisible(true);
        binder.forField(title).bind("title");
        ComboBox<MergerReason> reason = new ComboBox<>("Reason");
        reason.setItems(MergerReason.values());
        reason.setItemLabelGenerator(MergerReason::label);
        binder.forField(reason).bind("reason");
        DatePicker proposed = CaseParts.date("Proposed merger date");
        binder.bind(proposed, "proposedMergerDate");
        DatePicker pcse = CaseParts.date("PCSE notified on");
        pcse.setHelperText("Primary Care Support England must be told at least six weeks before the merger date"
                + (c != null && c.pcseDeadline().isPresent() ? ": by " + Formats.date(c.pcseDeadline().get()) : ""));
        binder.bind(pcse, "pcseNotifiedOn");
        TextArea evidence = new TextArea("Vulnerability evidence");
        binder.bind(evidence, "vulnerabilityEvidence");
        FormLayout form = new FormLayout(title, reason, proposed, pcse, evidence);
        form.setColspan(title, 2);
        form.setColspan(evidence, 2);
        return form;
    }

    private Component supportForm() {
        BigDecimalField amount = DecimalField.money("Resilience funding");
        amount.setPrefixComponent(new Span("£"));
        binder.forField(amount).bind("fundingAmount");
        ComboBox<FundingSource> source = new ComboBox<>("Funding source");
        source.setItems(FundingSource.values());
        source.setItemLabelGenerator(FundingSource::label);
        source.setClearButtonVisible(true);
        binder.bind(source, "fundingSource");
        DatePicker pack = CaseParts.date("Merger pack issued on");
        binder.bind(pack, "mergerPackIssuedOn");
        Checkbox legal = new Checkbox("Legal support");
        binder.bind(legal, "legalSupport");
        TextArea expert = new TextArea("Expert support");
        binder.bind(expert, "expertSupport");
        FormLayout form = new FormLayout(amount, source, pack, legal, expert);
        form.setColspan(expert, 2);
        return form;
    }

    private Component engagementForm() {
        IntegerField events = new IntegerField("Engagement events held");
        events.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage("Enter the number of events as a whole number"));
        binder.forField(events).bind("engagementEvents");
        DatePicker letters = CaseParts.date("Letters to patients sent on");
        binder.bind(letters, "lettersSentOn");
        DatePicker risk = CaseParts.date("Patients risk stratified on");
        binder.bind(risk, "riskStratifiedOn");
        TextArea notes = new TextArea("Engagement notes");
        binder.bind(notes, "engagementNotes");
        FormLayout form = new FormLayout(events, letters, risk, notes);
        form.setColspan(notes, 2);
        return form;
    }

    private Component notesForm() {
        TextArea notes = new TextArea("Case notes");
        notes.setWidthFull();
        binder.bind(notes, "caseNotes");
        return notes;
    }

    private void save() {
        MergerDetails d = new MergerDetails();
        if (!binder.writeBeanIfValid(d)) {
            Notifications.error("Check the highlighted fields");
            return;
        }
        MergerCase c = current;
        try {
            MergerCase saved = c == null ? mergers.create(d) : mergers.update(c.getId(), c.getVersion(), d);
            Notifications.success(c == null ? "Case created" : "Changes saved");
            if (c == null) {
                getUI().ifPresent(ui -> ui.navigate(ROUTE_PREFIX + saved.getId()));
            } else {
                current = saved;
                render();
            }
        } catch (ConcurrentChange conflict) {
            if (c == null) {
                throw conflict;
            }
            MergerCase fresh = mergers.get(c.getId());
            ConflictDialog.open(conflict, binder, MergerDetails.of(c), MergerDetails.of(fresh), () -> {
                current = fresh;
                render();
                return binder;
            });
        } catch (RuntimeException e) {
            if (!UserMessages.isExpected(e)) {
                throw e;
            }
            Notifications.error(UserMessages.of(e));
        }
    }

}
