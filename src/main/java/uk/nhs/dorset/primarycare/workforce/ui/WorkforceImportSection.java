package uk.nhs.dorset.primarycare.workforce.ui;

import uk.nhs.dorset.primarycare.base.BackgroundWork;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.files.StoredFiles;
import uk.nhs.dorset.primarycare.base.ui.BoundedUpload;
import uk.nhs.dorset.primarycare.base.ui.ImportSection;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.workforce.ImportOptions;
import uk.nhs.dorset.primarycare.workforce.ImportProgress;
import uk.nhs.dorset.primarycare.workforce.ImportReport;
import uk.nhs.dorset.primarycare.workforce.WorkforceImportService;

/**
 * The NHS Digital workforce import on the imports page. The file is read off the UI thread
 * (a national file takes seconds), the page polls for progress, and cancel stops the read
 * at the next row, rolling back whatever the apply had written.
 */
@org.springframework.stereotype.Component
class WorkforceImportSection implements ImportSection {

    private static final Logger log = LoggerFactory.getLogger(WorkforceImportSection.class);

    /** The national file is about 40 MB; the limit leaves room for growth. */
    static final long MAX_BYTES = 100L * 1024 * 1024;

    private final WorkforceImportService service;
    private final Clock clock;
    private final BackgroundWork background;

    WorkforceImportSection(WorkforceImportService service, Clock clock, BackgroundWork background) {
        this.service = service;
        this.clock = clock;
        this.background = background;
    }

