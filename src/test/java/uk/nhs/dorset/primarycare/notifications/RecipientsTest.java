package uk.nhs.dorset.primarycare.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.StatusChanged;
import uk.nhs.dorset.primarycare.security.UserContact;

/** Who hears of a move, and how long a failed mail waits. */
class RecipientsTest {

    static final UserContact TEAM = user("team", null, Role.TEAM);
    static final UserContact ESTATES = user("estates", null, Role.ESTATES);
    static final UserContact ESTATES2 = user("estates2", null, Role.ESTATES);
    static final UserContact OWN_PRACTICE = user("practice", "J81002", Role.PRACTICE);
    static final UserContact OTHER_PRACTICE = user("elsewhere", "J81003", Role.PRACTICE);
    static final List<UserContact> EVERYONE = List.of(TEAM, ESTATES, ESTATES2, OWN_PRACTICE, OTHER_PRACTICE);

    static UserContact user(String name, String practice, Role role) {
        return new UserContact(name, name, name + "@example.org", EnumSet.of(role), practice);
    }

    static StatusChanged move(String by, String to, Set<Role> nextMovers, String practice, boolean practiceConcerned) {
        return new StatusChanged("Grant bid", 12, "J81002 — Ferndown extension", "grants/12", "UNDER_REVIEW", to, by,
                Instant.EPOCH, null, to.toLowerCase(), nextMovers, practice, practiceConcerned);
    }

    @Test
    void anApprovalTellsTheBidsOwnPracticeAndTheNextMoversButNeverTheMover() {
        Map<UserContact, NotificationKind> told = Recipients.of(
                move("estates", "APPROVED", EnumSet.of(Role.ESTATES, Role.MANAGER), "J81002", true), EVERYONE);

        assertThat(told).containsOnly(Map.entry(OWN_PRACTICE, NotificationKind.PRACTICE),
                Map.entry(ESTATES2, NotificationKind.WAITING));
    }

    @Test
    void aPracticeManagerWaitsOnlyForTheirOwnPracticesRecords() {
        Map<UserContact, NotificationKind> told = Recipients.of(
                move("team", "DRAFT", EnumSet.of(Role.TEAM, Role.ESTATES, Role.PRACTICE), "J81002", false), EVERYONE);
        assertThat(told).containsOnlyKeys(ESTATES, ESTATES2, OWN_PRACTICE).doesNotContainKey(OTHER_PRACTICE);

        Map<UserContact, NotificationKind> noPractice = Recipients.of(
                move("team", "FEASIBILITY", EnumSet.of(Role.PRACTICE, Role.ESTATES), null, false), EVERYONE);
        assertThat(noPractice).containsOnlyKeys(ESTATES, ESTATES2);
    }

    @Test
    void theTextSaysWhatHappenedAndKeepsTheComment() {
        StatusChanged approved = new StatusChanged("Grant bid", 12, "J81002 — Ferndown extension", "grants/12",
                "UNDER_REVIEW", "APPROVED", "estates", Instant.EPOCH, "Panel agreed", "approved",
                EnumSet.of(Role.ESTATES), "J81002", true);
        assertThat(Recipients.text(approved, NotificationKind.PRACTICE))
                .isEqualTo("Your practice's grant bid J81002 — Ferndown extension is now approved. Comment: Panel agreed");
    }

    @Test
    void aFailedMailWaitsOneTwoFourMinutesUpToTheLimit() {
        Duration limit = Duration.ofHours(1);
        assertThat(List.of(1, 2, 3, 4, 7, 30)).map(n -> EmailOutbox.backOff(n, limit)).containsExactly(
                Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8), limit, limit);
    }
}
