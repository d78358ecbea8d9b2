package uk.nhs.dorset.primarycare.mergers;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowStatus;

/**
 * A merger case's lifecycle. The team (and estates leads, who may do what the team may) run
 * the case up to the application; the commissioning committee, acting through a manager,
 * decides it; completion updates the practice records, which the practice service allows the
 * team and managers only.
 */
public enum MergerStatus implements WorkflowStatus<MergerStatus> {
    ENQUIRY("Enquiry"),
    ADVISORY_REVIEW("Merger advisory review"),
    SUPPORT_AGREED("Support agreed"),
    DUE_DILIGENCE("Due diligence & patient engagement"),
    APPLICATION("Application to commissioner"),
    APPROVED("Approved"),
    DECLINED("Declined"),
    COMPLETED("Completed"),
    WITHDRAWN("Withdrawn");

    private static final Set<Role> CASE_TEAM = EnumSet.of(Role.TEAM, Role.ESTATES);
    private static final Set<Role> COMMITTEE = EnumSet.of(Role.MANAGER);
    private static final Set<Role> COMPLETERS = EnumSet.of(Role.TEAM, Role.MANAGER);
    private static final Set<Role> WITHDRAWERS = EnumSet.of(Role.TEAM, Role.ESTATES, Role.MANAGER);

    private final String label;

    MergerStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Set<MergerStatus> next() {
        return switch (this) {
            case ENQUIRY -> EnumSet.of(ADVISORY_REVIEW, WITHDRAWN);
            case ADVISORY_REVIEW -> EnumSet.of(SUPPORT_AGREED, WITHDRAWN);
            case SUPPORT_AGREED -> EnumSet.of(DUE_DILIGENCE, WITHDRAWN);
            case DUE_DILIGENCE -> EnumSet.of(APPLICATION, WITHDRAWN);
            case APPLICATION -> EnumSet.of(APPROVED, DECLINED, WITHDRAWN);
            case APPROVED -> EnumSet.of(COMPLETED, WITHDRAWN);
            case DECLINED, COMPLETED, WITHDRAWN -> EnumSet.noneOf(MergerStatus.class);
        };
    }

    @Override
    public Set<Role> whoMay(MergerStatus target) {
        if (!next().contains(target)) {
            return EnumSet.noneOf(Role.class);
        }
        return switch (target) {
            case ADVISORY_REVIEW, SUPPORT_AGREED, DUE_DILIGENCE, APPLICATION -> CASE_TEAM;
            case APPROVED, DECLINED -> COMMITTEE;
            case COMPLETED -> COMPLETERS;
            case WITHDRAWN -> WITHDRAWERS;
            case ENQUIRY -> EnumSet.noneOf(Role.class);
        };
    }

    /** Open cases hold their practices: a practice can be in only one open case at a time. */
    public boolean isOpen() {
        return !isTerminal() && this != DECLINED;
    }

    public static Set<MergerStatus> openStatuses() {
        Set<MergerStatus> open = EnumSet.noneOf(MergerStatus.class);
        for (MergerStatus s : values()) {
            if (s.isOpen()) {
                open.add(s);
            }
        }
        return open;
    }

    @Override
    public String action(MergerStatus target) {
        return switch (target) {
            case ENQUIRY -> "Record enquiry";
            case ADVISORY_REVIEW -> "Start advisory review";
            case SUPPORT_AGREED -> "Agree support";
            case DUE_DILIGENCE -> "Start due diligence";
            case APPLICATION -> "Submit application";
            case APPROVED -> "Approve";
            case DECLINED -> "Decline";
            case COMPLETED -> "Complete merger";
            case WITHDRAWN -> "Withdraw";
        };
    }

    /** A declined application and a withdrawn case are ends: the history must say why. */
    @Override
    public boolean needsReason(MergerStatus target) {
        return target == DECLINED || target == WITHDRAWN;
    }

    @Override
    public boolean isRefusal(MergerStatus target) {
        return target == DECLINED || target == WITHDRAWN;
    }

    /**
     * Refuses a move the table lacks, naming the stage a case must be at, since a merger's stages
     * run in one line ("Only a case at due diligence & patient engagement can move to ...").
     */
    @Override
    public void checkMove(MergerStatus target, Actor actor) {
        if (!next().contains(target)) {
            if (target == WITHDRAWN) {
                throw new TransitionNotAllowed("A case that is " + inSentence() + " cannot be withdrawn");
            }
            List<String> from = Arrays.stream(values()).filter(s -> s.next().contains(target)).map(MergerStatus::inSentence).toList();
            TransitionNotAllowed.require(from.isEmpty(), "A case at %s cannot move to %s. Only a case at %s can",
                    inSentence(), target.inSentence(), String.join(" or ", from));
        }
        WorkflowStatus.super.checkMove(target, actor);
    }
}
