package uk.nhs.dorset.primarycare.reminders;

import java.util.EnumSet;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.estates.MilestoneDue;
import uk.nhs.dorset.primarycare.grants.SpendDeadlineDue;
import uk.nhs.dorset.primarycare.mergers.PcseNoticeDue;
import uk.nhs.dorset.primarycare.programme.TrackerItemStale;
import uk.nhs.dorset.primarycare.workforce.ProfileUnanswered;

/**
 * What each reminder says and who hears it: the people who may make the next move on the record.
 * A practice manager hears only of their own practice's records, and only of the kinds they see.
 */
final class ReminderTexts {

    private ReminderTexts() {
    }

    /** The practice, which does the works and sends the invoices, and the team and estates, who chase and check them. */
    static Reminder spendDeadline(SpendDeadlineDue due) {
        String state = due.worksFinished() ? "its paid invoices are not in as evidence yet" : "its works are not finished";
        String action = due.worksFinished() ? "send the paid invoices as evidence before then."
                : "make sure the works finish and the paid invoices are in as evidence before then.";
        String sentence = " must be spent by " + Formats.date(due.deadline()) + ", "
                + Formats.count(due.workingDaysLeft(), "working day", "working days") + " from today, and " + state
                + ". A grant not spent by then may be lost: " + action;
        return new Reminder(due.link() + " spend-deadline " + due.deadline() + " " + due.workingDaysLeft(),
                "Reminder: " + due.label() + " must be spent by " + Formats.date(due.deadline()),
                due.label() + sentence, due.link(), EnumSet.of(Role.TEAM, Role.ESTATES),
                due.practiceOdsCode(), "Your practice's " + lowerFirst(due.label()) + sentence, due.owner());
    }

    /** Estates leads, who make every move of a project. */
    static Reminder milestone(MilestoneDue due) {
        String when = Formats.date(due.plannedDate());
        String text = due.overdue()
                ? due.label() + ": the " + due.stage() + " stage was planned for " + when
                        + " and has not been reached. Record the stage once it is reached, or re-plan it."
                : due.label() + ": the " + due.stage() + " stage is planned for " + when + ", "
                        + Formats.count(MilestoneDue.WORKING_DAYS_AHEAD, "working day", "working days")
                        + " from today. Check the project is on course for it, or re-plan the stage.";
        return Reminder.forStaff(due.link() + " milestone " + due.stage() + " " + due.plannedDate() + (due.overdue() ? " overdue" : " ahead"),
                "Reminder: " + due.label() + ": " + due.stage() + (due.overdue() ? " overdue since " : " planned for ") + when,
                text, due.link(), EnumSet.of(Role.ESTATES), due.owner());
    }

    /** The case team (the primary care team and estates leads), who tell PCSE and record it. */
    static Reminder pcseNotice(PcseNoticeDue due) {
        String by = Formats.date(due.noticeBy());
        return Reminder.forStaff(due.link() + " pcse-notice " + due.noticeBy(),
                "Reminder: " + due.label() + ": tell PCSE by " + by,
                due.label() + ": Primary Care Support England must be told of the merger by " + by
                        + ", six weeks before the merger date of " + Formats.date(due.mergerDate()) + "; that is "
                        + Formats.count(PcseNoticeDue.WORKING_DAYS_AHEAD, "working day", "working days")
                        + " from today. Tell PCSE and record the date on the case.",
                due.link(), EnumSet.of(Role.TEAM, Role.ESTATES), due.owner());
    }

    /** The practice, which answers, and the team, who may record an answer given by phone or email. */
    static Reminder unansweredProfile(ProfileUnanswered due) {
        String on = Formats.date(due.circulatedOn());
        String days = Formats.count(ProfileUnanswered.WORKING_DAYS_UNANSWERED, "working day", "working days");
        return new Reminder("workforce-profile " + due.profile() + " unanswered " + due.circulatedOn(),
                "Reminder: " + due.label() + " waits for the practice's answer",
                due.label() + " was circulated to the practice on " + on + " and has had no answer for " + days
                        + ". Ask the practice to validate or query it, or record the answer it gave you.",
                due.link(), EnumSet.of(Role.TEAM), due.practiceOdsCode(),
                "Your practice's " + lowerFirst(due.label()) + " was circulated to you on " + on
                        + " and has waited " + days + " for your answer: check the figures, then validate it or query it saying what is wrong.",
                due.owner());
    }

    /** The primary care team and the programme manager, who keep the tracker. */
    static Reminder staleTrackerItem(TrackerItemStale due) {
        return Reminder.forStaff(due.link() + " untouched-since " + due.lastUpdatedOn(),
                "Reminder: " + due.label() + " needs an update",
                due.label() + " has not been updated since " + Formats.date(due.lastUpdatedOn()) + ", "
                        + Formats.count(TrackerItemStale.WORKING_DAYS_UNTOUCHED, "working day", "working days")
                        + " ago. Update its progress and RAG status, or record it as 100% complete.",
                due.link(), EnumSet.of(Role.TEAM, Role.MANAGER), null);
    }

    private static String lowerFirst(String label) {
        // "ETTF project" keeps its capitals; "Grant bid" reads "grant bid" mid-sentence.
        return label.length() > 1 && Character.isUpperCase(label.charAt(1)) ? label
                : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
