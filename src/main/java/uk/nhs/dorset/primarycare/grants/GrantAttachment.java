package uk.nhs.dorset.primarycare.grants;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.nhs.dorset.primarycare.base.AbstractEntity;
import uk.nhs.dorset.primarycare.base.files.Attachment;
import uk.nhs.dorset.primarycare.base.files.FileRef;

/** A file attached to a bid: a quote, a plan, an invoice or another paper. */
@Entity
@Table(name = "grant_attachment")
public class GrantAttachment extends AbstractEntity implements Attachment<AttachmentKind> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bid_id", nullable = false)
    private GrantBid bid;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private AttachmentKind kind;

    @Embedded
    private FileRef file;

    protected GrantAttachment() {
        this.bid = null;
        this.kind = AttachmentKind.OTHER;
        this.file = null;
    }

    GrantAttachment(GrantBid bid, AttachmentKind kind, FileRef file) {
        this.bid = bid;
        this.kind = kind;
        this.file = file;
    }

    @Override
    public AttachmentKind getKind() { return kind; }

    @Override
    public FileRef getFile() { return file; }
}
