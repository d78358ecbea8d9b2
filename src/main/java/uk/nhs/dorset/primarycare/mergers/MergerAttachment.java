package uk.nhs.dorset.primarycare.mergers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.AbstractEntity;

/**
 * A case paper attached to a merger case. The file lives on disk under a generated name; the
 * user's own file name is kept only to show and to offer on download.
 */
@Entity
@Table(name = "merger_attachment")
public class MergerAttachment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "merger_case_id", nullable = false)
    private @Nullable MergerCase mergerCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private MergerAttachmentKind kind;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "stored_name", nullable = false, length = 100, unique = true)
    private String storedName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected MergerAttachment() {
        this.kind = MergerAttachmentKind.OTHER;
        this.fileName = "";
        this.storedName = "";
        this.contentType = "";
        this.uploadedBy = "";
        this.uploadedAt = Instant.EPOCH;
    }

    MergerAttachment(MergerCase mergerCase, MergerAttachmentKind kind, String fileName, String storedName,
                     String contentType, long sizeBytes, String uploadedBy, Instant uploadedAt) {
        this.mergerCase = mergerCase;
        this.kind = kind;
        this.fileName = fileName;
        this.storedName = storedName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public MergerAttachmentKind getKind() { return kind; }
    public String getFileName() { return fileName; }
    public String getStoredName() { return storedName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
