package uk.nhs.dorset.primarycare.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Money, numbers and dates written the way an NHS team in England writes them. */
public final class Formats {

    public static final Locale LOCALE = Locale.UK;
    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    public static final String DATE_PATTERN = "dd/MM/yyyy";
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN, LOCALE);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", LOCALE).withZone(ZONE);

    private Formats() {
    }

    /** £1,234,567 for whole pounds, £1,234.50 when there are pence; blank when unknown. */
    public static String money(@Nullable BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        DecimalFormat format = new DecimalFormat(whole ? "£#,##0" : "£#,##0.00", DecimalFormatSymbols.getInstance(LOCALE));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    public static String number(@Nullable Number value) {
        return value == null ? "" : new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(LOCALE)).format(value);
    }

    public static String percent(@Nullable BigDecimal fraction) {
        return fraction == null ? "" : new DecimalFormat("0.#%", DecimalFormatSymbols.getInstance(LOCALE)).format(fraction);
    }

    public static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(@Nullable TemporalAccessor instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** "1 profile", "3 profiles", "1,204 practices": the one place a count meets its noun. */
    public static String count(long n, String singular) {
        return count(n, singular, singular.endsWith("y") && !singular.endsWith("ey") ? singular.substring(0, singular.length() - 1) + "ies"
                : singular.endsWith("s") || singular.endsWith("sh") || singular.endsWith("ch") ? singular + "es" : singular + "s");
    }

    /** For nouns whose plural is not regular ("1 person", "2 people"). */
    public static String count(long n, String singular, String plural) {
        return number(n) + " " + (n == 1 ? singular : plural);
    }
}
