package uk.nhs.dorset.primarycare.workforce.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** How the workforce screens write figures: two decimals, and "not supplied" for null. */
final class Figures {

    static final String NOT_SUPPLIED = "not supplied";

    private Figures() {
    }

    static String fte(@Nullable BigDecimal v) {
        return v == null ? NOT_SUPPLIED : String.format("%,.2f", v.setScale(2, RoundingMode.HALF_UP));
    }

    static String gap(@Nullable BigDecimal v) {
        if (v == null) {
            return "–";
        }
        String text = String.format("%,.2f", v.setScale(2, RoundingMode.HALF_UP));
        return v.signum() > 0 ? "+" + text : text;
    }

    static String whole(@Nullable Number v) {
        return v == null ? NOT_SUPPLIED : String.format("%,d", v.longValue());
    }
}
