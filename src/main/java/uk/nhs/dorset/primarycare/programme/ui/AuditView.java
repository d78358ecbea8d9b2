package uk.nhs.dorset.primarycare.programme.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.ui.ExportLink;
import uk.nhs.dorset.primarycare.base.ui.QueryFilters;
import uk.nhs.dorset.primarycare.base.ui.SavedViewsMenu;
import uk.nhs.dorset.primarycare.base.ui.ViewSwitch;
import uk.nhs.dorset.primarycare.base.ui.XlsxExport;
import uk.nhs.dorset.primarycare.base.ui.XlsxExport.Column;
import uk.nhs.dorset.primarycare.base.audit.AuditEvent;
import uk.nhs.dorset.primarycare.base.audit.AuditFilter;
import uk.nhs.dorset.primarycare.base.audit.AuditTrailService;
import uk.nhs.dorset.primarycare.base.audit.RecordRevision;

/** Who changed what, when: every workflow transition and every field-level revision, across features. */
@Route("programme/audit")
@PageTitle("Audit trail — Primary Care Hub")
@Menu(order = 63, title = "Audit trail", icon = "vaadin:search")
@RolesAllowed({Role.MANAGER_, Role.ADMIN_})
class AuditView extends VerticalLayout implements BeforeEnterObserver {

    static final String TRANSITIONS = "Workflow transitions";
    static final String FIELD_CHANGES = "Field changes";

    private static final String ROUTE = "programme/audit";

    private final AuditTrailService audit;
    private final TextField user = new TextField("User");
    private final DatePicker from = datePicker("From");
    private final DatePicker to = datePicker("To");
    private final ComboBox<String> feature = new ComboBox<>("Feature");
    private final IntegerField record = new IntegerField("Record id");
    private final Grid<AuditEvent> transitions = new Grid<>(AuditEvent.class, false);
    private final Grid<RecordRevision> changes = new Grid<>(RecordRevision.class, false);
    private final Span summary = new Span();
    private final TrailPages pages;
    private boolean reading;
    private boolean changesShown;

    AuditView(AuditTrailService audit, ObjectProvider<SavedViewsMenu> savedViews) {
        this.audit = audit;
        this.pages = new TrailPages(audit, this::filter);
        setSizeFull();
        feature.setPlaceholder("Any");
        user.setMaxLength(100);
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        feature.setItems(audit.features());
        feature.setClearButtonVisible(true);
        record.setMin(1);
        record.setClearButtonVisible(true);
        record.setValueChangeMode(ValueChangeMode.LAZY);
        user.addValueChangeListener(e -> changed());
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());
        feature.addValueChangeListener(e -> changed());
        record.addValueChangeListener(e -> changed());

        HorizontalLayout toolbar = new HorizontalLayout(user, from, to, feature, record);
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        toolbar.setAlignItems(Alignment.BASELINE);
        // The trail's filters can be saved as a view; its exports stay complete, every column, as evidence.
        savedViews.ifAvailable(views -> toolbar.add(views.create(ROUTE)));
        summary.addClassName("grid-summary");

        transitions.addColumn(e -> Formats.dateTime(e.getChangedAt())).setHeader("When").setSortProperty("changedAt").setAutoWidth(true).setFlexGrow(0);
        transitions.addColumn(AuditEvent::getChangedBy).setHeader("By").setSortProperty("changedBy").setAutoWidth(true).setFlexGrow(0);
        transitions.addColumn(AuditEvent::getFeature).setHeader("Kind of record").setSortProperty("feature").setAutoWidth(true).setFlexGrow(0);
        transitions.addComponentColumn(e -> new Anchor("/" + e.getLink(), e.getRecordLabel()))
                .setHeader("Record").setFlexGrow(2);
        transitions.addColumn(e -> audit.statusLabel(e.getFeature(), e.getFromStatus())).setHeader("From").setFlexGrow(1);
        transitions.addColumn(e -> audit.statusLabel(e.getFeature(), e.getToStatus())).setHeader("To").setFlexGrow(1);
        transitions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // No count callback: the grid's size is undefined and grows as the user scrolls, so no view
        // counts the whole trail; the summary's capped count sets its first estimate.
        transitions.setItems(pages::fetch);
        transitions.addSortListener(e -> pages.reset());
        transitions.setSizeFull();
        // On a phone the filters take the first screen; the trail keeps a readable height below them.
        transitions.setMinHeight("28rem");

