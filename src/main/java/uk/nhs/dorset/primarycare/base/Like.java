package uk.nhs.dorset.primarycare.base;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.List;
import java.util.Locale;

/**
 * Search boxes: "contains this text, in any case", where every character a user types stands
 * for itself. A {@code %}, {@code _} or {@code \} typed into a search is escaped, so that "50%"
 * finds "50% grant" and not "50 practices". The escape character is always named in the query:
 * left unnamed, what a backslash means is up to the database and its dialect (on MariaDB,
 * Hibernate then treats it as a plain character, and an escaped "50\%" finds nothing).
 */
public final class Like {

    /** The escape character every pattern made here is written with. */
    public static final char ESCAPE = '\\';

    private Like() {
    }

    /**
     * The lower-case LIKE pattern matching any text that contains {@code userText}, whose
     * surrounding spaces (what a search box leaves behind) are dropped. Use with {@link #ESCAPE}.
     */
    public static String containing(String userText) {
        return "%" + escape(userText.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    /** {@code field} contains {@code userText}, ignoring case. */
    public static Predicate contains(CriteriaBuilder cb, Expression<String> field, String userText) {
        return cb.like(cb.lower(field), containing(userText), ESCAPE);
    }

    /** At least one of {@code fields} contains {@code userText}, ignoring case. */
    public static Predicate anyContains(CriteriaBuilder cb, List<? extends Expression<String>> fields, String userText) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("A search needs at least one field to look in");
        }
        String pattern = containing(userText);
        return cb.or(fields.stream()
                .map(field -> cb.like(cb.lower(field), pattern, ESCAPE))
                .toArray(Predicate[]::new));
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE || c == '%' || c == '_') {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
