package uk.nhs.dorset.primarycare.notifications;

import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.security.UserContact;
import uk.nhs.dorset.primarycare.security.UserDirectory;

/**
 * Once a day, one mail per digest user with everything they were told since the last digest.
 * Each user's items are marked digested by one update before their mail is queued, in one
 * transaction, so a second node running at the same moment finds nothing left to send.
 */
@Component
class DailyDigest {

    private final JdbcClient db;
    private final EmailOutbox outbox;
    private final UserDirectory users;
    private final MailSettings mail;
    private final ApplicationClock clock;
    private final TransactionTemplate transaction;

    DailyDigest(JdbcClient db, EmailOutbox outbox, UserDirectory users, MailSettings mail, ApplicationClock clock,
                TransactionTemplate transaction) {
        this.db = db;
        this.outbox = outbox;
        this.users = users;
        this.mail = mail;
        this.clock = clock;
        this.transaction = transaction;
    }

    /**
     * One node runs it each morning; the lock is held a few minutes past the run, so a node whose
     * clock is a little behind finds it taken instead of starting a second run.
     */
    @Scheduled(cron = "${hub.notifications.digest-cron:0 0 7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "daily-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void daily() {
        send(clock.instant());
    }

    /** Queues the digests of everything told before {@code now}; answers how many mails were queued. */
    int send(Instant now) {
        List<String> recipients = db.sql("select distinct recipient from notification"
                        + " where delivery = 'DIGEST' and digested_at is null and created_at <= :now")
                .param("now", Times.utc(now)).query(String.class).list();
        int queued = 0;
        for (String recipient : recipients) {
            Boolean one = transaction.execute(status -> digest(recipient, now));
            if (Boolean.TRUE.equals(one)) {
                queued++;
            }
        }
        return queued;
    }

    private boolean digest(String recipient, Instant now) {
        int taken = db.sql("update notification set digested_at = :now where recipient = :recipient"
                        + " and delivery = 'DIGEST' and digested_at is null and created_at <= :now")
                .param("now", Times.utc(now)).param("recipient", recipient).update();
        if (taken == 0) {
            return false;
        }
        String address = users.find(recipient).map(UserContact::email).orElse(null);
        if (address == null) {
            return false;
        }
        List<Notification> items = db.sql("select * from notification where recipient = :recipient and digested_at = :now"
                        + " order by created_at, id")
                .param("recipient", recipient).param("now", Times.utc(now))
                .query((rows, n) -> new Notification(rows.getLong("id"), NotificationKind.valueOf(rows.getString("kind")),
                        rows.getString("text"), rows.getString("link"),
                        java.util.Objects.requireNonNull(Times.read(rows, "created_at")), null))
                .list();
        StringBuilder body = new StringBuilder("Your daily digest from Primary Care Hub: ")
                .append(Formats.count(items.size(), "item")).append(".\n\n");
        for (Notification item : items) {
            body.append("- ").append(Formats.dateTime(item.createdAt())).append(" ").append(item.text()).append('\n')
                    .append("  ").append(mail.linkTo(item.link())).append('\n');
        }
        body.append('\n').append(Mails.FOOTER);
        outbox.enqueue(address, "Your Primary Care Hub digest: " + Formats.count(items.size(), "item"),
                body.toString(), null, now);
        return true;
    }
}
