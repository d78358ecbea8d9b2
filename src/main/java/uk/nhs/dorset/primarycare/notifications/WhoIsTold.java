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
    private final Notifier notifier;
    private final ApplicationClock clock;

    WhoIsTold(UserDirectory users, Notifier notifier, ApplicationClock clock) {
        this.users = users;
        this.notifier = notifier;
        this.clock = clock;
    }

    @EventListener
    void on(StatusChanged event) {
        if (clock.replaying()) {
            // The demo's records are written with their past moves at start-up; those moves are history, not news.
            return;
        }
        if (!event.notified()) {
            // The mover asked for nobody to be told, and said why in the history.
            return;
        }
        Map<UserContact, NotificationKind> told = Recipients.of(event, users.withAnyRole(Recipients.rolesToAsk(event)));
        told.forEach((user, kind) -> notifier.tell(user, kind,
                event.feature() + " " + event.recordLabel() + ": " + event.toInSentence(),
                Recipients.text(event, kind), event.link(), event.at()));
    }
}
