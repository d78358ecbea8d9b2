package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

/** A "Export .xlsx" link whose download is written when clicked, from the filter at that moment. */
public final class ExportLink {

    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private ExportLink() {
    }

    public static Anchor create(String fileBaseName, Writer writer) {
        String fileName = fileBaseName + "-" + LocalDate.now() + ".xlsx";
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (OutputStream out = event.getOutputStream()) {
                writer.write(out);
            }
        };
        Anchor link = new Anchor(handler, "");
        link.add(new Icon(VaadinIcon.DOWNLOAD), new com.vaadin.flow.component.html.Span("Export .xlsx"));
        link.addClassName("export-link");
        link.getElement().setAttribute("download", true);
        return link;
    }
}
