package uk.nhs.dorset.primarycare.grants;

import static uk.nhs.dorset.primarycare.base.Role.ESTATES;
import static uk.nhs.dorset.primarycare.base.Role.MANAGER;
import static uk.nhs.dorset.primarycare.base.Role.PRACTICE;
import static uk.nhs.dorset.primarycare.base.Role.TEAM;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.MoveField;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowStatus;

/**
 * A grant bid's lifecycle and who may move it. Drafting, submitting and withdrawing a draft
 * belong to the practice side (the team, estates, the practice itself); review, decision,
 * works, evidence, payment and later withdrawal belong to estates and the programme manager.
 */
public enum BidStatus implements WorkflowStatus<BidStatus> {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    UNDER_REVIEW("Under review"),
    RETURNED("Returned for changes"),
    APPROVED("Approved"),
    REJECTED("Rejected"),
    WORKS_IN_PROGRESS("Works in progress"),
    EVIDENCE_SUBMITTED("Evidence submitted"),
    PAID("Paid"),
    WITHDRAWN("Withdrawn");

    private static final Set<Role> DRAFTERS = EnumSet.of(TEAM, ESTATES, PRACTICE);
    private static final Set<Role> REVIEWERS = EnumSet.of(ESTATES, MANAGER);
    private static final Set<Role> REVIEWERS_OR_PRACTICE = EnumSet.of(ESTATES, MANAGER, PRACTICE);
    private static final Set<Role> ANYONE_WORKING = EnumSet.of(TEAM, ESTATES, MANAGER, PRACTICE);

    private final String label;

    BidStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The practice hears of its bid's decision and payment. */
    @Override
    public boolean tellsPractice() {
        return this == APPROVED || this == RETURNED || this == REJECTED || this == PAID;
    }

    @Override
    public Set<BidStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW, WITHDRAWN);
            case UNDER_REVIEW -> EnumSet.of(APPROVED, REJECTED, RETURNED, WITHDRAWN);
            case RETURNED -> EnumSet.of(DRAFT, WITHDRAWN);
            case APPROVED -> EnumSet.of(WORKS_IN_PROGRESS, WITHDRAWN);
            case WORKS_IN_PROGRESS -> EnumSet.of(EVIDENCE_SUBMITTED, WITHDRAWN);
            case EVIDENCE_SUBMITTED -> EnumSet.of(PAID, WITHDRAWN);
            case REJECTED, PAID, WITHDRAWN -> EnumSet.noneOf(BidStatus.class);
        };
    }

    @Override
    public Set<Role> whoMay(BidStatus target) {
        if (!next().contains(target)) {
            return EnumSet.noneOf(Role.class);
        }
        return switch (target) {
            case SUBMITTED, DRAFT -> DRAFTERS;
            // A practice may take back what it submitted until a reviewer has started on it.
            case WITHDRAWN -> this == DRAFT || this == RETURNED ? ANYONE_WORKING
                    : this == SUBMITTED ? REVIEWERS_OR_PRACTICE : REVIEWERS;
            default -> REVIEWERS;
        };
    }

    /** Statuses whose approved grant counts against the programme's budget. */
    public static Set<BidStatus> committed() {
        return EnumSet.of(APPROVED, WORKS_IN_PROGRESS, EVIDENCE_SUBMITTED, PAID);
    }

    /** The practice side may change the bid's details only while it is with them. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Approved and not yet paid: the spend deadline matters. */
    public boolean isOpenApproved() {
        return this == APPROVED || this == WORKS_IN_PROGRESS || this == EVIDENCE_SUBMITTED;
    }

    /** The amount an approval commits from the programme's budget. */
    public static final MoveField<BigDecimal> APPROVED_GRANT = new MoveField<>("Approved grant (£)", BigDecimal.class);
    /** The day the grant was paid. */
    public static final MoveField<LocalDate> PAYMENT_DATE = new MoveField<>("Payment date", LocalDate.class);

    @Override
    public String action(BidStatus target) {
        return switch (target) {
            case DRAFT -> "Reopen as draft";
            case SUBMITTED -> "Submit";
            case UNDER_REVIEW -> "Start review";
            case RETURNED -> "Return for changes";
            case APPROVED -> "Approve";
            case REJECTED -> "Reject";
            case WORKS_IN_PROGRESS -> "Start works";
            case EVIDENCE_SUBMITTED -> "Accept evidence";
            case PAID -> "Record payment";
            case WITHDRAWN -> "Withdraw";
        };
    }

    @Override
    public boolean needsReason(BidStatus target) {
        return target == REJECTED || target == RETURNED;
    }

    @Override
    public boolean isRefusal(BidStatus target) {
        return target == REJECTED || target == WITHDRAWN;
    }

    @Override
    public List<MoveField<?>> fields(BidStatus target) {
        return switch (target) {
            case APPROVED -> List.of(APPROVED_GRANT);
            case PAID -> List.of(PAYMENT_DATE);
            default -> List.of();
        };
    }
}
