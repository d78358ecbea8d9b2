package uk.nhs.dorset.primarycare.notifications;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.CurrentActor;

/** Each user's choice, per kind of news, of a mail at once, a daily digest or none; at once until they choose. */
@Service
public class Preferences {

    static final Delivery DEFAULT = Delivery.IMMEDIATELY;

    private final JdbcClient db;
    private final CurrentActor currentUser;

    Preferences(JdbcClient db, CurrentActor currentUser) {
        this.db = db;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public Map<NotificationKind, Delivery> mine() {
        return of(currentUser.actor().username());
    }

    @Transactional
    public void choose(NotificationKind kind, Delivery delivery) {
        set(currentUser.actor().username(), kind, delivery);
    }

    Map<NotificationKind, Delivery> of(String username) {
        Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            chosen.put(kind, DEFAULT);
        }
        db.sql("select kind, delivery from notification_preference where username = :username")
                .param("username", username)
                .query((rows, n) -> Map.entry(NotificationKind.valueOf(rows.getString("kind")),
                        Delivery.valueOf(rows.getString("delivery"))))
                .list().forEach(entry -> chosen.put(entry.getKey(), entry.getValue()));
        return chosen;
    }

    void set(String username, NotificationKind kind, Delivery delivery) {
        int changed = db.sql("update notification_preference set delivery = :delivery where username = :username and kind = :kind")
                .param("delivery", delivery.name()).param("username", username).param("kind", kind.name()).update();
        if (changed == 0) {
            db.sql("insert into notification_preference (username, kind, delivery) values (:username, :kind, :delivery)")
                    .param("delivery", delivery.name()).param("username", username).param("kind", kind.name()).update();
        }
    }
}
