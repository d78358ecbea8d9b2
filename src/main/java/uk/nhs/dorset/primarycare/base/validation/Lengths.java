package uk.nhs.dorset.primarycare.base.validation;

import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Formats;

/**
 * The length a text column holds, checked in the domain before the text reaches the database,
 * where an over-long value would only come back as a fault with nothing the user can act on.
 */
public final class Lengths {

    private Lengths() {
    }

    /**
     * The text as given, refused when longer than {@code max} characters (after stripping, as it is stored).
     *
     * @param what how the message names the text, as a sentence's start ("A comment")
     */
    public static @Nullable String atMost(String what, @Nullable String text, int max) {
        if (text != null && text.strip().length() > max) {
            throw new IllegalArgumentException(what + " can be at most " + Formats.number(max) + " characters; this one has "
                    + Formats.number(text.strip().length()));
        }
        return text;
    }
}
