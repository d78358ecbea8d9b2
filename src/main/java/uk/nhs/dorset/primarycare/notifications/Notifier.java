package uk.nhs.dorset.primarycare.notifications;

import java.time.Instant;
import org.springframework.stereotype.Component;
import uk.nhs.dorset.primarycare.security.UserContact;

/**
 * Tells one user one piece of news, the one way every kind of news is told: a notification in
 * the application, and a mail in the outbox when they chose "immediately" and have an address
 * (a digest user's notification waits for the morning's digest). Runs in the caller's
 * transaction, so news of a change that rolls back is never told.
 */
@Component
class Notifier {

    private final Preferences preferences;
    private final EmailOutbox outbox;
    private final NotificationStore store;
    private final MailSettings mail;

    Notifier(Preferences preferences, EmailOutbox outbox, NotificationStore store, MailSettings mail) {
        this.preferences = preferences;
        this.outbox = outbox;
        this.store = store;
        this.mail = mail;
    }

    /**
     * @param subject the mail's subject line
     * @param link    the route of the record the news is about ("grants/12")
     */
    void tell(UserContact user, NotificationKind kind, String subject, String text, String link, Instant at) {
        Delivery delivery = preferences.of(user.username()).get(kind);
        store.add(user.username(), kind, text, link, delivery, at);
        String address = user.email();
        if (delivery == Delivery.IMMEDIATELY && address != null) {
            String absolute = mail.linkTo(link);
            outbox.enqueue(address, subject, text + "\n\nOpen it: " + absolute + "\n\n" + Mails.FOOTER, absolute, at);
        }
    }
}
