package uk.nhs.dorset.primarycare.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails waiting to be sent. A mail is written in the transaction of the change it tells of, so
 * it exists exactly when the change does; the sender claims each due row with an update before
 * sending it, so two application nodes never send the same row, and a failed attempt waits 1, 2,
 * 4... minutes (up to a limit) before the next.
 */
@Component
public class EmailOutbox {

    private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);
    private static final int BATCH = 50;

    private final JdbcClient db;
    private final MailSettings settings;
    /** Tells this node's claims from another's. */
    private final String node = UUID.randomUUID().toString();

    EmailOutbox(JdbcClient db, MailSettings settings) {
        this.db = db;
        this.settings = settings;
    }

    /** Queues a mail inside the caller's transaction; due at once. */
    void enqueue(String address, String subject, String body, @Nullable String link, Instant now) {
        db.sql("""
                insert into email_outbox (recipient_address, subject, body, link, created_at, attempts, next_attempt_at)
                values (:address, :subject, :body, :link, :now, 0, :now)""")
                .param("address", address).param("subject", subject).param("body", body).param("link", link)
                .param("now", Times.utc(now)).update();
    }

    /** Sends every due mail through the given server; answers how many were sent. Each row commits on its own. */
    public int sendDue(JavaMailSender mail, Instant now) {
        int sent = 0;
        long after = 0;
        List<Long> due;
        do {
            due = db.sql("""
                    select id from email_outbox
                    where sent_at is null and next_attempt_at <= :now and (claimed_until is null or claimed_until < :now)
                    and id > :after order by id limit :batch""")
                    .param("now", Times.utc(now)).param("after", after).param("batch", BATCH).query(Long.class).list();
            for (long id : due) {
                after = id;
                if (claim(id, now) && send(mail, id, now)) {
                    sent++;
                }
            }
        } while (due.size() == BATCH);
        return sent;
    }

    private boolean claim(long id, Instant now) {
        return db.sql("""
                update email_outbox set claimed_by = :node, claimed_until = :until
                where id = :id and sent_at is null and (claimed_until is null or claimed_until < :now)""")
                .param("node", node).param("until", Times.utc(now.plus(settings.claim())))
                .param("id", id).param("now", Times.utc(now)).update() == 1;
    }

    private boolean send(JavaMailSender mail, long id, Instant now) {
        Queued queued = db.sql("select recipient_address, subject, body, attempts from email_outbox where id = :id")
                .param("id", id)
                .query((rows, n) -> new Queued(rows.getString("recipient_address"), rows.getString("subject"),
                        rows.getString("body"), rows.getInt("attempts")))
                .single();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(queued.address());
        message.setSubject(queued.subject());
        message.setText(queued.body());
        try {
            mail.send(message);
        } catch (MailException refused) {
            int attempts = queued.attempts() + 1;
            log.warn("Mail {} to {} not sent (attempt {}): {}", id, queued.address(), attempts, refused.getMessage());
            db.sql("""
                    update email_outbox set attempts = :attempts, next_attempt_at = :next, last_error = :error,
                    claimed_by = null, claimed_until = null where id = :id and claimed_by = :node""")
                    .param("attempts", attempts).param("next", Times.utc(now.plus(backOff(attempts, settings.maxBackOff()))))
                    .param("error", abbreviate(String.valueOf(refused.getMessage()))).param("id", id).param("node", node)
                    .update();
            return false;
        }
        db.sql("update email_outbox set sent_at = :now, attempts = attempts + 1, claimed_until = null where id = :id and claimed_by = :node")
                .param("now", Times.utc(now)).param("id", id).param("node", node).update();
        return true;
    }

    /** 1, 2, 4, 8... minutes after the first, second, third... failure, never more than the limit. */
    static Duration backOff(int failures, Duration limit) {
        Duration wait = Duration.ofMinutes(1L << Math.min(failures - 1, 20));
        return wait.compareTo(limit) > 0 ? limit : wait;
    }

    private static String abbreviate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }

    private record Queued(String address, String subject, String body, int attempts) {
    }
}
