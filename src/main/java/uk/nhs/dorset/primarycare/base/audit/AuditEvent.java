package uk.nhs.dorset.primarycare.base.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.AbstractEntity;
import uk.nhs.dorset.primarycare.base.workflow.StatusChanged;

/** One workflow transition in any feature, as its service announced it; never edited. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends AbstractEntity {

    @Column(name = "feature", length = 60, nullable = false)
    private String feature;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "record_label", length = 300, nullable = false)
    private String recordLabel;

    @Column(name = "link", length = 300, nullable = false)
    private String link;

    @Column(name = "from_status", length = 60)
    private @Nullable String fromStatus;

    @Column(name = "to_status", length = 60, nullable = false)
    private String toStatus;

    @Column(name = "changed_by", length = 100, nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "comment", length = 2000)
    private @Nullable String comment;

    protected AuditEvent() {
        this.feature = "";
        this.recordLabel = "";
        this.link = "";
        this.toStatus = "";
        this.changedBy = "";
        this.changedAt = Instant.EPOCH;
    }

    static AuditEvent of(StatusChanged event) {
        AuditEvent e = new AuditEvent();
        e.feature = cut(event.feature(), 60);
        e.recordId = event.recordId();
        e.recordLabel = cut(event.recordLabel(), 300);
        e.link = cut(event.link(), 300);
        e.fromStatus = event.fromStatus() == null ? null : cut(event.fromStatus(), 60);
        e.toStatus = cut(event.toStatus(), 60);
        e.changedBy = cut(event.by(), 100);
        e.changedAt = event.at();
        e.comment = event.comment() == null ? null : cut(event.comment(), 2000);
        return e;
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    public String getFeature() { return feature; }
    public long getRecordId() { return recordId; }
    public String getRecordLabel() { return recordLabel; }
    public String getLink() { return link; }
    public @Nullable String getFromStatus() { return fromStatus; }
    public String getToStatus() { return toStatus; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
    public @Nullable String getComment() { return comment; }
}