        changes.addColumn(c -> Formats.dateTime(c.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(RecordRevision::username).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(RecordRevision::kind).setHeader("Kind of record").setAutoWidth(true).setFlexGrow(0);
        changes.addComponentColumn(AuditView::recordLink).setHeader("Record").setFlexGrow(1);
        changes.addColumn(RecordRevision::revisionType).setHeader("Change").setAutoWidth(true).setFlexGrow(0);
        changes.addComponentColumn(AuditView::fieldLines).setHeader("What changed (before → after)").setFlexGrow(3);
        changes.setId("field-changes");
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.setSizeFull();
        changes.setMinHeight("28rem");

        VerticalLayout transitionsPart = part(transitions,
                ExportLink.create("audit-transitions", out -> XlsxExport.write(out, "Transitions", transitionColumns(),
                        audit.transitions(filter(), org.springframework.data.domain.PageRequest.of(0, AuditTrailService.EXPORT_LIMIT)).stream())));
        VerticalLayout changesPart = part(changes,
                ExportLink.create("audit-field-changes", out -> XlsxExport.write(out, "Field changes", changeColumns(),
                        audit.fieldChanges(filter(), 0, AuditTrailService.EXPORT_LIMIT).stream())));
        RadioButtonGroup<String> shown = ViewSwitch.of("Show", TRANSITIONS, FIELD_CHANGES);
        shown.addValueChangeListener(e -> {
            transitionsPart.setVisible(TRANSITIONS.equals(e.getValue()));
            changesPart.setVisible(FIELD_CHANGES.equals(e.getValue()));
            if (changesPart.isVisible() && !changesShown) {
                // Field changes are read from every audited table: only once someone asks to see them.
                changesShown = true;
                changes.setItems(q -> audit.fieldChanges(filter(), q.getOffset(), q.getLimit()).stream());
            }
        });
        changesPart.setVisible(false);
        add(new H2("Audit trail"), toolbar, summary, shown, transitionsPart, changesPart);
        setFlexGrow(1, transitionsPart, changesPart);
    }

    private static VerticalLayout part(Grid<?> grid, com.vaadin.flow.component.Component export) {
        VerticalLayout part = new VerticalLayout(export, grid);
        part.setPadding(false);
        part.setSizeFull();
        part.setFlexGrow(1, grid);
        return part;
    }

    private static DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(Formats.LOCALE);
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat(Formats.DATE_PATTERN));
        picker.setClearButtonVisible(true);
        return picker;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryFilters f = QueryFilters.from(event.getLocation());
        reading = true;
        user.setValue(f.get("user").orElse(""));
        from.setValue(f.get("from").flatMap(AuditView::date).orElse(null));
        to.setValue(f.get("to").flatMap(AuditView::date).orElse(null));
        feature.setValue(f.get("feature").orElse(null));
        record.setValue(f.get("record").flatMap(v -> {
            try {
                return Optional.of(Integer.parseInt(v));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).orElse(null));
        reading = false;
        refresh();
    }

    private static com.vaadin.flow.component.Component recordLink(RecordRevision c) {
        String name = c.label().startsWith(c.kind()) ? c.label() : c.kind() + " " + c.label();
        return c.link() == null ? new Span(name) : new Anchor("/" + c.link(), name);
    }

    /** One line per field, so a long revision stays readable in its row. */
    private static com.vaadin.flow.component.Component fieldLines(RecordRevision c) {
        Div lines = new Div();
        if (c.changes().isEmpty()) {
            lines.add(new Div(c.changesText()));
        }
        c.changes().forEach(change -> lines.add(new Div(RecordRevision.line(change))));
        return lines;
    }

    private static Optional<LocalDate> date(String iso) {
        try {
            return Optional.of(LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private AuditFilter filter() {
        return new AuditFilter(user.getValue(), from.getValue(), to.getValue(), feature.getValue(),
                record.getValue() == null ? null : record.getValue().longValue());
    }

    private void changed() {
        if (reading) {
            return;
        }
        QueryFilters f = new QueryFilters().set("user", user.getValue()).set("from", from.getValue()).set("to", to.getValue())
                .set("feature", feature.getValue()).set("record", record.getValue());
        getUI().ifPresent(ui -> f.writeTo(ui, ROUTE));
        refresh();
    }

    private void refresh() {
        pages.reset();
        long counted = audit.countTransitions(filter(), COUNTED_AT_MOST + 1);
        transitions.getLazyDataView().setItemCountEstimate((int) Math.max(1, counted));
        transitions.getDataProvider().refreshAll();
        changes.getDataProvider().refreshAll();
        summary.setText(counted > COUNTED_AT_MOST
                ? "More than " + Formats.number(COUNTED_AT_MOST) + " workflow transitions"
                : Formats.number(counted) + (counted == 1 ? " workflow transition" : " workflow transitions"));
    }

    /** The summary counts this far and no further: beyond it the number tells nobody anything. */
    static final int COUNTED_AT_MOST = 10_000;

    private List<Column<AuditEvent>> transitionColumns() {
        return List.of(Column.text("When", e -> Formats.dateTime(e.getChangedAt())),
                Column.text("By", AuditEvent::getChangedBy),
                Column.text("Kind of record", AuditEvent::getFeature),
                Column.number("Record id", AuditEvent::getRecordId),
                Column.text("Record", AuditEvent::getRecordLabel),
                Column.text("Link", AuditEvent::getLink),
                Column.text("From", e -> audit.statusLabel(e.getFeature(), e.getFromStatus())),
                Column.text("To", e -> audit.statusLabel(e.getFeature(), e.getToStatus())),
                Column.text("Comment", AuditEvent::getComment));
    }

    private static List<Column<RecordRevision>> changeColumns() {
        return List.of(Column.text("When", c -> Formats.dateTime(c.at())),
                Column.text("By", RecordRevision::username),
                Column.text("Feature", RecordRevision::feature),
                Column.text("Kind of record", RecordRevision::kind),
                Column.number("Record id", RecordRevision::recordId),
                Column.text("Record", RecordRevision::label),
                Column.text("Link", c -> c.link() == null ? "" : c.link()),
                Column.text("Change", RecordRevision::revisionType),
                Column.text("What changed", RecordRevision::changesText),
                Column.number("Revision", RecordRevision::revision));
    }
}
