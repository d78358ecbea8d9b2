package uk.nhs.dorset.primarycare.estates;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowStatus;

/**
 * The business case pipeline of an ETTF project and its transition table. Estates leads make
 * every move; programme managers may also record the NHS England panel's decision.
 */
public enum ProjectStage implements WorkflowStatus<ProjectStage> {
    FEASIBILITY("Feasibility"),
    PID_SUBMITTED("PID submitted"),
    PID_APPROVED("PID approved"),
    OBC_IN_DEVELOPMENT("OBC in development"),
    OBC_SUBMITTED("OBC submitted"),
    OBC_APPROVED("OBC approved"),
    FBC_IN_DEVELOPMENT("FBC in development"),
    FBC_SUBMITTED("FBC submitted"),
    COMBINED_CASE_SUBMITTED("Combined OBC/FBC submitted"),
    NHSE_PANEL("NHS England panel"),
    APPROVED("Approved"),
    CONSTRUCTION("Construction"),
    COMPLETE("Complete"),
    ON_HOLD("On hold"),
    CLOSED("Closed");

    private static final Set<Role> ESTATES = EnumSet.of(Role.ESTATES);
    private static final Set<Role> PANEL_DECIDERS = EnumSet.of(Role.ESTATES, Role.MANAGER);
    private static final Map<ProjectStage, Map<ProjectStage, Set<Role>>> TABLE = new EnumMap<>(ProjectStage.class);

    static {
        // The main route, and the combined OBC/FBC short cut from an approved PID.
        allow(FEASIBILITY, PID_SUBMITTED, ESTATES);
        allow(PID_SUBMITTED, PID_APPROVED, ESTATES);
        allow(PID_APPROVED, OBC_IN_DEVELOPMENT, ESTATES);
        allow(PID_APPROVED, COMBINED_CASE_SUBMITTED, ESTATES);
        allow(OBC_IN_DEVELOPMENT, OBC_SUBMITTED, ESTATES);
        allow(OBC_SUBMITTED, OBC_APPROVED, ESTATES);
        allow(OBC_SUBMITTED, OBC_IN_DEVELOPMENT, ESTATES);
        allow(OBC_APPROVED, FBC_IN_DEVELOPMENT, ESTATES);
        allow(FBC_IN_DEVELOPMENT, FBC_SUBMITTED, ESTATES);
        allow(FBC_SUBMITTED, NHSE_PANEL, ESTATES);
        allow(FBC_SUBMITTED, FBC_IN_DEVELOPMENT, ESTATES);
        allow(COMBINED_CASE_SUBMITTED, NHSE_PANEL, ESTATES);
        // The panel's decision: approval, or refusal back to the business case or to closure.
        allow(NHSE_PANEL, APPROVED, PANEL_DECIDERS);
        allow(NHSE_PANEL, FBC_IN_DEVELOPMENT, PANEL_DECIDERS);
        allow(NHSE_PANEL, CLOSED, PANEL_DECIDERS);
        allow(APPROVED, CONSTRUCTION, ESTATES);
        allow(CONSTRUCTION, COMPLETE, ESTATES);
        for (ProjectStage stage : values()) {
            if (stage.isOpen()) {
                // A scope change before building starts sends the project back to PID review.
                if (stage.isBeforeConstruction() && stage != FEASIBILITY && stage != PID_SUBMITTED) {
                    allow(stage, PID_SUBMITTED, ESTATES);
                }
                allow(stage, ON_HOLD, ESTATES);
                allow(stage, CLOSED, ESTATES);
                // Off the shelf: the project entity narrows this to the stage it left.
                allow(ON_HOLD, stage, ESTATES);
            }
        }
        allow(ON_HOLD, CLOSED, ESTATES);
    }

    private static void allow(ProjectStage from, ProjectStage to, Set<Role> roles) {
        TABLE.computeIfAbsent(from, k -> new LinkedHashMap<>()).putIfAbsent(to, roles);
    }

    private final String label;

    ProjectStage(String label) {
        this.label = label;
    }

    @Override
    public Set<ProjectStage> next() {
        Map<ProjectStage, Set<Role>> row = TABLE.get(this);
        return row == null ? Set.of() : Collections.unmodifiableSet(row.keySet());
    }

    @Override
    public Set<Role> whoMay(ProjectStage target) {
        Map<ProjectStage, Set<Role>> row = TABLE.get(this);
        Set<Role> roles = row == null ? null : row.get(target);
        return roles == null ? Set.of() : roles;
    }

    @Override
    public String label() {
        return label;
    }

    /** A stage the project is actively moving through: not on hold, complete or closed. */
    public boolean isOpen() {
        return this != ON_HOLD && this != COMPLETE && this != CLOSED;
    }

    /** Open and not yet building: a revised PID is still possible. */
    public boolean isBeforeConstruction() {
        return isOpen() && this != CONSTRUCTION;
    }

    /** The pipeline columns, in the order a project moves through them. */
    public static Set<ProjectStage> pipeline() {
        return EnumSet.range(FEASIBILITY, COMPLETE);
    }

    @Override
    public String action(ProjectStage target) {
        if (target == PID_SUBMITTED && this != FEASIBILITY) {
            return "Revised PID";
        }
        if (target == ON_HOLD) {
            return "Put on hold";
        }
        if (target == CLOSED) {
            return this == NHSE_PANEL ? "Panel refused: close" : "Close project";
        }
        if (this == ON_HOLD) {
            return "Resume at " + target.label();
        }
        if (this == NHSE_PANEL && target == APPROVED) {
            return "Panel approved";
        }
        if (this == NHSE_PANEL && target == FBC_IN_DEVELOPMENT) {
            return "Panel refused: rework FBC";
        }
        if ((this == OBC_SUBMITTED || this == FBC_SUBMITTED) && target.ordinal() < ordinal()) {
            return "Return for rework";
        }
        return "Move to " + target.label();
    }

    /** A revised PID, a hold and a closure must say why. */
    @Override
    public boolean needsReason(ProjectStage target) {
        return (target == PID_SUBMITTED && this != FEASIBILITY) || target == CLOSED || target == ON_HOLD;
    }

    /** Closing, shelving and the panel turning a case down end or stop the project's progress. */
    @Override
    public boolean isRefusal(ProjectStage target) {
        return target == CLOSED || target == ON_HOLD || (this == NHSE_PANEL && target == FBC_IN_DEVELOPMENT);
    }
}
