package uk.nhs.dorset.primarycare.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.grants.SpendDeadlineDue;
import uk.nhs.dorset.primarycare.security.UserContact;

/** Who hears of a reminder: the roles that make the next move, and only the record's own practice. */
class ReminderRecipientsTest {

    private static final UserContact TEAM = new UserContact("team", "Team", null, EnumSet.of(Role.TEAM), null);
    private static final UserContact ESTATES = new UserContact("estates", "Estates", null, EnumSet.of(Role.ESTATES), null);
    private static final UserContact MANAGER = new UserContact("manager", "Manager", null, EnumSet.of(Role.MANAGER), null);
    private static final UserContact OWN = new UserContact("practice", "Practice", null, EnumSet.of(Role.PRACTICE), "J81002");
    private static final UserContact OTHER = new UserContact("other", "Other", null, EnumSet.of(Role.PRACTICE), "J81003");

    @Test
    void aSpendDeadlineReachesTheTeamEstatesAndTheBidsOwnPracticeOnly() {
        Reminder reminder = ReminderTexts.spendDeadline(new SpendDeadlineDue("Grant bid J81002 — Roof", "grants/7", "J81002",
                LocalDate.of(2019, 3, 31), 7, false, null));

        assertThat(ReminderJob.rolesToAsk(reminder)).containsExactlyInAnyOrder(Role.TEAM, Role.ESTATES, Role.PRACTICE);
        assertThat(ReminderJob.recipients(reminder, List.of(TEAM, ESTATES, MANAGER, OWN, OTHER)))
                .containsExactly(TEAM, ESTATES, OWN);
        assertThat(reminder.text()).isEqualTo("Grant bid J81002 — Roof must be spent by 31/03/2019, 7 working days from today,"
                + " and its works are not finished. A grant not spent by then may be lost: make sure the works finish and the"
                + " paid invoices are in as evidence before then.");
        assertThat(reminder.practiceText()).startsWith("Your practice's grant bid J81002 — Roof must be spent by 31/03/2019");
        assertThat(reminder.key()).isEqualTo("grants/7 spend-deadline 2019-03-31 7");
    }

    @Test
    void aRecordWithAnOwnerRemindsTheOwnerAloneOfTheStaffAndStillItsPractice() {
        Reminder reminder = ReminderTexts.spendDeadline(new SpendDeadlineDue("Grant bid J81002 — Roof", "grants/7", "J81002",
                LocalDate.of(2019, 3, 31), 7, false, "manager"));

        assertThat(ReminderJob.rolesToAsk(reminder)).as("an owner may hold a role the reminder does not name")
                .containsExactlyInAnyOrder(Role.TEAM, Role.ESTATES, Role.MANAGER, Role.PRACTICE);
        assertThat(ReminderJob.recipients(reminder, List.of(TEAM, ESTATES, MANAGER, OWN, OTHER))).containsExactly(MANAGER, OWN);
    }
}
