package uk.nhs.dorset.primarycare.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.WorkingDays;

/** A tracker item nobody has updated for 90 working days. */
class TrackerItemStaleTest {

    private static final WorkingDays DAYS = WorkingDays.englandAndWales();
    private static final Actor TEAM = Actor.of("team", Role.TEAM);
    /** Friday 01/06/2018; 90 working days later (past the summer bank holiday) is Monday 08/10/2018. */
    private static final Instant UPDATED = Instant.parse("2018-06-01T09:00:00Z");
    private static final LocalDate REMIND_ON = LocalDate.of(2018, 10, 8);

    private static TrackerItem item() {
        return new TrackerItem(1, GpfvArea.values()[0], "Workforce", "More GPs", "Recruitment", "Recruit GPs from abroad",
                RagStatus.ON_TRACK, TEAM, UPDATED, null);
    }

    @Test
    void dueNinetyWorkingDaysAfterItsLastUpdate() {
        TrackerItemStale due = TrackerItemStale.of(item(), REMIND_ON, DAYS).orElseThrow();
        assertThat(due.lastUpdatedOn()).isEqualTo(LocalDate.of(2018, 6, 1));
    }

    @Test
    void notDueOnOtherDaysNorWhenComplete() {
        TrackerItem item = item();
        for (LocalDate day : new LocalDate[] {REMIND_ON.minusDays(1), REMIND_ON.plusDays(1), LocalDate.of(2018, 10, 5)}) {
            assertThat(TrackerItemStale.of(item, day, DAYS)).as("on %s", day).isEmpty();
        }
        item.updateProgress(100, "Done", null, null, TEAM, UPDATED);
        assertThat(TrackerItemStale.of(item, REMIND_ON, DAYS)).as("complete").isEmpty();
    }
}
