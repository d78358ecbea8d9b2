package uk.nhs.dorset.primarycare.reminders;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Role;

/**
 * One thing due today and who hears of it: every user holding one of {@code staff}, and the
 * practice managers of {@code practiceOdsCode} when it is set, who read {@code practiceText}.
 *
 * @param key what it is about and which reminder of it this is: a person hears of one key once a day
 * @param owner the user who has taken the record on: then they, not everyone holding {@code staff}, are the staff reminded
 */
record Reminder(String key, String subject, String text, String link, Set<Role> staff,
                @Nullable String practiceOdsCode, @Nullable String practiceText, @Nullable String owner) {

    static Reminder forStaff(String key, String subject, String text, String link, Set<Role> staff, @Nullable String owner) {
        return new Reminder(key, subject, text, link, staff, null, null, owner);
    }
}
