package uk.nhs.dorset.primarycare.mergers.ui;

import java.util.EnumSet;
import java.util.List;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.files.StoredFile;
import uk.nhs.dorset.primarycare.base.files.StoredFiles;
import uk.nhs.dorset.primarycare.base.ui.AttachmentsPanel;
import uk.nhs.dorset.primarycare.mergers.MergerAttachment;
import uk.nhs.dorset.primarycare.mergers.MergerAttachmentKind;
import uk.nhs.dorset.primarycare.mergers.MergerCase;
import uk.nhs.dorset.primarycare.mergers.MergerService;

/**
 * A case's papers and their upload. Only this section is redrawn after an upload (a paper does
 * not change the case's version), so unsaved edits elsewhere on the page are kept.
 */
final class CasePapers {

    private CasePapers() {
    }

    static AttachmentsPanel<MergerAttachmentKind> of(MergerService mergers, Actor actor, MergerCase c) {
        long caseId = c.getId();
        return new AttachmentsPanel<>(c.getAttachments(), List.of(MergerAttachmentKind.values()), StoredFiles.MAX_BYTES,
                actor.hasAny(EnumSet.of(Role.TEAM, Role.ESTATES, Role.MANAGER)),
                "Options appraisals, letters, applications and PCSE notifications.",
                new AttachmentsPanel.Files<>() {
                    @Override
                    public StoredFile download(long attachmentId) {
                        return mergers.download(caseId, attachmentId);
                    }

                    @Override
                    public List<MergerAttachment> attach(MergerAttachmentKind kind, String fileName, byte[] content) {
                        return mergers.attach(caseId, kind, fileName, content).getAttachments();
                    }
                });
    }
}
