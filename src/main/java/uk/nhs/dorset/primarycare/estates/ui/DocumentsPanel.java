package uk.nhs.dorset.primarycare.estates.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.io.OutputStream;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.files.StoredFile;
import uk.nhs.dorset.primarycare.base.files.StoredFiles;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.estates.DocumentKind;
import uk.nhs.dorset.primarycare.estates.EttfProject;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.estates.ProjectDocument;

/**
 * A project's business case papers: download links for everyone who may see the project, and
 * an upload for those who edit it, through the hub's shared file checks.
 */
final class DocumentsPanel extends VerticalLayout {

    private final EttfService service;
    private final long projectId;

    DocumentsPanel(EttfService service, EttfProject p, boolean mayEdit, Runnable changed) {
        this.service = service;
        this.projectId = p.getId();
        setPadding(false);
        Grid<ProjectDocument> grid = new Grid<>(ProjectDocument.class, false);
        grid.addColumn(d -> d.getKind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addComponentColumn(this::downloadLink).setHeader("File").setFlexGrow(1);
        grid.addColumn(d -> Formats.number(Math.max(1, d.getSizeBytes() / 1024)) + " KB").setHeader("Size").setAutoWidth(true);
        grid.addColumn(d -> d.getUploadedBy() + ", " + Formats.dateTime(d.getUploadedAt())).setHeader("Added").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(p.getDocuments());
        if (!mayEdit) {
            add(p.getDocuments().isEmpty() ? new Paragraph("No documents yet.") : grid);
            return;
        }
        Select<DocumentKind> kind = new Select<>();
        kind.setLabel("Document kind");
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(DocumentKind::label);
        kind.setValue(DocumentKind.PID);
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                service.attach(p.getId(), p.getVersion(), kind.getValue(), metadata.fileName(), bytes);
                getUI().ifPresent(ui -> ui.access(() -> {
                    Notifications.success(metadata.fileName() + " attached");
                    changed.run();
                }));
            } catch (RuntimeException refused) {
                getUI().ifPresent(ui -> ui.access(() -> Notifications.error(UserMessages.of(refused))));
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) EttfService.MAX_DOCUMENT_BYTES);
        upload.setAcceptedFileTypes(StoredFiles.TYPES.keySet().stream().map(ext -> "." + ext).toArray(String[]::new));
        upload.addFileRejectedListener(e -> Notifications.error(e.getFileName() + ": " + e.getErrorMessage()
                + ". Attach a " + StoredFiles.ACCEPTED + " of at most 20 MB"));
        Paragraph limits = new Paragraph(StoredFiles.ACCEPTED + ", at most 20 MB.");
        limits.addClassName("grid-summary");
        HorizontalLayout add = new HorizontalLayout(kind, upload);
        add.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add.getStyle().set("flex-wrap", "wrap");
        add(grid, add, limits);
    }

    private Anchor downloadLink(ProjectDocument d) {
        long documentId = d.getId();
        DownloadHandler handler = event -> {
            StoredFile file = service.download(projectId, documentId);
            event.setFileName(file.fileName());
            event.setContentType(file.contentType());
            try (InputStream in = file.content(); OutputStream out = event.getOutputStream()) {
                in.transferTo(out);
            }
        };
        Anchor link = new Anchor(handler, d.getFileName());
        link.getElement().setAttribute("download", true);
        return link;
    }
}
