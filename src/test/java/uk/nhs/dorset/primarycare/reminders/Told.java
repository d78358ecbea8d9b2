package uk.nhs.dorset.primarycare.reminders;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.security.UserContact;
import uk.nhs.dorset.primarycare.security.UserDirectory;

/** What the database says people were reminded of, read straight from the notification rows. */
final class Told {

    private final JdbcClient db;
    private final UserDirectory users;

    Told(JdbcClient db, UserDirectory users) {
        this.db = db;
        this.users = users;
    }

    /** Per person, how many reminders of the record at this link they have. */
    Map<String, Integer> remindersOf(String link) {
        Map<String, Integer> told = new TreeMap<>();
        db.sql("select recipient, count(*) as n from notification where kind = 'REMINDER' and link = :link group by recipient")
                .param("link", link)
                .query((rows, n) -> Map.entry(rows.getString("recipient"), rows.getInt("n")))
                .list().forEach(e -> told.put(e.getKey(), e.getValue()));
        return told;
    }

    String textFor(String username, String link) {
        return db.sql("select text from notification where kind = 'REMINDER' and link = :link and recipient = :username")
                .param("link", link).param("username", username).query(String.class).single();
    }

    /** Everyone enabled holding one of the roles, and the named others, each told once. */
    Map<String, Integer> oncePerPerson(Set<Role> roles, String... others) {
        Set<String> people = new TreeSet<>();
        users.withAnyRole(EnumSet.copyOf(roles)).stream()
                .filter(u -> u.roles().stream().anyMatch(roles::contains))
                .map(UserContact::username).forEach(people::add);
        people.addAll(Set.of(others));
        Map<String, Integer> once = new TreeMap<>();
        people.forEach(p -> once.put(p, 1));
        return once;
    }
}
