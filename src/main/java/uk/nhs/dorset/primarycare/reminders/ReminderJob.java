package uk.nhs.dorset.primarycare.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.grants.GrantService;
import uk.nhs.dorset.primarycare.mergers.MergerService;
import uk.nhs.dorset.primarycare.notifications.NotificationKind;
import uk.nhs.dorset.primarycare.notifications.Notifier;
import uk.nhs.dorset.primarycare.programme.TrackerService;
import uk.nhs.dorset.primarycare.security.UserContact;
import uk.nhs.dorset.primarycare.security.UserDirectory;
import uk.nhs.dorset.primarycare.workforce.WorkforceService;

/**
 * Each morning, asks every feature what is due today and tells each person concerned, as a
 * notification of kind {@link NotificationKind#REMINDER} (and a mail or the digest, as they chose).
 * One node runs it (the lock); and each person's reminder of a thing is first written to
 * {@code reminder_sent}, whose key (person, reminder, day) lets only one insert succeed, in the
 * transaction that writes the notification: so even two runs racing tell nobody twice in a day.
 */
@Component
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final GrantService grants;
    private final EttfService estates;
    private final MergerService mergers;
    private final WorkforceService workforce;
    private final TrackerService tracker;
    private final UserDirectory users;
    private final Notifier notifier;
    private final JdbcClient db;
    private final TransactionTemplate transaction;
    private final ApplicationClock clock;

    ReminderJob(GrantService grants, EttfService estates, MergerService mergers, WorkforceService workforce,
                TrackerService tracker, UserDirectory users, Notifier notifier, JdbcClient db,
                TransactionTemplate transaction, ApplicationClock clock) {
        this.grants = grants;
        this.estates = estates;
        this.mergers = mergers;
        this.workforce = workforce;
        this.tracker = tracker;
        this.users = users;
        this.notifier = notifier;
        this.db = db;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The lock is held a few minutes past the run, so a node whose clock is a little behind skips it too. */
    @Scheduled(cron = "${hub.reminders.cron:0 30 6 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "daily-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void daily() {
        LocalDate today = LocalDate.now(clock);
        int told = remind(today);
        log.info("Reminders for {}: {} told", today, told);
    }

    /** Tells everyone what is due on {@code day}; answers how many people were told of how many things. */
    public int remind(LocalDate day) {
        Instant at = clock.instant();
        int told = 0;
        for (Reminder reminder : due(day)) {
            for (UserContact user : recipients(reminder, users.withAnyRole(rolesToAsk(reminder)))) {
                try {
                    if (Boolean.TRUE.equals(transaction.execute(status -> tellOnce(user, reminder, day, at)))) {
                        told++;
                    }
                } catch (RuntimeException failed) {
                    // One person's failure (a mail row too long, a lost connection) must not cost everyone else theirs.
                    log.warn("Reminder {} for {} not told: {}", reminder.key(), user.username(), failed.getMessage());
                }
            }
        }
        return told;
    }

    List<Reminder> due(LocalDate day) {
        List<Reminder> due = new ArrayList<>();
        grants.dueForReminder(day).forEach(d -> due.add(ReminderTexts.spendDeadline(d)));
        estates.dueForReminder(day).forEach(d -> due.add(ReminderTexts.milestone(d)));
        mergers.dueForReminder(day).forEach(d -> due.add(ReminderTexts.pcseNotice(d)));
        workforce.dueForReminder(day).forEach(d -> due.add(ReminderTexts.unansweredProfile(d)));
        tracker.dueForReminder(day).forEach(d -> due.add(ReminderTexts.staleTrackerItem(d)));
        return due;
    }

    private boolean tellOnce(UserContact user, Reminder reminder, LocalDate day, Instant at) {
        try {
            db.sql("insert into reminder_sent (username, reminder_key, sent_on, sent_at) values (:username, :key, :day, :at)")
                    .param("username", user.username()).param("key", reminder.key()).param("day", day)
                    .param("at", LocalDateTime.ofInstant(at, ZoneOffset.UTC)).update();
        } catch (DuplicateKeyException alreadyTold) {
            return false;
        }
        notifier.tell(user, NotificationKind.REMINDER, reminder.subject(), textFor(user, reminder), reminder.link(), at);
        return true;
    }

    static Set<Role> rolesToAsk(Reminder reminder) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        // An owner may hold any of the staff roles, not only those the reminder names.
        roles.addAll(reminder.owner() == null ? reminder.staff() : EnumSet.of(Role.TEAM, Role.ESTATES, Role.MANAGER));
        if (reminder.practiceOdsCode() != null) {
            roles.add(Role.PRACTICE);
        }
        return roles;
    }

    /** The staff the reminder names, and the managers of its practice: never another practice's. */
    static List<UserContact> recipients(Reminder reminder, List<UserContact> candidates) {
        return candidates.stream().filter(user -> isStaff(user, reminder) || isOfThePractice(user, reminder)).toList();
    }

    private static String textFor(UserContact user, Reminder reminder) {
        String practiceText = reminder.practiceText();
        return isStaff(user, reminder) || practiceText == null ? reminder.text() : practiceText;
    }

    /** Whoever has taken the record on, when someone has; otherwise everyone holding one of the reminder's roles. */
    private static boolean isStaff(UserContact user, Reminder reminder) {
        String owner = reminder.owner();
        if (owner != null && !owner.isBlank()) {
            return user.username().equalsIgnoreCase(owner);
        }
        return user.roles().stream().anyMatch(reminder.staff()::contains);
    }

    private static boolean isOfThePractice(UserContact user, Reminder reminder) {
        return reminder.practiceOdsCode() != null && user.roles().contains(Role.PRACTICE)
                && reminder.practiceOdsCode().equals(user.practiceOdsCode());
    }
}
