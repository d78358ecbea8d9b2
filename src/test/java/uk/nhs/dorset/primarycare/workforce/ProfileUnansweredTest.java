package uk.nhs.dorset.primarycare.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.WorkingDays;
import uk.nhs.dorset.primarycare.base.workflow.Move;

/** A circulated profile with no answer from its practice for 21 working days. */
class ProfileUnansweredTest {

    private static final WorkingDays DAYS = WorkingDays.englandAndWales();
    /** Monday 01/10/2018; 21 working days later is Tuesday 30/10/2018. */
    private static final Instant CIRCULATED = Instant.parse("2018-10-01T09:00:00Z");
    private static final LocalDate REMIND_ON = LocalDate.of(2018, 10, 30);

    private static WorkforceProfile circulated() {
        WorkforceProfile profile = WorkforceProfileTest.profile();
        profile.move(ProfileStatus.CIRCULATED, new Move(WorkforceProfileTest.TEAM, CIRCULATED, null));
        return profile;
    }

    @Test
    void dueTwentyOneWorkingDaysAfterItWasCirculated() {
        ProfileUnanswered due = ProfileUnanswered.of(circulated(), REMIND_ON, DAYS).orElseThrow();
        assertThat(due.circulatedOn()).isEqualTo(LocalDate.of(2018, 10, 1));
        assertThat(due.practiceOdsCode()).isEqualTo("J81002");
        assertThat(due.profile()).isEqualTo("J81002 2017-09-30");
    }

    @Test
    void notDueOnOtherDaysNorOnceAnsweredNorAsADraft() {
        WorkforceProfile profile = circulated();
        for (LocalDate day : new LocalDate[] {REMIND_ON.minusDays(1), REMIND_ON.plusDays(1), LocalDate.of(2018, 10, 29)}) {
            assertThat(ProfileUnanswered.of(profile, day, DAYS)).as("on %s", day).isEmpty();
        }
        assertThat(ProfileUnanswered.of(WorkforceProfileTest.profile(), REMIND_ON, DAYS)).as("a draft").isEmpty();
        profile.move(ProfileStatus.VALIDATED, new Move(WorkforceProfileTest.OWN_PRACTICE, CIRCULATED.plusSeconds(3600), null));
        assertThat(ProfileUnanswered.of(profile, REMIND_ON, DAYS)).as("validated").isEmpty();
    }
}
