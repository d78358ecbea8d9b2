package uk.nhs.dorset.primarycare.estates.ui;

import java.util.List;
import uk.nhs.dorset.primarycare.base.files.StoredFile;
import uk.nhs.dorset.primarycare.base.ui.AttachmentsPanel;
import uk.nhs.dorset.primarycare.estates.DocumentKind;
import uk.nhs.dorset.primarycare.estates.EttfProject;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.estates.ProjectDocument;

/**
 * A project's business case papers: download links for everyone who may see the project, and
 * an upload for those who edit it. A paper moves the project's version on, so the project is
 * shown again after an upload.
 */
final class DocumentsPanel {

    private DocumentsPanel() {
    }

    static AttachmentsPanel<DocumentKind> of(EttfService service, EttfProject p, boolean mayEdit, Runnable changed) {
        long id = p.getId();
        long version = p.getVersion();
        return new AttachmentsPanel<>(p.getDocuments(), List.of(DocumentKind.values()), EttfService.MAX_DOCUMENT_BYTES,
                mayEdit, "PIDs, business cases, panel letters and plans.", new AttachmentsPanel.Files<>() {
                    @Override
                    public StoredFile download(long documentId) {
                        return service.download(id, documentId);
                    }

                    @Override
                    public List<ProjectDocument> attach(DocumentKind kind, String fileName, byte[] content) {
                        List<ProjectDocument> documents = service.attach(id, version, kind, fileName, content).getDocuments();
                        changed.run();
                        return documents;
                    }
                });
    }
}
