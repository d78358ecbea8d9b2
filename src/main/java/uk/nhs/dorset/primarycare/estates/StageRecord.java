package uk.nhs.dorset.primarycare.estates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.AbstractEntity;
import uk.nhs.dorset.primarycare.base.Formats;

/**
 * One stage a project entered or is planned to enter: when it was planned, when it happened,
 * and the decision taken when it was left. Records are appended, never removed, so a revised
 * PID keeps the stages the project went through before.
 */
@Entity
@Table(name = "ettf_stage_record")
@Audited
public class StageRecord extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 40)
    private ProjectStage stage;

    @Column(name = "planned_date")
    private @Nullable LocalDate plannedDate;

    @Column(name = "actual_date")
    private @Nullable LocalDate actualDate;

    @Column(name = "decision", length = 200)
    private @Nullable String decision;

    @Column(name = "decided_by", length = 100)
    private @Nullable String decidedBy;

    @Column(name = "notes", length = NOTES_MAX)
    private @Nullable String notes;

    static final int NOTES_MAX = 2000;

    protected StageRecord() {
        this.stage = ProjectStage.FEASIBILITY;
    }

    StageRecord(ProjectStage stage, @Nullable LocalDate plannedDate, @Nullable LocalDate actualDate, @Nullable String notes) {
        this.stage = stage;
        this.plannedDate = plannedDate;
        this.actualDate = actualDate;
        this.notes = blankToNull(notes);
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    void entered(LocalDate date, @Nullable String note) {
        this.actualDate = date;
        if (blankToNull(note) != null) {
            String all = this.notes == null ? note.strip() : this.notes + "\n" + note.strip();
            // Each entry into a stage adds its comment to the stage's notes, which hold only so much.
            if (all.length() > NOTES_MAX) {
                throw new IllegalArgumentException("The notes of the " + stage.inSentence() + " stage can be at most "
                        + Formats.number(NOTES_MAX) + " characters; with this comment they would have " + Formats.number(all.length()));
            }
            this.notes = all;
        }
    }

    void decided(String decision, String by) {
        this.decision = decision;
        this.decidedBy = by;
    }

    void replan(@Nullable LocalDate plannedDate) {
        this.plannedDate = plannedDate;
    }

    public ProjectStage getStage() {
        return stage;
    }

    public @Nullable LocalDate getPlannedDate() {
        return plannedDate;
    }

    public @Nullable LocalDate getActualDate() {
        return actualDate;
    }

    public @Nullable String getDecision() {
        return decision;
    }

    public @Nullable String getDecidedBy() {
        return decidedBy;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    /** Planned and not yet happened. */
    /** Of a project's records, the pending one planned soonest; none once the project has left the pipeline. */
    static Optional<StageRecord> nextMilestone(ProjectStage projectStage, Collection<StageRecord> records) {
        if (!projectStage.isOpen()) {
            return Optional.empty();
        }
        return records.stream()
                .filter(r -> r.isPending() && r.getPlannedDate() != null)
                .min(Comparator.comparing(StageRecord::getPlannedDate));
    }

    public boolean isPending() {
        return actualDate == null;
    }

    /** The planned date has passed and the stage has not been reached. */
    public boolean isOverdue(LocalDate today) {
        return actualDate == null && plannedDate != null && plannedDate.isBefore(today);
    }
}
