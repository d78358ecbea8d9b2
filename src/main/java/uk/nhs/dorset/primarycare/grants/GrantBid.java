package uk.nhs.dorset.primarycare.grants;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.audit.AuditLabel;
import uk.nhs.dorset.primarycare.base.files.FileRef;
import uk.nhs.dorset.primarycare.base.workflow.Guards;
import uk.nhs.dorset.primarycare.base.workflow.Move;
import uk.nhs.dorset.primarycare.base.workflow.MoveField;
import uk.nhs.dorset.primarycare.base.workflow.StatusChange;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.practice.Practice;

import static uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed.require;

/**
 * A practice's bid for a premises improvement grant. Its status changes only through
 * {@link #move}, which hands each target to the verb that guards it; every verb ends in
 * {@code moveTo}, which checks the table and writes the history.
 */
@Entity
@Table(name = "grant_bid")
@Audited
public class GrantBid extends WorkflowRecord<BidStatus> {

    /** A freehold grant above this needs a legal charge on the property. */
    public static final BigDecimal LEGAL_CHARGE_THRESHOLD = new BigDecimal("144000");

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", nullable = false)
    private Practice practice;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    private GrantProgramme programme;

    @AuditLabel("Scheme title")
    @Column(name = "title", nullable = false, length = BidForm.TITLE_MAX)
    private String title = "";

