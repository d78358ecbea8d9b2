package uk.nhs.dorset.primarycare.estates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.AbstractEntity;

/** An issue or blocker on a project's log: raised on a date, owned by someone, open until resolved. */
@Entity
@Table(name = "ettf_issue")
@Audited
public class ProjectIssue extends AbstractEntity {

    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @Column(name = "owner_name", length = 100)
    private @Nullable String owner;

    @Column(name = "is_open", nullable = false)
    private boolean open = true;

    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;

    protected ProjectIssue() {
        this.raisedOn = LocalDate.EPOCH;
        this.description = "";
    }

    ProjectIssue(LocalDate raisedOn, String description, @Nullable String owner) {
        this.raisedOn = raisedOn;
        this.description = description;
        this.owner = StageRecord.blankToNull(owner);
    }

    void close(LocalDate on) {
        this.open = false;
        this.closedOn = on;
    }

    void reopen() {
        this.open = true;
        this.closedOn = null;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public String getDescription() {
        return description;
    }

    public @Nullable String getOwner() {
        return owner;
    }

    public boolean isOpen() {
        return open;
    }

    public @Nullable LocalDate getClosedOn() {
        return closedOn;
    }
}
