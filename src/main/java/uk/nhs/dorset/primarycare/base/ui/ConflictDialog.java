package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.ConcurrentChange;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Labelled;

/**
 * What a record form shows when someone else saved the record first: their change field by field
 * next to what this user typed, and a reload that keeps this user's edits wherever the other
 * person left that field alone. Nothing typed is lost unless both changed the same field.
 */
public final class ConflictDialog<B> extends Dialog {

    /** One field that differs: what it was when this user opened it, what they saved, what this user typed. */
    public record Difference(String field, String before, String theirs, String yours, boolean clash) {
    }

    private final List<@Nullable Object> mine;
    private final List<Boolean> mineChanged;
    private final List<Boolean> theirsChanged;
    private final List<Difference> differences = new ArrayList<>();

    /**
     * @param binder the form's binder, holding what the user typed
     * @param loaded the form bean of the record as this user opened it
     * @param fresh  the form bean of the record as it is saved now
     * @param reload shows the saved record again and returns the form's binder afterwards
     */
    private ConflictDialog(ConcurrentChange conflict, Binder<B> binder, B loaded, B fresh, Supplier<Binder<B>> reload) {
        List<HasValue<?, ?>> fields = binder.getFields().toList();
        mine = values(fields);
        read(binder, loaded);
        List<@Nullable Object> before = values(fields);
        read(binder, fresh);
        List<@Nullable Object> theirs = values(fields);
        restore(fields, mine);
        mineChanged = new ArrayList<>();
        theirsChanged = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            boolean minePart = !same(before.get(i), mine.get(i));
            boolean theirPart = !same(before.get(i), theirs.get(i));
            mineChanged.add(minePart);
            theirsChanged.add(theirPart);
            if (theirPart) {
                differences.add(new Difference(label(fields.get(i), i), text(before.get(i)), text(theirs.get(i)),
                        text(mine.get(i)), minePart && !same(mine.get(i), theirs.get(i))));
            }
        }
        setHeaderTitle(conflict.getMessage().replace("; reload to see their change", ""));
        setWidth("min(48rem, 95vw)");
        long clashes = differences.stream().filter(Difference::clash).count();
        Paragraph explain = new Paragraph(clashes == 0
                ? "Your edits do not touch the fields they changed, so reloading keeps all of them."
                : "You both changed " + Formats.count(clashes, "field") + "; reloading keeps their value there and your edits everywhere else.");
        Grid<Difference> grid = new Grid<>();
        grid.addColumn(Difference::field).setHeader("Field").setAutoWidth(true);
        grid.addColumn(Difference::theirs).setHeader("Their change");
        grid.addColumn(d -> d.clash() ? d.yours() + " (you both changed this)" : d.yours()).setHeader("Yours");
        grid.setPartNameGenerator(d -> d.clash() ? "clash" : null);
        grid.setItems(differences);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setVisible(false);
        Button show = new Button("Show their change", e -> grid.setVisible(true));
        Button keep = new Button("Reload and keep my edits", e -> {
            close();
            keepMine(reload.get());
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(explain, grid);
        getFooter().add(cancel, show, keep);
    }

    /** Opens the dialog for a conflict raised while saving the form. */
    public static <B> ConflictDialog<B> open(ConcurrentChange conflict, Binder<B> binder, B loaded, B fresh,
            Supplier<Binder<B>> reload) {
        ConflictDialog<B> dialog = new ConflictDialog<>(conflict, binder, loaded, fresh, reload);
        dialog.open();
        return dialog;
    }

    public List<Difference> differences() {
        return List.copyOf(differences);
    }

    /** The reloaded form holds their record; each field only this user changed gets this user's value back. */
    private void keepMine(Binder<B> reloaded) {
        List<HasValue<?, ?>> fields = reloaded.getFields().toList();
        for (int i = 0; i < fields.size() && i < mine.size(); i++) {
            if (mineChanged.get(i) && !theirsChanged.get(i)) {
                set(fields.get(i), mine.get(i));
            }
        }
        Notifications.warning(differences.stream().anyMatch(Difference::clash)
                ? "Reloaded with their change; your edits are kept except where you both changed a field. Save when ready."
                : "Reloaded with their change and your edits kept. Save when ready.");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <B> void read(Binder<B> binder, B bean) {
        if (bean instanceof Record) {
            ((Binder) binder).readRecord((Record) bean);
        } else {
            binder.readBean(bean);
        }
    }

    private static List<@Nullable Object> values(List<HasValue<?, ?>> fields) {
        List<@Nullable Object> values = new ArrayList<>();
        fields.forEach(f -> values.add(copy(f.getValue())));
        return values;
    }

    /** Multi-select fields hand out their live set; a copy keeps what it held at this moment. */
    private static @Nullable Object copy(@Nullable Object value) {
        return value instanceof java.util.Set<?> set ? new java.util.LinkedHashSet<>(set)
                : value instanceof List<?> list ? new ArrayList<>(list) : value;
    }

    private static void restore(List<HasValue<?, ?>> fields, List<@Nullable Object> values) {
        for (int i = 0; i < fields.size(); i++) {
            set(fields.get(i), values.get(i));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void set(HasValue field, @Nullable Object value) {
        field.setValue(value == null ? field.getEmptyValue() : value);
    }

    private static boolean same(@Nullable Object a, @Nullable Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(blankToNull(a), blankToNull(b));
    }

    private static @Nullable Object blankToNull(@Nullable Object value) {
        return value instanceof String s && s.isBlank() || value instanceof Collection<?> c && c.isEmpty() ? null : value;
    }

    private static String label(HasValue<?, ?> field, int index) {
        String label = field instanceof com.vaadin.flow.component.HasElement e ? e.getElement().getProperty("label") : null;
        return label == null || label.isBlank() ? "Field " + (index + 1) : label;
    }

    /** A value as the record's pages write it: en-GB money and dates, labels not codes. */
    static String text(@Nullable Object value) {
        if (value == null || blankToNull(value) == null) {
            return "(blank)";
        }
        if (value instanceof BigDecimal n) {
            return Formats.number(n);
        }
        if (value instanceof LocalDate d) {
            return Formats.date(d);
        }
        if (value instanceof Boolean b) {
            return b ? "Yes" : "No";
        }
        if (value instanceof Labelled l) {
            return l.label();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(ConflictDialog::text).collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}
