package uk.nhs.dorset.primarycare.notifications;

import java.time.Instant;
import org.springframework.stereotype.Component;
import uk.nhs.dorset.primarycare.security.UserContact;

/**
 * Tells one user one piece of news: a row in their notifications, and a mail at once when they
 * chose that for its kind (a digest user's row waits for the daily digest). It writes inside
 * the caller's transaction, so the news exists exactly when the change it tells of does.
 */
@Component
public class Notifier {

    private final Preferences preferences;
    private final NotificationStore store;
    private final EmailOutbox outbox;
    private final MailSettings mail;

    Notifier(Preferences preferences, NotificationStore store, EmailOutbox outbox, MailSettings mail) {
        this.preferences = preferences;
        this.store = store;
        this.outbox = outbox;
        this.mail = mail;
    }

    /**
     * @param subject the mail's subject ("Grant bid J81002 — Roof: approved")
     * @param text    what the user reads, in the application and in the mail
     * @param link    the route of the record it is about ("grants/12")
     */
    public void tell(UserContact user, NotificationKind kind, String subject, String text, String link, Instant at) {
        Delivery delivery = preferences.of(user.username()).get(kind);
        store.add(user.username(), kind, text, link, delivery, at);
        String address = user.email();
        if (delivery == Delivery.IMMEDIATELY && address != null) {
            String absolute = mail.linkTo(link);
            outbox.enqueue(address, subject, text + "\n\nOpen it: " + absolute + "\n\n" + Mails.FOOTER, absolute, at);
        }
    }
}