    @Column(name = "description", length = BidForm.TEXT_MAX)
    private String description = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "scheme_type", length = 20)
    private @Nullable SchemeType schemeType;

    @Column(name = "total_cost", precision = 12, scale = 2)
    private @Nullable BigDecimal totalCost;

    @Column(name = "eligible_cost", precision = 12, scale = 2)
    private @Nullable BigDecimal eligibleCost;

    @AuditLabel(value = "Grant rate", percent = true)
    @Column(name = "grant_rate", precision = 5, scale = 2)
    private @Nullable BigDecimal grantRate;

    @AuditLabel("Requested grant override")
    @Column(name = "requested_override", precision = 12, scale = 2)
    private @Nullable BigDecimal requestedOverride;

    @AuditLabel("Reason for the override")
    @Column(name = "override_reason", length = BidForm.REASON_MAX)
    private String overrideReason = "";

    /** Kept in step with the inputs so that grids can filter and total it in the database. */
    @Column(name = "requested_grant", precision = 12, scale = 2)
    private @Nullable BigDecimal requestedGrant;

    @Column(name = "approved_grant", precision = 12, scale = 2)
    private @Nullable BigDecimal approvedGrant;

    @AuditLabel("Rent abatement years")
    @Column(name = "rent_abatement_years")
    private @Nullable Integer rentAbatementYears;

    @Enumerated(EnumType.STRING)
    @Column(name = "tenure", length = 20)
    private @Nullable Tenure tenure;

    @Column(name = "planned_start")
    private @Nullable LocalDate plannedStart;

    @Column(name = "planned_completion")
    private @Nullable LocalDate plannedCompletion;

    @Column(name = "actual_start")
    private @Nullable LocalDate actualStart;

    @Column(name = "actual_completion")
    private @Nullable LocalDate actualCompletion;

    @Column(name = "notes", length = BidForm.TEXT_MAX)
    private String notes = "";

    @Column(name = "payment_date")
    private @Nullable LocalDate paymentDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private BidStatus status = BidStatus.DRAFT;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "grant_bid_status_change", joinColumns = @JoinColumn(name = "grant_bid_id"))
    @OrderColumn(name = "seq")
    private List<StatusChange> history = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "bid", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("invoiceDate, id")
    private List<GrantInvoice> invoices = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "bid", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("file.uploadedAt, id")
    private List<GrantAttachment> attachments = new ArrayList<>();

    protected GrantBid() {
        this.practice = null;
        this.programme = null;
    }

    /** A new draft, which the drafter must be allowed to see the practice of. */
    @SuppressWarnings("this-escape")
    public GrantBid(Practice practice, GrantProgramme programme, BidForm form, Actor by, Instant at) {
        require(by.hasAny(BidStatus.DRAFT.whoMay(BidStatus.SUBMITTED)), "Your role may not draft grant bids");
        require(programme.isOpenForBids(), "The %s programme is closed for bids", programme.getName());
        this.practice = practice;
        this.programme = programme;
        update(form);
        started(BidStatus.DRAFT, new Move(by, at, "Drafted"));
    }

    /** Copies the form onto the bid, all or nothing. */
    public final void update(BidForm form) {
        require(status.isEditable(), "A bid that is %s cannot be edited; only drafts and returned bids can",
                status.label().toLowerCase());
        form.validate(programme.getRules());
        title = form.getTitle();
        description = form.getDescription();
        schemeType = form.getSchemeType();
        totalCost = money(form.getTotalCost());
        eligibleCost = money(form.getEligibleCost());
        grantRate = form.getGrantRate() == null ? null : form.getGrantRate().setScale(2, RoundingMode.HALF_UP);
        requestedOverride = money(form.getRequestedOverride());
        overrideReason = requestedOverride == null ? "" : form.getOverrideReason();
        rentAbatementYears = form.getRentAbatementYears();
        tenure = form.getTenure();
        plannedStart = form.getPlannedStart();
        plannedCompletion = form.getPlannedCompletion();
        actualStart = form.getActualStart();
        actualCompletion = form.getActualCompletion();
        notes = form.getNotes();
        requestedGrant = derivedRequest();
    }

    /** Eligible cost times the grant rate, to the pound, unless overridden with a reason. */
    private @Nullable BigDecimal derivedRequest() {
        if (requestedOverride != null) {
            return requestedOverride;
        }
        return calculatedGrant(eligibleCost, grantRate);
    }

    public static @Nullable BigDecimal calculatedGrant(@Nullable BigDecimal eligible, @Nullable BigDecimal ratePercent) {
        if (eligible == null || ratePercent == null) {
            return null;
        }
        return eligible.multiply(ratePercent).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).setScale(2);
    }

    private static @Nullable BigDecimal money(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * A warning, not a refusal, when the works are planned to finish after the programme's spend
     * deadline: the bid is kept, but a grant not spent by then may be lost.
     */
    public Optional<String> spendDeadlineWarning() {
        LocalDate completion = plannedCompletion;
        LocalDate deadline = programme.getSpendDeadline();
        if (completion == null || !completion.isAfter(deadline)) {
            return Optional.empty();
        }
        return Optional.of(String.format("Saved, but the planned completion %s is after the %s programme's spend deadline of %s: "
                + "a grant not spent by then may be lost, so bring the works forward or talk to the estates team",
                Formats.date(completion), programme.getName(), Formats.date(deadline)));
    }

    // --- workflow ---------------------------------------------------------------------------

    /**
     * What the programme has left to commit before an approval, read by the service under the
     * programme's row lock; absent when the programme has no confirmed budget.
     */
    public static final MoveField<BigDecimal> LEFT_IN_PROGRAMME = new MoveField<>("Left in programme", BigDecimal.class);

    /**
     * The approved grant above which only a programme manager may approve, handed in by the
     * service from the settings; {@link #DEFAULT_MANAGER_APPROVAL_ABOVE} when a move carries none.
     */
    public static final MoveField<BigDecimal> MANAGER_APPROVAL_ABOVE = new MoveField<>("Manager approval above", BigDecimal.class);
    public static final BigDecimal DEFAULT_MANAGER_APPROVAL_ABOVE = new BigDecimal("100000");

    private static final String REVIEWER_MAY_NOT_APPROVE = "You reviewed this bid, so another estates lead or a manager must approve it";

    /** Who started the latest review: the one person who may not approve the bid. */
    public Optional<String> reviewedBy() {
        return lastBy(BidStatus.UNDER_REVIEW);
    }

    /** Who approved the bid, once it is approved. */
    public Optional<String> approvedBy() {
        return lastBy(BidStatus.APPROVED);
    }

    private Optional<String> lastBy(BidStatus to) {
        return history.reversed().stream().filter(c -> c.getToStatus().equals(to.name()))
                .map(StatusChange::getChangedBy).findFirst();
    }

    /** Said next to the actions while this actor, as the reviewer, may not approve the bid. */
    public Optional<String> signOffNotice(Actor actor) {
        return status == BidStatus.UNDER_REVIEW && reviewedBy().filter(actor.username()::equals).isPresent()
                ? Optional.of(REVIEWER_MAY_NOT_APPROVE) : Optional.empty();
    }

    @Override
    public void move(BidStatus target, Move move) {
        switch (target) {
            case SUBMITTED -> submit(move);
            case APPROVED -> approve(move.input(BidStatus.APPROVED_GRANT), move.input(LEFT_IN_PROGRAMME),
                    Objects.requireNonNullElse(move.input(MANAGER_APPROVAL_ABOVE), DEFAULT_MANAGER_APPROVAL_ABOVE), move);
            case REJECTED -> moveTo(BidStatus.REJECTED, move, () -> move.reason("Say why the bid is rejected"));
            case RETURNED -> moveTo(BidStatus.RETURNED, move, () -> move.reason("Say what the practice needs to change"));
            case WORKS_IN_PROGRESS -> startWorks(move);
            case EVIDENCE_SUBMITTED -> acceptEvidence(move);
            case PAID -> recordPaid(move.input(BidStatus.PAYMENT_DATE), move);
            case DRAFT, UNDER_REVIEW, WITHDRAWN -> moveTo(target, move);
        }
    }

    private void submit(Move move) {
        moveTo(BidStatus.SUBMITTED, move, () -> {
            Guards guards = new Guards();
            guards.require(programme.isOpenForBids(), "The %s programme is closed for bids", programme.getName());
            List<String> missing = BidForm.of(this).missingForSubmission();
            guards.require(missing.isEmpty(), "Before submitting, fill in: %s", String.join(", ", missing));
            guards.require(attachments.stream().anyMatch(a -> a.getKind() == AttachmentKind.QUOTE),
                    "Attach at least one quote before submitting");
            guards.check();
        });
    }

    private void approve(@Nullable BigDecimal amount, @Nullable BigDecimal leftInProgramme, BigDecimal managerAbove, Move move) {
        moveTo(BidStatus.APPROVED, move, () -> {
            Guards guards = new Guards();
            boolean amountGiven = guards.require(amount != null, "Approve needs an approved amount")
                    && guards.require(amount.signum() > 0, "The approved grant must be more than £0");
            boolean requested = guards.require(requestedGrant != null, "The bid has no requested grant to approve against");
            boolean budgeted = guards.require(leftInProgramme != null,
                    "The %s programme has no confirmed budget yet, so no bid can be approved", programme.getName());
            if (amountGiven && requested) {
                guards.require(amount.compareTo(requestedGrant) <= 0, "The approved grant cannot exceed the %s requested",
                        Formats.money(requestedGrant));
            }
            if (amountGiven && budgeted) {
                guards.require(amount.compareTo(leftInProgramme) <= 0, "The programme has only %s left",
                        Formats.money(leftInProgramme.max(BigDecimal.ZERO)));
            }
            signOff(guards, amountGiven && amount.compareTo(managerAbove) > 0, managerAbove, move.by());
            guards.check();
            approvedGrant = money(amount);
        });
    }

    /** Money needs two people: the reviewer never approves, and a large grant needs a manager. */
    private void signOff(Guards guards, boolean needsManager, BigDecimal managerAbove, Actor by) {
        boolean reviewed = reviewedBy().filter(by.username()::equals).isPresent();
        if (reviewed) {
            guards.unmet(needsManager ? "You reviewed this bid, so another programme manager must approve it: a grant above "
                    + Formats.money(managerAbove) + " needs a manager's approval" : REVIEWER_MAY_NOT_APPROVE);
        } else if (needsManager) {
            guards.require(by.has(Role.MANAGER), "A grant above %s needs a programme manager's approval, so a manager must approve it",
                    Formats.money(managerAbove));
        }
    }

    private void startWorks(Move move) {
        moveTo(BidStatus.WORKS_IN_PROGRESS, move, () -> {
            if (actualStart == null) {
                actualStart = LocalDate.ofInstant(move.at(), Formats.ZONE);
            }
        });
    }

    private void acceptEvidence(Move move) {
        moveTo(BidStatus.EVIDENCE_SUBMITTED, move, () -> {
            BigDecimal claimed = approvedGrant == null ? BigDecimal.ZERO : approvedGrant;
            BigDecimal paid = paidInvoicesTotal();
            require(paid.compareTo(claimed) >= 0,
                    "Evidence needs paid invoices totalling at least the %s approved; paid invoices so far total %s",
                    Formats.money(claimed), Formats.money(paid));
            if (actualCompletion == null) {
                actualCompletion = LocalDate.ofInstant(move.at(), Formats.ZONE);
            }
        });
    }

    private void recordPaid(@Nullable LocalDate paidOn, Move move) {
        moveTo(BidStatus.PAID, move, () -> {
            Guards guards = new Guards();
            if (guards.require(paidOn != null, "Record payment needs the payment date")) {
                guards.require(!paidOn.isAfter(LocalDate.ofInstant(move.at(), Formats.ZONE)), "The payment date cannot be in the future");
            }
            guards.check();
            paymentDate = paidOn;
        });
    }

    @Override
    protected void writeStatus(BidStatus target) {
        status = target;
    }

    @Override
    protected List<StatusChange> historyRows() {
        return history;
    }

    static final String KIND = "Grant bid";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String noun() {
        return "bid";
    }

    @Override
    public String link() {
        return link(getId());
    }

    static String link(@Nullable Long id) {
        return "grants/" + id;
    }

    @Override
    public String practiceOdsCode() {
        return practice.getOdsCode();
    }

    // --- evidence and files -----------------------------------------------------------------

    public GrantInvoice addInvoice(String number, @Nullable LocalDate date, @Nullable BigDecimal amount,
                                   @Nullable LocalDate paidOn) {
        require(status == BidStatus.APPROVED || status == BidStatus.WORKS_IN_PROGRESS,
                "Invoices are added once the bid is approved and before its evidence is accepted");
        GrantInvoice invoice = new GrantInvoice(this, number, date, amount, paidOn);
        invoices.add(invoice);
        return invoice;
    }

    public void removeInvoice(long invoiceId) {
        require(status == BidStatus.APPROVED || status == BidStatus.WORKS_IN_PROGRESS,
                "Invoices cannot change once the evidence is accepted");
        invoices.removeIf(i -> i.getId() != null && i.getId() == invoiceId);
    }

    public GrantAttachment addAttachment(AttachmentKind kind, FileRef file) {
        require(!status.isTerminal(), "A bid that is %s takes no more files", status.inSentence());
        GrantAttachment attachment = new GrantAttachment(this, kind, file);
        attachments.add(attachment);
        return attachment;
    }

    public BigDecimal paidInvoicesTotal() {
        return invoices.stream().filter(i -> i.getPaidDate() != null).map(GrantInvoice::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal invoicesTotal() {
        return invoices.stream().map(GrantInvoice::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // --- derived facts ----------------------------------------------------------------------

    /** A freehold grant over £144,000 is secured by a legal charge on the property. */
    public boolean isLegalChargeRequired() {
        return legalChargeRequired(tenure, approvedGrant, requestedGrant);
    }

    static boolean legalChargeRequired(@Nullable Tenure tenure, @Nullable BigDecimal approved, @Nullable BigDecimal requested) {
        BigDecimal grant = approved != null ? approved : requested;
        return tenure == Tenure.FREEHOLD && grant != null && grant.compareTo(LEGAL_CHARGE_THRESHOLD) > 0;
    }

    /** Days from today to the spend deadline for an approved, unpaid bid (negative once past). */
    public Optional<Long> daysLeft(LocalDate today) {
        return DeadlineState.daysLeft(status, programme.getSpendDeadline(), today);
    }

    public DeadlineState deadlineState(LocalDate today) {
        return DeadlineState.of(status, programme.getSpendDeadline(), today);
    }

    @Override
    public String label() {
        return label(practice.getOdsCode(), title);
    }

    static String label(String odsCode, String title) {
        return odsCode + " — " + title;
    }

    // --- getters ----------------------------------------------------------------------------

    public Practice getPractice() { return practice; }
    public GrantProgramme getProgramme() { return programme; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public @Nullable SchemeType getSchemeType() { return schemeType; }
    public @Nullable BigDecimal getTotalCost() { return totalCost; }
    public @Nullable BigDecimal getEligibleCost() { return eligibleCost; }
    public @Nullable BigDecimal getGrantRate() { return grantRate; }
    public @Nullable BigDecimal getRequestedOverride() { return requestedOverride; }
    public String getOverrideReason() { return overrideReason; }
    public @Nullable BigDecimal getRequestedGrant() { return requestedGrant; }
    public @Nullable BigDecimal getApprovedGrant() { return approvedGrant; }
    public @Nullable Integer getRentAbatementYears() { return rentAbatementYears; }
    public @Nullable Tenure getTenure() { return tenure; }
    public @Nullable LocalDate getPlannedStart() { return plannedStart; }
    public @Nullable LocalDate getPlannedCompletion() { return plannedCompletion; }
    public @Nullable LocalDate getActualStart() { return actualStart; }
    public @Nullable LocalDate getActualCompletion() { return actualCompletion; }
    public String getNotes() { return notes; }
    public @Nullable LocalDate getPaymentDate() { return paymentDate; }
    @Override
    public BidStatus getStatus() { return status; }
    public List<GrantInvoice> getInvoices() { return List.copyOf(invoices); }
    public List<GrantAttachment> getAttachments() { return List.copyOf(attachments); }
}
