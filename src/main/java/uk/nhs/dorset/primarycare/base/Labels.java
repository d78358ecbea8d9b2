package uk.nhs.dorset.primarycare.base;

import java.util.Locale;

/** Label text rules shared by every feature. */
public final class Labels {

    private Labels() {
    }

    /** Lower-cases the first word unless it is an acronym (two or more capitals). */
    public static String inSentence(String label) {
        if (label.isEmpty()) {
            return label;
        }
        int end = label.indexOf(' ');
        String first = end < 0 ? label : label.substring(0, end);
        long capitals = first.chars().filter(Character::isUpperCase).count();
        if (capitals >= 2) {
            return label;
        }
        return first.toLowerCase(Locale.UK) + label.substring(first.length());
    }
}
