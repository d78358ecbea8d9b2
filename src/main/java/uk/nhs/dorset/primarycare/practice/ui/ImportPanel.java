package uk.nhs.dorset.primarycare.practice.ui;

import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.BackgroundWork;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.files.StoredFiles;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.base.ui.BoundedUpload;
import uk.nhs.dorset.primarycare.base.ui.UserMessages;
import uk.nhs.dorset.primarycare.practice.ImportPlan;

/**
 * Upload, dry run, apply: the one shape every practice import takes. Applying runs off the
 * UI thread with a progress bar (the page polls for progress) and can be cancelled, which
 * rolls the whole file back.
 */
class ImportPanel extends VerticalLayout {

    static final int MAX_BYTES = 50 * 1024 * 1024;

    interface Applier {
        int apply(ImportPlan plan, DoubleConsumer progress, BooleanSupplier cancelled);
    }

    /** A line of the dry run as the grid shows it. */
    record Line(String action, String code, String name, String details) {
    }

    final Upload upload;
    final @Nullable TextField commissioner;
    final Paragraph message = new Paragraph();
    final Span summary = new Span();
    final Grid<Line> lines = new Grid<>();
    final Button apply = new Button("Apply");
    /** Shown when the file lacks many of the register's practices: apply waits for this tick. */
    final Checkbox complete = new Checkbox("I have checked: the file is complete");
    final com.vaadin.flow.component.html.UnorderedList notices = new com.vaadin.flow.component.html.UnorderedList();
    final Button cancel = new Button("Cancel");
    final ProgressBar progress = new ProgressBar();
    private final BiFunction<byte[], String, ImportPlan> dryRun;
    private final Applier applier;
    private final BackgroundWork background;
    private byte @Nullable [] file;
    private @Nullable ImportPlan plan;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    /** What else on the page follows a successful apply, such as the set-up's step statuses. */
    private Runnable onApplied = () -> { };

    ImportPanel(BackgroundWork background, String explanation, @Nullable String defaultCommissioner,
                BiFunction<byte[], String, ImportPlan> dryRun, Applier applier) {
        this.background = background;
        this.dryRun = dryRun;
        this.applier = applier;
        setPadding(false);
        addClassName("import-panel");
        add(new Paragraph(explanation));

        upload = new Upload(BoundedUpload.inMemory(MAX_BYTES, (fileName, data) -> {
            file = data;
            runDryRun();
        }).onRefused(this::showError));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setDropLabel(new Span("Drop a .csv file here (up to 50 MB)"));
        upload.addFileRejectedListener(e -> showError(e.getFileName() + ": " + e.getErrorMessage()
                + ". Upload a .csv file of at most " + StoredFiles.megabytes(MAX_BYTES)));
        upload.addFileRemovedListener(e -> {
            file = null;
            runDryRun();
        });

        if (defaultCommissioner != null) {
            commissioner = new TextField("Commissioner code");
            commissioner.setValue(defaultCommissioner);
            commissioner.setMaxLength(40);
            commissioner.setWidth("10rem");
            commissioner.setHelperText("Only GP practices of these commissioners (codes separated by commas)");
            commissioner.addValueChangeListener(e -> {
                if (file != null) {
                    runDryRun();
                }
            });
            HorizontalLayout top = new HorizontalLayout(commissioner, upload);
            top.setAlignItems(Alignment.START);
            top.getStyle().set("flex-wrap", "wrap");
            add(top);
        } else {
            commissioner = null;
            add(upload);
        }

        message.setVisible(false);
        summary.addClassName("grid-summary");
        lines.addColumn(Line::action).setHeader("Action").setAutoWidth(true).setFlexGrow(0).setSortable(true);
        lines.addColumn(Line::code).setHeader("Code").setAutoWidth(true).setFlexGrow(0).setSortable(true);
        lines.addColumn(Line::name).setHeader("Practice").setFlexGrow(1);
        lines.addColumn(Line::details).setHeader("What and why").setFlexGrow(2);
        lines.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        lines.setHeight("22rem");
        // The panel and its table take the window's width, so a phone scrolls the table, not the page.
        lines.setWidthFull();
        setWidthFull();
        lines.setVisible(false);

        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(e -> startApply());
        cancel.setVisible(false);
        cancel.addClickListener(e -> cancelled.set(true));
        progress.setVisible(false);
        progress.setWidthFull();
        complete.setVisible(false);
        complete.addValueChangeListener(e -> apply.setEnabled(plan != null && plan.canApply() && e.getValue()));
        notices.setVisible(false);
        HorizontalLayout actions = new HorizontalLayout(apply, cancel);
        add(message, summary, notices, lines, complete, progress, actions);
    }

