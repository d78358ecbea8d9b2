package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The one way a decimal amount is typed: a whole value reads as people write it ("63334", not the
 * database's "63334.00"), pence and fractions stay as stored ("1500.50", "0.75"), and a value that
 * is not a number says what to type instead.
 */
public class DecimalField extends BigDecimalField {

    private final boolean pence;

    private DecimalField(String label, String badInput, boolean pence) {
        super(label);
        this.pence = pence;
        setI18n(new BigDecimalFieldI18n().setBadInputErrorMessage(badInput));
    }

    /** Pounds, with or without pence. */
    public static DecimalField money(String label) {
        return new DecimalField(label, "Enter pounds and pence, such as 250000 or 1500.50", true);
    }

    /** A number with an optional fraction: FTE, hours, a rate. */
    public static DecimalField number(String label) {
        return new DecimalField(label, "Enter a number, such as 12 or 0.75", false);
    }

    @Override
    public void setValue(@Nullable BigDecimal value) {
        super.setValue(value == null ? null : readable(value, pence));
    }

    static BigDecimal readable(BigDecimal value, boolean pence) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() <= 0) {
            return plain.setScale(0);
        }
        // Pence read as two places ("1500.50").
        return pence && plain.scale() == 1 ? plain.setScale(2) : plain;
    }
}
