package uk.nhs.dorset.primarycare.programme;

import java.util.EnumSet;
import java.util.Set;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowStatus;

/**
 * The tracker's RAG key, worded as in the CCG's summary view. A RAG status is a judgement, not a
 * pipeline: any status may move to any other, by the primary care team or the programme
 * manager; moving to off track needs a reason (checked on the item).
 */
public enum RagStatus implements WorkflowStatus<RagStatus> {
    ON_TRACK("On track"),
    PARTIALLY_ON_TRACK("Partially on track, suitable plans in place"),
    OFF_TRACK("Off track, review of plans required"),
    PLANNED_NOT_STARTED("Planned for but yet to start"),
    PREPARATORY("Preparatory/exploratory work commenced, too early to report");

    private static final Set<Role> EDITORS = EnumSet.of(Role.TEAM, Role.MANAGER);

    private final String label;

    RagStatus(String label) {
        this.label = label;
    }

    @Override
    public Set<RagStatus> next() {
        Set<RagStatus> others = EnumSet.allOf(RagStatus.class);
        others.remove(this);
        return others;
    }

    @Override
    public Set<Role> whoMay(RagStatus target) {
        return EDITORS;
    }

    @Override
    public String label() {
        return label;
    }

    /** Short form for badges and filters. */
    public String shortLabel() {
        return switch (this) {
            case ON_TRACK -> "Green: on track";
            case PARTIALLY_ON_TRACK -> "Amber: partially on track";
            case OFF_TRACK -> "Red: off track";
            case PLANNED_NOT_STARTED -> "Planned, not started";
            case PREPARATORY -> "Preparatory work";
        };
    }
}
