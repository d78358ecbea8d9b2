package uk.nhs.dorset.primarycare.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The notification rows; every read and change is one user's own. */
@Component
class NotificationStore {

    private static final RowMapper<Notification> ROW = (rows, n) -> new Notification(rows.getLong("id"),
            NotificationKind.valueOf(rows.getString("kind")), rows.getString("text"), rows.getString("link"),
            java.util.Objects.requireNonNull(Times.read(rows, "created_at")), Times.read(rows, "read_at"));

    private final JdbcClient db;

    NotificationStore(JdbcClient db) {
        this.db = db;
    }

    void add(String recipient, NotificationKind kind, String text, String link, Delivery delivery, Instant at) {
        db.sql("""
                insert into notification (recipient, kind, text, link, created_at, delivery)
                values (:recipient, :kind, :text, :link, :at, :delivery)""")
                .param("recipient", recipient).param("kind", kind.name()).param("text", abbreviate(text))
                .param("link", link).param("at", Times.utc(at)).param("delivery", delivery.name()).update();
    }

    long unread(String recipient) {
        return db.sql("select count(*) from notification where recipient = :recipient and read_at is null")
                .param("recipient", recipient).query(Long.class).single();
    }

    long count(String recipient) {
        return db.sql("select count(*) from notification where recipient = :recipient")
                .param("recipient", recipient).query(Long.class).single();
    }

    List<Notification> page(String recipient, int offset, int limit) {
        return db.sql("select * from notification where recipient = :recipient order by created_at desc, id desc"
                        + " limit :limit offset :offset")
                .param("recipient", recipient).param("limit", limit).param("offset", offset).query(ROW).list();
    }

    Optional<Notification> find(String recipient, long id) {
        return db.sql("select * from notification where recipient = :recipient and id = :id")
                .param("recipient", recipient).param("id", id).query(ROW).optional();
    }

    void markRead(String recipient, long id, Instant at) {
        db.sql("update notification set read_at = :at where recipient = :recipient and id = :id and read_at is null")
                .param("at", Times.utc(at)).param("recipient", recipient).param("id", id).update();
    }

    int markAllRead(String recipient, Instant at) {
        return db.sql("update notification set read_at = :at where recipient = :recipient and read_at is null")
                .param("at", Times.utc(at)).param("recipient", recipient).update();
    }

    private static String abbreviate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }
}
