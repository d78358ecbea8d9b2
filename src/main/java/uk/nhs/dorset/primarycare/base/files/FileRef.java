package uk.nhs.dorset.primarycare.base.files;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * What a record keeps of a file it holds: the name the user gave it, the generated name it is
 * stored under, its type and size, who added it and when. Every feature's attachment rows
 * embed one, so their columns and their checks are the same everywhere.
 */
@Embeddable
public class FileRef {

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "stored_name", nullable = false, length = 100)
    private String storedName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected FileRef() {
        this("", "", "", 0, "", Instant.EPOCH);
    }

    public FileRef(String fileName, String storedName, String contentType, long sizeBytes, String uploadedBy,
                   Instant uploadedAt) {
        this.fileName = fileName;
        this.storedName = storedName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public String getFileName() { return fileName; }
    public String getStoredName() { return storedName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
