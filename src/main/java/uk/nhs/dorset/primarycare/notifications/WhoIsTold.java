package uk.nhs.dorset.primarycare.notifications;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.base.workflow.StatusChanged;
import uk.nhs.dorset.primarycare.security.UserContact;
import uk.nhs.dorset.primarycare.security.UserDirectory;

/**
 * Hears every workflow move inside the move's own transaction (not after it commits), so the
 * notifications and mails exist exactly when the move does: a move that rolls back leaves none.
 */
@Component
class WhoIsTold {

    private final UserDirectory users;
    private final Preferences preferences;
    private final EmailOutbox outbox;
    private final NotificationStore store;
    private final MailSettings mail;
    private final ApplicationClock clock;

    WhoIsTold(UserDirectory users, Preferences preferences, EmailOutbox outbox, NotificationStore store,
              MailSettings mail, ApplicationClock clock) {
        this.clock = clock;
        this.users = users;
        this.preferences = preferences;
        this.outbox = outbox;
        this.store = store;
        this.mail = mail;
    }

    @EventListener
    void on(StatusChanged event) {
        if (clock.replaying()) {
            // The demo's records are written with their past moves at start-up; those moves are history, not news.
            return;
        }
        Map<UserContact, NotificationKind> told = Recipients.of(event, users.withAnyRole(Recipients.rolesToAsk(event)));
        told.forEach((user, kind) -> {
            Delivery delivery = preferences.of(user.username()).get(kind);
            String text = Recipients.text(event, kind);
            store.add(user.username(), kind, text, event.link(), delivery, event.at());
            String address = user.email();
            if (delivery == Delivery.IMMEDIATELY && address != null) {
                String link = mail.linkTo(event.link());
                outbox.enqueue(address, event.feature() + " " + event.recordLabel() + ": " + event.toInSentence(),
                        text + "\n\nOpen it: " + link + "\n\n" + Mails.FOOTER, link, event.at());
            }
        });
    }
}
