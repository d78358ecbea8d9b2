package uk.nhs.dorset.primarycare.mergers.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumSet;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.files.StoredFile;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.mergers.MergerAttachment;
import uk.nhs.dorset.primarycare.mergers.MergerAttachmentKind;
import uk.nhs.dorset.primarycare.mergers.MergerCase;
import uk.nhs.dorset.primarycare.mergers.MergerService;

/**
 * A case's papers and their upload. Only this section is redrawn after an upload, so unsaved
 * edits elsewhere on the page are kept.
 */
class CasePapers extends VerticalLayout {

    private final MergerService mergers;
    private final Actor actor;

    CasePapers(MergerService mergers, Actor actor, MergerCase c) {
        this.mergers = mergers;
        this.actor = actor;
        setPadding(false);
        show(c);
    }

    private void show(MergerCase c) {
        removeAll();
        Grid<MergerAttachment> grid = new Grid<>();
        grid.addComponentColumn(a -> download(c, a)).setHeader("File").setFlexGrow(1);
        grid.addColumn(a -> a.getKind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(a -> Formats.number(Math.max(1, a.getSizeBytes() / 1024)) + " KB").setHeader("Size").setAutoWidth(true);
        grid.addColumn(MergerAttachment::getUploadedBy).setHeader("By").setAutoWidth(true);
        grid.addColumn(a -> Formats.dateTime(a.getUploadedAt())).setHeader("When").setAutoWidth(true);
        grid.setItems(c.getAttachments());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        add(grid);
        if (!actor.hasAny(EnumSet.of(Role.TEAM, Role.ESTATES, Role.MANAGER))) {
            return;
        }
        Select<MergerAttachmentKind> kind = new Select<>();
        kind.setLabel("Kind of paper");
        kind.setItems(MergerAttachmentKind.values());
        kind.setItemLabelGenerator(MergerAttachmentKind::label);
        kind.setValue(MergerAttachmentKind.OPTIONS_APPRAISAL);
        long caseId = c.getId();
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> {
            try {
                show(mergers.attach(caseId, kind.getValue(), metadata.fileName(), data));
                Notifications.success("Attached " + metadata.fileName());
            } catch (RuntimeException refused) {
                Notifications.error(UserMessages.of(refused));
            }
        })));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(10 * 1024 * 1024);
        upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".xlsx", ".docx", ".csv");
        upload.addFileRejectedListener(e -> Notifications.error(e.getFileName() + ": " + e.getErrorMessage()
                + ". Attach a PDF, PNG, JPEG, XLSX, DOCX or CSV of at most 10 MB"));
        Paragraph help = new Paragraph("Options appraisals, letters, applications and PCSE notifications: "
                + "PDF, PNG, JPEG, XLSX, DOCX or CSV, at most 10 MB.");
        help.addClassName("grid-summary");
        add(kind, upload, help);
    }

    private Anchor download(MergerCase c, MergerAttachment attachment) {
        long caseId = c.getId();
        long attachmentId = attachment.getId();
        DownloadHandler handler = event -> {
            StoredFile file = mergers.download(caseId, attachmentId);
            event.setFileName(file.fileName());
            event.setContentType(file.contentType());
            try (InputStream in = file.content(); OutputStream out = event.getOutputStream()) {
                in.transferTo(out);
            }
        };
        Anchor link = new Anchor(handler, attachment.getFileName());
        link.getElement().setAttribute("download", true);
        return link;
    }
}