    @Override
    public String title() {
        return "GP workforce (NHS Digital, practice level detailed)";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.TEAM, Role.MANAGER, Role.ADMIN);
    }

    @Override
    public Component create() {
        return new Panel();
    }

    private final class Panel extends VerticalLayout {

        private final DatePicker snapshot = new DatePicker("Snapshot date");
        private final TextField commissioner = new TextField("Commissioner");
        private final Button dryRun = new Button("Dry run");
        private final Button apply = new Button("Apply");
        private final Button cancel = new Button("Cancel");
        private final ProgressBar bar = new ProgressBar(0, 1);
        private final Div report = new Div();
        private @Nullable Path file;
        private long declaredSize = -1;
        private @Nullable AtomicBoolean cancelled;

        Panel() {
            setPadding(false);
            add(new Paragraph("Upload NHS Digital's practice-level workforce CSV (\"Practice Level - Detailed\", or an earlier "
                    + "\"GP Practice level\" file from 2015 on). "
                    + "Profiles are created as drafts for the hub's practices only; NA, ND, EST, NS and \".\" are kept as "
                    + "not supplied. Contains public sector information licensed under the Open Government Licence v3.0."));
            DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
            i18n.setDateFormat(Formats.DATE_PATTERN);
            snapshot.setI18n(i18n);
            snapshot.setLocale(Locale.UK);
            snapshot.setRequired(true);
            snapshot.setMax(LocalDate.now(clock));
            snapshot.setHelperText("When the file says its month, only that month's rows are read; a file of another month is refused");
            commissioner.setValue("all");
            commissioner.setMaxLength(10);
            commissioner.setHelperText("A sub-ICB / CCG code such as 11J, or all");

            Upload upload = new Upload(BoundedUpload.toTempFile(MAX_BYTES, this::received).onRefused(this::refused));
            upload.setMaxFiles(1);
            upload.setAcceptedFileTypes(".csv", "text/csv");
            upload.setMaxFileSize((int) MAX_BYTES);
            upload.addFileRejectedListener(e -> refused(e.getFileName() + ": " + e.getErrorMessage() + ". Upload a .csv file of at most "
                    + StoredFiles.megabytes(MAX_BYTES)));
            upload.addFileRemovedListener(e -> discardFile());
            // A file left behind by someone who went away would otherwise stay on disk.
            addDetachListener(e -> discardFile());

            dryRun.addClickListener(e -> start(false));
            apply.addClickListener(e -> start(true));
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            cancel.addClickListener(e -> {
                if (cancelled != null) {
                    cancelled.set(true);
                }
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dryRun.setEnabled(false);
            apply.setEnabled(false);
            cancel.setVisible(false);
            bar.setVisible(false);
            HorizontalLayout options = new HorizontalLayout(snapshot, commissioner);
            options.setWrap(true);
            HorizontalLayout buttons = new HorizontalLayout(dryRun, apply, cancel);
            buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            add(options, upload, buttons, bar, report);
        }

        private void received(String name, long announcedBytes, Path saved) {
            discardFile();
            file = saved;
            declaredSize = announcedBytes;
            report.removeAll();
            report.add(new Paragraph("Received " + name + ". Run the dry run to see what it would change."));
            dryRun.setEnabled(true);
            apply.setEnabled(false);
        }

        private void start(boolean write) {
            if (file == null) {
                return;
            }
            if (snapshot.getValue() == null) {
                snapshot.setInvalid(true);
                snapshot.setErrorMessage("Choose the snapshot date the file is for");
                return;
            }
            UI ui = UI.getCurrent();
            Path path = file;
            long declared = declaredSize;
            ImportOptions options = new ImportOptions(snapshot.getValue(), commissioner.getValue());
            AtomicBoolean stop = new AtomicBoolean();
            cancelled = stop;
            running(true);
            ui.setPollInterval(500);
            ImportProgress progress = new ImportProgress() {
                @Override
                public void progress(double fraction) {
                    ui.access(() -> bar.setValue(fraction));
                }

                @Override
                public boolean cancelled() {
                    return stop.get();
                }
            };
            background.start("workforce-import", () -> {
                try {
                    ImportReport result = write ? service.apply(path, declared, options, progress)
                            : service.dryRun(path, declared, options, progress);
                    ui.access(() -> show(result, write));
                } catch (RuntimeException e) {
                    if (!UserMessages.isExpected(e)) {
                        log.error("Workforce import failed", e);
                    }
                    String message = UserMessages.of(e);
                    ui.access(() -> {
                        refused(message);
                        apply.setEnabled(false);
                    });
                } finally {
                    ui.access(() -> {
                        // An apply, finished or failed, and any cancelled run end with the file.
                        if (write || stop.get()) {
                            discardFile();
                        }
                        running(false);
                        ui.setPollInterval(-1);
                    });
                }
            });
        }

        /** Deletes the uploaded file: an import uses it once, and nothing keeps it afterwards. */
        private void discardFile() {
            Path uploaded = file;
            file = null;
            declaredSize = -1;
            dryRun.setEnabled(false);
            apply.setEnabled(false);
            if (uploaded != null) {
                try {
                    Files.deleteIfExists(uploaded);
                } catch (IOException e) {
                    log.warn("Could not delete the uploaded workforce file {}: {}", uploaded, e.getMessage());
                }
            }
        }

        private void refused(String message) {
            report.removeAll();
            Paragraph refusal = new Paragraph(message);
            refusal.addClassName("refusal");
            report.add(refusal);
            Notifications.error(message);
        }

        private void running(boolean on) {
            bar.setVisible(on);
            bar.setValue(0);
            cancel.setVisible(on);
            dryRun.setEnabled(!on && file != null);
            if (on) {
                apply.setEnabled(false);
            }
        }

        private void show(ImportReport r, boolean applied) {
            report.removeAll();
            report.add(new Paragraph(r.summary() + String.format(" (%.1f s).", r.seconds())));
            list("Unknown practices (not in the hub, not imported)", r.unknownPracticeCodes(), r.unknownPractices());
            list("Rejected rows", r.rejections(), r.rejected());
            list("Practices whose roles do not add up to the file's own totals", r.totalsDiffer(), r.totalsDifferPractices());
            list("Columns this import does not know (ignored)", r.unknownColumns(), r.unknownColumns().size());
            list("Role columns not in this file (treated as not supplied)", r.missingColumns(), r.missingColumns().size());
            if (applied) {
                Notifications.success("Imported " + Formats.count(r.created() + r.replaced(), "workforce profile"));
                apply.setEnabled(false);
                dryRun.setEnabled(false);
            } else {
                apply.setEnabled(r.canApply());
                if (!r.canApply()) {
                    report.add(new Paragraph(r.totalsDifferPractices() > 0
                            ? "The file does not add up to its own totals, so it cannot be applied: check it is complete and as published."
                            : r.rejected() > 0 ? "Correct the rejected rows and upload the file again."
                            : "Nothing to import for the hub's practices at that snapshot."));
                }
            }
        }

        private void list(String title, List<String> items, int total) {
            if (total == 0) {
                return;
            }
            report.add(new Paragraph(String.format("%s: %,d%s", title, total, items.size() < total ? " (first " + items.size() + " shown)" : "")));
            UnorderedList ul = new UnorderedList();
            items.forEach(i -> ul.add(new ListItem(i)));
            report.add(ul);
        }
    }
}
