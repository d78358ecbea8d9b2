package uk.nhs.dorset.primarycare.base.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.validation.Lengths;

/**
 * One row of a workflow's history: from, to, who, when and why. Each workflow entity keeps
 * its own ordered list of these in a collection table; nothing ever edits or removes a row.
 */
@Embeddable
public class StatusChange {

    /** What the comment column holds; every move's comment is checked against it before it is kept. */
    public static final int COMMENT_MAX = 2000;

    @Column(name = "from_status", length = 40)
    private @Nullable String fromStatus;

    @Column(name = "to_status", length = 40, nullable = false)
    private String toStatus;

    @Column(name = "changed_by", length = 100, nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "comment", length = COMMENT_MAX)
    private @Nullable String comment;

    /** False for a move made without notifying anyone; the comment then says why. */
    @Column(name = "notified", nullable = false)
    private boolean notified = true;

    protected StatusChange() {
        this.toStatus = "";
        this.changedBy = "";
        this.changedAt = Instant.EPOCH;
    }

    public StatusChange(@Nullable Enum<?> from, Enum<?> to, String changedBy, Instant changedAt,
                        @Nullable String comment) {
        this.fromStatus = from == null ? null : from.name();
        this.toStatus = to.name();
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        Lengths.atMost("A comment", this.comment, COMMENT_MAX);
    }

    public StatusChange(@Nullable Enum<?> from, Enum<?> to, String changedBy, Instant changedAt,
                        @Nullable String comment, boolean notified) {
        this(from, to, changedBy, changedAt, comment);
        this.notified = notified;
    }

    public @Nullable String getFromStatus() {
        return fromStatus;
    }

    public String getToStatus() {
        return toStatus;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public @Nullable String getComment() {
        return comment;
    }

    public boolean isNotified() {
        return notified;
    }
}
