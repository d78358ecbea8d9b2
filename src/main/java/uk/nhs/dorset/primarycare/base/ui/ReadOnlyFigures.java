package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Formats;

/**
 * A number field that cannot be edited shows its value as the browser got it ("35834.00");
 * read-only, it is shown the way the rest of the application writes figures instead ("£35,834").
 * The bound field stays in place, hidden, so the form's binder is untouched.
 */
public final class ReadOnlyFigures {

    static final String CLASS = "read-only-figure";

    private ReadOnlyFigures() {
    }

    /** Call once the form is read and its read-only state set. */
    public static void apply(Component form) {
        form.getChildren().toList().forEach(child -> {
            if (child instanceof BigDecimalField field) {
                twin(form, field);
            } else if (!(child instanceof TextField)) {
                apply(child);
            }
        });
    }

    private static void twin(Component parent, BigDecimalField field) {
        if (!field.isReadOnly()) {
            return;
        }
        TextField shown = new TextField(field.getLabel());
        shown.addClassName(CLASS);
        shown.setValue(text(field.getLabel(), field.getPrefixComponent() != null, field.getValue()));
        shown.setReadOnly(true);
        shown.setHelperText(field.getHelperText());
        shown.setWidth(field.getWidth());
        List<String> spans = List.of("colspan");
        spans.forEach(a -> {
            String value = field.getElement().getAttribute(a);
            if (value != null) {
                shown.getElement().setAttribute(a, value);
            }
        });
        field.setVisible(false);
        parent.getElement().insertChild(parent.getElement().indexOfChild(field.getElement()) + 1, shown.getElement());
    }

    static String text(@Nullable String label, boolean poundPrefix, @Nullable BigDecimal value) {
        if (value == null) {
            return "Not recorded";
        }
        String words = label == null ? "" : label;
        if (poundPrefix || words.contains("(£)")) {
            return Formats.money(value);
        }
        return words.contains("(%)") ? Formats.number(value) + "%" : Formats.number(value);
    }
}
