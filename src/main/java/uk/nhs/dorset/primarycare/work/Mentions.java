package uk.nhs.dorset.primarycare.work;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The usernames a comment mentions: "@estates2" anywhere, not inside an email address. */
final class Mentions {

    // Not after a letter, digit or dot, so "team@nhs.net" mentions nobody; a sentence's full stop is not part of a name.
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.@])@([A-Za-z0-9](?:[\\w.@-]*[A-Za-z0-9])?)");

    private Mentions() {
    }

    static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
