package uk.nhs.dorset.primarycare.estates;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import uk.nhs.dorset.primarycare.base.AbstractEntity;
import uk.nhs.dorset.primarycare.base.files.Attachment;
import uk.nhs.dorset.primarycare.base.files.FileRef;

/** A business case paper attached to a project: a PID, an OBC, an FBC, a panel letter. */
@Entity
@Table(name = "ettf_document")
public class ProjectDocument extends AbstractEntity implements Attachment<DocumentKind> {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private DocumentKind kind;

    @Embedded
    private FileRef file;

    protected ProjectDocument() {
        this.kind = DocumentKind.PID;
        this.file = null;
    }

    ProjectDocument(DocumentKind kind, FileRef file) {
        this.kind = kind;
        this.file = file;
    }

    @Override
    public DocumentKind getKind() {
        return kind;
    }

    @Override
    public FileRef getFile() {
        return file;
    }
}
