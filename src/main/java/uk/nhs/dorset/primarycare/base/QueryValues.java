package uk.nhs.dorset.primarycare.base;

import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reading and writing the values a filter keeps in a query string, the same way for every
 * grid: blank is no value, an unknown value is ignored rather than an error, and an enum is
 * found by its name in any case or by the label users read.
 */
public final class QueryValues {

    private QueryValues() {
    }

    /** The text without surrounding spaces; null when there is none. */
    public static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Writes the value under its key, unless it is blank. */
    public static void put(Map<String, String> query, String key, @Nullable String value) {
        String text = blankToNull(value);
        if (text != null) {
            query.put(key, text);
        }
    }

    /** An enum by its name in any case or by its label; null when blank or unknown. */
    public static <E extends Enum<E>> @Nullable E parse(@Nullable String text, E[] values, Function<E, String> label) {
        String wanted = blankToNull(text);
        if (wanted == null) {
            return null;
        }
        for (E value : values) {
            if (value.name().equalsIgnoreCase(wanted) || label.apply(value).equalsIgnoreCase(wanted)) {
                return value;
            }
        }
        return null;
    }

    /** An enum by its name in any case; null when blank or unknown. */
    public static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String name) {
        return parse(name, type.getEnumConstants(), Enum::name);
    }

    /** A value its parser understands; null when blank or not understood. */
    public static <T> @Nullable T parse(@Nullable String text, Function<String, T> parser) {
        String wanted = blankToNull(text);
        if (wanted == null) {
            return null;
        }
        try {
            return parser.apply(wanted);
        } catch (IllegalArgumentException | DateTimeParseException unknown) {
            return null;
        }
    }
}
