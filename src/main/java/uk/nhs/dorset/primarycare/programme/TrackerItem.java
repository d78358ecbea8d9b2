package uk.nhs.dorset.primarycare.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.validation.Lengths;
import uk.nhs.dorset.primarycare.base.audit.AuditLabel;
import uk.nhs.dorset.primarycare.base.workflow.Move;
import uk.nhs.dorset.primarycare.base.workflow.StatusChange;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;

/**
 * One project or action of the GP Forward View delivery plan, under its area and desired
 * outcome, with its RAG status and progress. The RAG history is the item's own record of
 * who judged what, when and why.
 */
@Entity
@Table(name = "tracker_item")
@Audited
public class TrackerItem extends WorkflowRecord<RagStatus> {

    public static final int TEXT_MAX = 4000;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(name = "area", length = 20, nullable = false)
    private GpfvArea area;

    @Column(name = "delivery_area", length = 300, nullable = false)
    private String deliveryArea;

    @Column(name = "outcome", length = 1000, nullable = false)
    private String outcome;

    @Column(name = "project", length = 500, nullable = false)
    private String project;

    @Column(name = "action_text", length = 1000, nullable = false)
    private String actionText;

    @Enumerated(EnumType.STRING)
    @Column(name = "rag", length = 30, nullable = false)
    private RagStatus rag;

    @Column(name = "percent_complete")
    private @Nullable Integer percentComplete;

    @Column(name = "next_steps", length = TEXT_MAX)
    private @Nullable String nextSteps;

    @Column(name = "issues", length = TEXT_MAX)
    private @Nullable String issues;

    /** Who leads the item, as the delivery plan names them (a post or a group, not always a user). */
    @AuditLabel("Lead")
    @Column(name = "owner_name", length = 100)
    private @Nullable String lead;

    @Column(name = "last_updated", nullable = false)
    private Instant lastUpdated;

    @Column(name = "last_updated_by", length = 100, nullable = false)
    private String lastUpdatedBy;

    /** Already a who/when/why record of its own, so field-level audit leaves it out. */
    @NotAudited
    @ElementCollection
    @CollectionTable(name = "tracker_item_status_change", joinColumns = @JoinColumn(name = "tracker_item_id"))
    @OrderColumn(name = "seq")
    private List<StatusChange> history = new ArrayList<>();

    protected TrackerItem() {
        this.area = GpfvArea.ENGAGEMENT;
        this.deliveryArea = "";
        this.outcome = "";
        this.project = "";
        this.actionText = "";
        this.rag = RagStatus.PLANNED_NOT_STARTED;
        this.lastUpdated = Instant.EPOCH;
        this.lastUpdatedBy = "";
    }

    public TrackerItem(int sortOrder, GpfvArea area, String deliveryArea, String outcome, String project,
                       String actionText, RagStatus rag, Actor by, Instant at, @Nullable String reason) {
        this();
        this.sortOrder = sortOrder;
        this.area = area;
        this.deliveryArea = required(deliveryArea, "delivery area", 300);
        this.outcome = required(outcome, "desired outcome", 1000);
        this.project = required(project, "project", 500);
        this.actionText = required(actionText, "action", 1000);
        requireReasonWhenRed(rag, reason);
        this.rag = rag;
        started(rag, new Move(by, at, reason));
        touch(by, at);
    }

    /** Judges the item's RAG afresh; off track needs a reason a reader can act on. */
    public void changeRag(RagStatus target, Actor by, Instant at, @Nullable String reason) {
        move(target, new Move(by, at, reason));
    }

    @Override
    public void move(RagStatus target, Move move) {
        moveTo(target, move, () -> {
            requireReasonWhenRed(target, move.comment());
            touch(move.by(), move.at());
        });
    }

    public void updateProgress(@Nullable Integer percentComplete, @Nullable String nextSteps, @Nullable String issues,
                               @Nullable String lead, Actor by, Instant at) {
        if (percentComplete != null && (percentComplete < 0 || percentComplete > 100)) {
            throw new IllegalArgumentException("% complete must be between 0 and 100");
        }
        this.percentComplete = percentComplete;
        this.nextSteps = optional(nextSteps, "Next steps", TEXT_MAX);
        this.issues = optional(issues, "Issues", TEXT_MAX);
        this.lead = optional(lead, "Lead", 100);
        touch(by, at);
    }

    private static void requireReasonWhenRed(RagStatus target, @Nullable String reason) {
        TransitionNotAllowed.require(target != RagStatus.OFF_TRACK || (reason != null && !reason.isBlank()),
                "Off track needs a reason: say what has gone wrong and what review of plans is needed");
    }

    private void touch(Actor by, Instant at) {
        lastUpdated = at;
        lastUpdatedBy = by.username();
    }

    private static String required(String text, String what, int max) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("Give the " + what);
        }
        Lengths.atMost("The " + what, stripped, max);
        return stripped;
    }

    private static @Nullable String optional(@Nullable String text, String what, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        Lengths.atMost(what, stripped, max);
        return stripped;
    }

    public int getSortOrder() { return sortOrder; }
    public GpfvArea getArea() { return area; }
    public String getDeliveryArea() { return deliveryArea; }
    public String getOutcome() { return outcome; }
    public String getProject() { return project; }
    public String getActionText() { return actionText; }
    public RagStatus getRag() { return rag; }
    public @Nullable Integer getPercentComplete() { return percentComplete; }
    public @Nullable String getNextSteps() { return nextSteps; }
    public @Nullable String getIssues() { return issues; }
    public @Nullable String getLead() { return lead; }
    public Instant getLastUpdated() { return lastUpdated; }
    public String getLastUpdatedBy() { return lastUpdatedBy; }

    @Override
    public RagStatus getStatus() {
        return rag;
    }

    @Override
    protected void writeStatus(RagStatus target) {
        rag = target;
    }

    @Override
    protected List<StatusChange> historyRows() {
        return history;
    }

    @Override
    public String noun() {
        return "tracker item";
    }

    /** What a user calls the item in the audit trail and notifications. */
    @Override
    public String label() {
        return area.label() + " — " + (actionText.length() > 120 ? actionText.substring(0, 117) + "..." : actionText);
    }

    @Override
    public String kind() {
        return "Tracker item";
    }

    @Override
    public String link() {
        return "programme?item=" + getId();
    }
}
