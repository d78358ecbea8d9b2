package uk.nhs.dorset.primarycare.notifications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One piece of news for one user, with the route of the record it is about ("grants/12"). */
public record Notification(long id, NotificationKind kind, String text, String link, Instant createdAt,
                           @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
