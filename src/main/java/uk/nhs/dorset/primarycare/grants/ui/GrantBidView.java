package uk.nhs.dorset.primarycare.grants.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.ConcurrentChange;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Role;
import java.util.List;
import uk.nhs.dorset.primarycare.base.files.StoredFiles;
import uk.nhs.dorset.primarycare.base.ui.AttachmentsPanel;
import uk.nhs.dorset.primarycare.base.ui.ConflictDialog;
import uk.nhs.dorset.primarycare.base.ui.PageTitles;
import uk.nhs.dorset.primarycare.base.ui.ReadOnlyFigures;
import uk.nhs.dorset.primarycare.base.ui.UnsavedChanges;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.StatusHistoryGrid;
import uk.nhs.dorset.primarycare.base.ui.RecordSections;
import uk.nhs.dorset.primarycare.base.ui.WorkflowActions;
import uk.nhs.dorset.primarycare.base.ui.FieldChangesGrid;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.grants.AttachmentKind;
import uk.nhs.dorset.primarycare.grants.BidForm;
import uk.nhs.dorset.primarycare.grants.BidStatus;
import uk.nhs.dorset.primarycare.grants.GrantAttachment;
import uk.nhs.dorset.primarycare.grants.GrantBid;
import uk.nhs.dorset.primarycare.grants.GrantService;
import uk.nhs.dorset.primarycare.grants.SchemeType;
import uk.nhs.dorset.primarycare.base.files.StoredFile;
import uk.nhs.dorset.primarycare.grants.Tenure;
import uk.nhs.dorset.primarycare.security.CurrentUser;

/**
 * One bid: its details (editable while it is a draft or returned), the workflow actions the
 * signed-in role may take, invoices, attachments, status history and field-level audit.
 */
