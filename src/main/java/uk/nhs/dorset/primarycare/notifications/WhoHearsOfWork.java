package uk.nhs.dorset.primarycare.notifications;

import java.time.Instant;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.security.UserContact;
import uk.nhs.dorset.primarycare.security.UserDirectory;
import uk.nhs.dorset.primarycare.work.CommentPosted;
import uk.nhs.dorset.primarycare.work.RecordAssigned;

/**
 * Hears of owners and comments in their own transaction: the new and the former owner of a
 * record, each user a comment mentions, a practice's managers when a comment is shared with
 * them, and a record's owner when its practice writes on it. Never the person who did it.
 */
@Component
class WhoHearsOfWork {

    private final UserDirectory users;
    private final Notifier notifier;
    private final ApplicationClock clock;

    WhoHearsOfWork(UserDirectory users, Notifier notifier, ApplicationClock clock) {
        this.users = users;
        this.notifier = notifier;
        this.clock = clock;
    }

    @EventListener
    void on(RecordAssigned event) {
        if (clock.replaying()) {
            return;
        }
        String record = event.kind() + " " + event.label();
        String to = event.to();
        String from = event.from();
        if (to != null) {
            tell(to, event.by(), NotificationKind.ASSIGNED, record + ": assigned to you",
                    record + " is now assigned to you by " + event.by() + ".", event.link(), event.at());
        }
        if (from != null) {
            String text = to == null ? record + " is no longer assigned to you: " + event.by() + " took you off it."
                    : record + " is now assigned to " + to + " instead of you, by " + event.by() + ".";
            tell(from, event.by(), NotificationKind.ASSIGNED, record + ": reassigned", text, event.link(), event.at());
        }
    }

    @EventListener
    void on(CommentPosted event) {
        if (clock.replaying()) {
            return;
        }
        String record = event.kind() + " " + event.label();
        String said = ": \u201C" + excerpt(event.text()) + "\u201D";
        for (String username : event.mentioned()) {
            tell(username, event.author(), NotificationKind.MENTIONED, record + ": " + event.author() + " mentioned you",
                    event.author() + " mentioned you on " + record + said, event.link(), event.at());
        }
        String practice = event.sharedWithPractice();
        if (practice != null) {
            users.withAnyRole(Set.of(Role.PRACTICE)).stream()
                    .filter(user -> practice.equals(user.practiceOdsCode()) && !event.mentioned().contains(user.username()))
                    .forEach(user -> tell(user, event.author(), NotificationKind.SHARED_COMMENT, record + ": a comment for your practice",
                            event.author() + " shared a comment on " + record + said, event.link(), event.at()));
        }
        String owner = event.owner();
        if (owner != null && !event.mentioned().contains(owner)) {
            tell(owner, event.author(), NotificationKind.ASSIGNED, record + ": the practice commented",
                    event.author() + " wrote on " + record + said, event.link(), event.at());
        }
    }

    private void tell(String username, String by, NotificationKind kind, String subject, String text, String link, Instant at) {
        users.find(username).ifPresent(user -> tell(user, by, kind, subject, text, link, at));
    }

    private void tell(UserContact user, String by, NotificationKind kind, String subject, String text, String link, Instant at) {
        if (!user.username().equalsIgnoreCase(by)) {
            notifier.tell(user, kind, subject, text, link, at);
        }
    }

    private static String excerpt(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 299) + "\u2026";
    }
}