    private void runDryRun() {
        plan = null;
        apply.setEnabled(false);
        lines.setVisible(false);
        complete.setValue(false);
        complete.setVisible(false);
        notices.removeAll();
        notices.setVisible(false);
        summary.setText("");
        message.setVisible(false);
        byte[] data = file;
        if (data == null) {
            return;
        }
        try {
            ImportPlan p = dryRun.apply(data, commissioner == null ? "" : commissioner.getValue());
            plan = p;
            summary.setText("Dry run: " + p.summary());
            List<Line> rows = new ArrayList<>();
            p.rejected().forEach(r -> rows.add(new Line("Rejected", r.code(), "Line " + r.line(), r.reason())));
            p.toAdd().forEach(r -> rows.add(new Line("Add", r.odsCode(), r.name(), details(r))));
            p.toChange().forEach(r -> rows.add(new Line("Change", r.odsCode(), r.name(), details(r))));
            p.toClose().forEach(r -> rows.add(new Line("Close", r.odsCode(), r.name(), details(r))));
            lines.setItems(rows);
            lines.setVisible(!rows.isEmpty());
            p.notices().forEach(n -> notices.add(new com.vaadin.flow.component.html.ListItem(n)));
            notices.setVisible(!p.notices().isEmpty());
            complete.setVisible(p.canApply() && p.needsConfirmation());
            apply.setEnabled(p.canApply() && !p.needsConfirmation());
            if (!p.rejected().isEmpty()) {
                showError(Formats.count(p.rejected().size(), "row") + " rejected: fix them and upload the file again. "
                        + "A file is applied whole or not at all, so nothing will change until then.");
            } else if (!p.canApply()) {
                showInfo("The file matches the register: there is nothing to apply.");
            }
        } catch (RuntimeException refused) {
            showError(UserMessages.of(refused));
        }
    }

    private static String details(ImportPlan.Row row) {
        return row.changes().stream().map(c -> c.field() + ": " + (c.from().isEmpty() ? "(none)" : c.from()) + " → "
                + (c.to().isEmpty() ? "(none)" : c.to())).collect(Collectors.joining("; "));
    }

    private void startApply() {
        ImportPlan p = plan != null && complete.getValue() ? plan.confirmed() : plan;
        UI ui = UI.getCurrent();
        if (p == null || ui == null) {
            return;
        }
        cancelled.set(false);
        apply.setEnabled(false);
        upload.setVisible(false);
        cancel.setVisible(true);
        progress.setValue(0);
        progress.setVisible(true);
        ui.setPollInterval(500);
        double[] shown = {0};
        background.start("practice-import", () -> {
            try {
                int written = applier.apply(p, fraction -> {
                    if (fraction - shown[0] >= 0.02 || fraction >= 1) {
                        shown[0] = fraction;
                        ui.access(() -> progress.setValue(fraction));
                    }
                }, cancelled::get);
                ui.access(() -> finished("Applied: " + written + " practices updated", true));
            } catch (RuntimeException e) {
                ui.access(() -> finished(e instanceof java.util.concurrent.CancellationException
                        ? "Import cancelled; nothing was changed" : UserMessages.of(e), false));
            }
        });
    }

    ImportPanel onApplied(Runnable then) {
        this.onApplied = then;
        return this;
    }

    private void finished(String text, boolean ok) {
        if (ok) {
            onApplied.run();
        }
        UI.getCurrent().setPollInterval(-1);
        progress.setVisible(false);
        cancel.setVisible(false);
        upload.setVisible(true);
        upload.clearFileList();
        file = null;
        plan = null;
        lines.setVisible(false);
        complete.setVisible(false);
        notices.setVisible(false);
        if (ok) {
            summary.setText(text);
            message.setVisible(false);
            Notifications.success(text);
        } else {
            showError(text);
            apply.setEnabled(false);
        }
    }

    private void showError(String text) {
        message.setText(text);
        message.setClassName("refusal");
        message.setVisible(true);
    }

    private void showInfo(String text) {
        message.setText(text);
        message.setClassName("grid-summary");
        message.setVisible(true);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        cancelled.set(false);
    }
}