@Route("grants/:id")
@RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
class GrantBidView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final GrantService grants;
    private final Actor actor;
    private final RecordSections sections;
    private @Nullable GrantBid bid;

    final BeanValidationBinder<BidForm> binder = new BeanValidationBinder<>(BidForm.class);
    final TextField title = new TextField("Scheme title");
    final TextArea description = new TextArea("Description");
    final ComboBox<SchemeType> schemeType = new ComboBox<>("Scheme type");
    final BigDecimalField totalCost = DecimalField.money("Total cost (£)");
    final BigDecimalField eligibleCost = DecimalField.money("Eligible cost (£)");
    final BigDecimalField grantRate = DecimalField.number("Grant rate (%)");
    final BigDecimalField requestedOverride = DecimalField.money("Requested grant override (£)");
    final TextField overrideReason = new TextField("Reason for the override");
    final IntegerField rentAbatementYears = new IntegerField("Rent abatement (years)");
    final ComboBox<Tenure> tenure = new ComboBox<>("Tenure");
    final DatePicker plannedStart = GrantUi.datePicker("Planned start");
    final DatePicker plannedCompletion = GrantUi.datePicker("Planned completion");
    final DatePicker actualStart = GrantUi.datePicker("Actual start");
    final DatePicker actualCompletion = GrantUi.datePicker("Actual completion");
    final TextArea notes = new TextArea("Notes");
    final Button save = new Button("Save");
    private final UnsavedChanges unsaved = new UnsavedChanges(this);

    GrantBidView(GrantService grants, CurrentUser currentUser, RecordSections sections) {
        this.grants = grants;
        this.sections = sections;
        this.actor = currentUser.actor();
        setWidthFull();
        title.setMaxLength(BidForm.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        description.setMaxLength(BidForm.TEXT_MAX);
        notes.setMaxLength(BidForm.TEXT_MAX);
        overrideReason.setMaxLength(BidForm.REASON_MAX);
        schemeType.setItems(SchemeType.values());
        schemeType.setItemLabelGenerator(SchemeType::label);
        tenure.setItems(Tenure.values());
        tenure.setItemLabelGenerator(Tenure::label);
        rentAbatementYears.setMin(0);
        rentAbatementYears.setMax(BidForm.MAX_ABATEMENT_YEARS);
        // Field rules come from BidForm's constraints; only the converters' own messages are set here.
        binder.bindInstanceFields(this);
        unsaved.watch(binder);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException notANumber) {
            showNotFound();
            return;
        }
        try {
            show(grants.bid(id));
        } catch (NotFound notFound) {
            showNotFound();
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        unsaved.beforeLeave(event);
    }

    @Override
    public String getPageTitle() {
        return bid == null ? PageTitles.of("Grant bid")
                : PageTitles.of(bid.getPractice().getOdsCode() + " " + bid.getPractice().getName(), "Grant bid");
    }

    private void showNotFound() {
        removeAll();
        add(new H2("Grant bid not found"), new Anchor("grants", "Back to grant bids"));
    }

    GrantBid bid() {
        if (bid == null) {
            throw new IllegalStateException("No bid shown");
        }
        return bid;
    }

    void show(GrantBid shown) {
        this.bid = shown;
        removeAll();
        Span practice = new Span(shown.getPractice().getOdsCode() + " " + shown.getPractice().getName()
                + " · programme " + shown.getProgramme().getName());
        Div heading = new Div(GrantUi.badge(shown.getStatus()), GrantUi.deadline(shown, grants.today()));
        heading.addClassName("toolbar");
        add(new Anchor("grants", "← Grant bids"), new H2(shown.getTitle()), practice, heading);

        shown.getProgramme().budgetNotice().filter(notice -> !shown.getStatus().isTerminal()).ifPresent(notice -> {
            Paragraph budget = new Paragraph(notice);
            budget.addClassName("budget-notice");
            add(budget);
        });
        add(new WorkflowActions<>(shown, actor, target -> GrantUi.question(shown, target),
                (target, request) -> {
                    GrantBid moved = grants.move(shown.getId(), shown.getVersion(), target, request);
                    show(moved);
                    Notifications.success(target.label() + ": " + moved.getTitle());
                })
                .prefill(BidStatus.APPROVED_GRANT, shown.getRequestedGrant())
                .prefill(BidStatus.PAYMENT_DATE, grants.today())
                .refusingWhileUnsaved(binder::hasChanges));
        shown.signOffNotice(actor).map(Paragraph::new).ifPresent(this::add);

        Div money = new Div(
                GrantUi.figure("Requested grant", Formats.money(shown.getRequestedGrant())),
                GrantUi.figure("Approved grant", Formats.money(shown.getApprovedGrant())),
                GrantUi.figure("Legal charge", shown.isLegalChargeRequired() ? "Required" : "Not required"),
                GrantUi.figure("Paid invoices", Formats.money(shown.paidInvoicesTotal())),
                GrantUi.figure("Payment date", Formats.date(shown.getPaymentDate())),
                GrantUi.figure("Reviewed by", shown.reviewedBy().orElse("")),
                GrantUi.figure("Approved by", shown.approvedBy().orElse("")));
        money.addClassName("figure-row");
        add(money);

        binder.readBean(BidForm.of(shown));
        boolean editable = shown.getStatus().isEditable() && actor.hasAny(BidStatus.DRAFT.whoMay(BidStatus.SUBMITTED));
        binder.setReadOnly(!editable);
        FormLayout form = new FormLayout(title, schemeType, description, totalCost, eligibleCost, grantRate,
                requestedOverride, overrideReason, tenure, rentAbatementYears, plannedStart, plannedCompletion,
                actualStart, actualCompletion, notes);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(notes, 2);
        ReadOnlyFigures.apply(form);
        add(new H3("Scheme"), form);
        if (editable) {
            add(save);
        }

        add(new H3("Invoices"), new InvoicesPanel(grants, shown, this::run));
        add(new H3("Attachments"), attachments(shown));
        add(sections.of(shown, () -> show(grants.bid(shown.getId()))));
        add(new H3("History"), new StatusHistoryGrid(shown.getHistory(), s -> BidStatus.valueOf(s).label()));
        add(new H3("Changes to the bid"), new FieldChangesGrid(grants.fieldChanges(shown.getId())));
    }

    void save() {
        BidForm form = new BidForm();
        if (!binder.writeBeanIfValid(form)) {
            Notifications.error("Check the highlighted fields");
            return;
        }
        try {
            GrantBid saved = grants.update(bid().getId(), bid().getVersion(), form);
            show(saved);
            saved.spendDeadlineWarning().ifPresentOrElse(Notifications::warning, () -> Notifications.success("Saved"));
        } catch (ConcurrentChange conflict) {
            GrantBid fresh = grants.bid(bid().getId());
            ConflictDialog.open(conflict, binder, BidForm.of(bid()), BidForm.of(fresh), () -> {
                show(fresh);
                return binder;
            });
        } catch (RuntimeException refused) {
            Notifications.error(UserMessages.of(refused));
        }
    }

    private Component attachments(GrantBid shown) {
        long id = shown.getId();
        return new AttachmentsPanel<>(shown.getAttachments(), List.of(AttachmentKind.values()), StoredFiles.MAX_BYTES,
                !shown.getStatus().isTerminal(), "A bid needs a quote before it is submitted.",
                new AttachmentsPanel.Files<>() {
                    @Override
                    public StoredFile download(long attachmentId) {
                        return grants.download(id, attachmentId);
                    }

                    @Override
                    public List<GrantAttachment> attach(AttachmentKind kind, String fileName, byte[] content) {
                        // The bid's version moves on with its files, so the whole bid is shown again.
                        GrantBid after = grants.attach(id, kind, fileName, content);
                        show(after);
                        return after.getAttachments();
                    }
                });
    }

    private void run(java.util.function.Supplier<GrantBid> change) {
        try {
            show(change.get());
        } catch (RuntimeException refused) {
            Notifications.error(UserMessages.of(refused));
        }
    }
}
