package uk.nhs.dorset.primarycare.notifications;

import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.base.CurrentActor;
import uk.nhs.dorset.primarycare.base.NotFound;

/** The signed-in user's own notifications: nobody reads or marks another's. */
@Service
@PermitAll
public class NotificationService {

    private final NotificationStore store;
    private final CurrentActor currentUser;
    private final ApplicationClock clock;

    NotificationService(NotificationStore store, CurrentActor currentUser, ApplicationClock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return store.unread(me());
    }

    @Transactional(readOnly = true)
    public long count() {
        return store.count(me());
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<Notification> page(int offset, int limit) {
        return store.page(me(), offset, limit);
    }

    /** Marks the notification read and answers the route of its record. */
    @Transactional
    public String open(long id) {
        Notification notification = store.find(me(), id).orElseThrow(() -> new NotFound("notification"));
        store.markRead(me(), id, clock.instant());
        return notification.link();
    }

    @Transactional
    public int markAllRead() {
        return store.markAllRead(me(), clock.instant());
    }

    private String me() {
        return currentUser.actor().username();
    }
}
