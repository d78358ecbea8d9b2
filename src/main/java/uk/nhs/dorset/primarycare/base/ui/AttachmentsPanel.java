package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Labelled;
import uk.nhs.dorset.primarycare.base.files.Attachment;
import uk.nhs.dorset.primarycare.base.files.FileRef;
import uk.nhs.dorset.primarycare.base.files.StoredFile;
import uk.nhs.dorset.primarycare.base.files.StoredFiles;

/**
 * A record's attached files: a table with download links for everyone who may see the record,
 * and, for those who may add files, the kind and an upload. The upload is read on the server
 * only up to the limit, and the service checks and stores it; a refusal is shown, and only
 * this panel is redrawn after an upload, so unsaved edits elsewhere on the page are kept.
 */
public class AttachmentsPanel<K extends Enum<K> & Labelled> extends VerticalLayout {

    /** What the panel asks of the record's service. */
    public interface Files<K extends Labelled> {

        StoredFile download(long attachmentId);

        /** Checks, stores and records the file; returns the record's attachments afterwards. */
        List<? extends Attachment<K>> attach(K kind, String fileName, byte[] content);
    }

    private final Files<K> files;
    private final Grid<Attachment<K>> grid = new Grid<>();
    private final Paragraph none = new Paragraph("No files yet.");

    /**
     * @param kinds     the kinds a user picks from, the first being the default
     * @param mayAttach whether this user may add files to the record now
     * @param help      what the record's files are for, shown with the limits
     */
    public AttachmentsPanel(List<? extends Attachment<K>> attached, List<K> kinds, long maxBytes, boolean mayAttach,
                            String help, Files<K> files) {
        this.files = files;
        setPadding(false);
        addClassName("attachments");
        grid.addColumn(a -> a.getKind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addComponentColumn(this::downloadLink).setHeader("File").setFlexGrow(1);
        grid.addColumn(a -> Formats.number(Math.max(1, a.getFile().getSizeBytes() / 1024)) + " KB").setHeader("Size")
                .setAutoWidth(true);
        grid.addColumn(a -> a.getFile().getUploadedBy()).setHeader("By").setAutoWidth(true);
        grid.addColumn(a -> Formats.dateTime(a.getFile().getUploadedAt())).setHeader("When").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        add(grid, none);
        show(attached);
        if (mayAttach) {
            add(upload(kinds, maxBytes, help));
        }
    }

    private void show(List<? extends Attachment<K>> attached) {
        grid.setItems(List.copyOf(attached));
        grid.setVisible(!attached.isEmpty());
        none.setVisible(attached.isEmpty());
    }

    private Div upload(List<K> kinds, long maxBytes, String help) {
        Select<K> kind = new Select<>();
        kind.setLabel("Kind of file");
        kind.setItems(kinds);
        kind.setItemLabelGenerator(Labelled::label);
        kind.setValue(kinds.getFirst());
        Upload upload = new Upload(BoundedUpload.inMemory(maxBytes, (fileName, data) -> {
            try {
                show(files.attach(Objects.requireNonNull(kind.getValue()), fileName, data));
                Notifications.success("Attached " + StoredFiles.displayName(fileName));
            } catch (RuntimeException refused) {
                Notifications.error(UserMessages.of(refused));
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) maxBytes);
        upload.setAcceptedFileTypes(StoredFiles.acceptedExtensions());
        upload.addFileRejectedListener(e -> Notifications.error(e.getFileName() + ": " + e.getErrorMessage()
                + ". Attach a " + StoredFiles.limitText(maxBytes)));
        Paragraph limits = new Paragraph((help.isEmpty() ? "" : help + " ") + StoredFiles.limitText(maxBytes) + ".");
        limits.addClassName("grid-summary");
        Div box = new Div(kind, upload, limits);
        box.addClassName("attachment-upload");
        return box;
    }

    private Anchor downloadLink(Attachment<K> attachment) {
        long attachmentId = Objects.requireNonNull(attachment.getId());
        FileRef file = attachment.getFile();
        DownloadHandler handler = event -> {
            StoredFile stored = files.download(attachmentId);
            event.setFileName(stored.fileName());
            event.setContentType(stored.contentType());
            try (InputStream in = stored.content(); OutputStream out = event.getOutputStream()) {
                in.transferTo(out);
            }
        };
        Anchor link = new Anchor(handler, file.getFileName());
        link.getElement().setAttribute("download", true);
        return link;
    }
}
