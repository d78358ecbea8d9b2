package uk.nhs.dorset.primarycare.mergers;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.validation.Text;

/**
 * One of the six action plan areas of a case: who owns it, when it is due, how far it got.
 * Its text rules are declared on the fields and checked with the case's other details on save.
 */
@Embeddable
@Audited
public class ActionPlanItem {

    @Enumerated(EnumType.STRING)
    @Column(name = "area", length = 40, nullable = false)
    private ActionArea area;

    @Text(what = "The owner", max = MergerDetails.TITLE_MAX)
    @Column(name = "action_owner", length = MergerDetails.TITLE_MAX)
    private @Nullable String owner;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_status", length = 20, nullable = false)
    private ActionStatus status;

    @Text(what = "The notes", max = MergerDetails.TEXT_MAX)
    @Column(name = "notes", length = MergerDetails.TEXT_MAX)
    private @Nullable String notes;

    protected ActionPlanItem() {
        this.area = ActionArea.DIAGNOSTIC_AND_IMPROVEMENT;
        this.status = ActionStatus.NOT_STARTED;
    }

    public ActionPlanItem(ActionArea area, @Nullable String owner, @Nullable LocalDate dueDate, ActionStatus status,
                          @Nullable String notes) {
        this.area = area;
        this.owner = MergerDetails.tidy(owner);
        this.dueDate = dueDate;
        this.status = status;
        this.notes = MergerDetails.tidy(notes);
    }

    public static ActionPlanItem notStarted(ActionArea area) {
        return new ActionPlanItem(area, null, null, ActionStatus.NOT_STARTED, null);
    }

    public ActionArea getArea() {
        return area;
    }

    public @Nullable String getOwner() {
        return owner;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    // A value: an unchanged area is equal to itself, so saving a case records no change for it.
    @Override
    public boolean equals(Object other) {
        return other instanceof ActionPlanItem a && area == a.area && Objects.equals(owner, a.owner)
                && Objects.equals(dueDate, a.dueDate) && status == a.status && Objects.equals(notes, a.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(area, owner, dueDate, status, notes);
    }
}
