package uk.nhs.dorset.primarycare.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.AbstractEntity;
import uk.nhs.dorset.primarycare.base.audit.AuditLabel;
import uk.nhs.dorset.primarycare.base.workflow.RecordRef;

/**
 * One comment on a workflow record. Audited, so an edit keeps the earlier text in the record's
 * revisions and the audit trail shows who changed it; a comment is never deleted.
 */
@Entity
@Table(name = "record_comment")
@Audited
class RecordComment extends AbstractEntity {

    static final int BODY_MAX = 4000;

    @Column(name = "record_type", nullable = false, length = 40)
    private String recordType = "";

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(nullable = false, length = 100)
    private String author = "";

    @AuditLabel("Text")
    @Column(nullable = false, length = BODY_MAX)
    private String body = "";

    @AuditLabel("Shared with the practice")
    @Column(nullable = false)
    private boolean shared;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "edited_at")
    private @Nullable Instant editedAt;

    @Column(name = "shared_by", length = 100)
    private @Nullable String sharedBy;

    @Column(name = "shared_at")
    private @Nullable Instant sharedAt;

    protected RecordComment() {
    }

    RecordComment(RecordRef record, String author, String body, boolean shared, Instant at) {
        this.recordType = record.type();
        this.recordId = record.id();
        this.author = author;
        this.body = body;
        this.createdAt = at;
        if (shared) {
            share(author, at);
        }
    }

    RecordRef record() {
        return new RecordRef(recordType, recordId);
    }

    void edit(String newBody, Instant at) {
        body = newBody;
        editedAt = at;
    }

    void share(String by, Instant at) {
        shared = true;
        sharedBy = by;
        sharedAt = at;
    }

    String getAuthor() { return author; }

    String getBody() { return body; }

    boolean isShared() { return shared; }

    Instant getCreatedAt() { return createdAt; }

    @Nullable Instant getEditedAt() { return editedAt; }

    @Nullable String getSharedBy() { return sharedBy; }

    @Override
    public String kind() {
        return "Comment";
    }

    @Override
    public String label() {
        return "Comment on " + recordType + " " + recordId;
    }
}
