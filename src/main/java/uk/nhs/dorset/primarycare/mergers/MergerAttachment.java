package uk.nhs.dorset.primarycare.mergers;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.AbstractEntity;
import uk.nhs.dorset.primarycare.base.files.Attachment;
import uk.nhs.dorset.primarycare.base.files.FileRef;

/** A case paper attached to a merger case: an options appraisal, a letter, an application, a PCSE notification. */
@Entity
@Table(name = "merger_attachment")
public class MergerAttachment extends AbstractEntity implements Attachment<MergerAttachmentKind> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "merger_case_id", nullable = false)
    private @Nullable MergerCase mergerCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private MergerAttachmentKind kind;

    @Embedded
    private FileRef file;

    protected MergerAttachment() {
        this.kind = MergerAttachmentKind.OTHER;
        this.file = null;
    }

    MergerAttachment(MergerCase mergerCase, MergerAttachmentKind kind, FileRef file) {
        this.mergerCase = mergerCase;
        this.kind = kind;
        this.file = file;
    }

    @Override
    public MergerAttachmentKind getKind() { return kind; }

    @Override
    public FileRef getFile() { return file; }
}
