package uk.nhs.dorset.primarycare.estates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.nhs.dorset.primarycare.base.AbstractEntity;

/**
 * A business case paper attached to a project. The file itself lives in the files directory
 * under {@link #getStoredName()}; the database keeps what a user needs to find and trust it.
 */
@Entity
@Table(name = "ettf_document")
public class ProjectDocument extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private DocumentKind kind;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "stored_name", nullable = false, length = 100)
    private String storedName;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ProjectDocument() {
        this.kind = DocumentKind.PID;
        this.fileName = "";
        this.contentType = "";
        this.storedName = "";
        this.uploadedBy = "";
        this.uploadedAt = Instant.EPOCH;
    }

    ProjectDocument(DocumentKind kind, String fileName, String contentType, long sizeBytes, String storedName,
                    String uploadedBy, Instant uploadedAt) {
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.storedName = storedName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getStoredName() {
        return storedName;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
