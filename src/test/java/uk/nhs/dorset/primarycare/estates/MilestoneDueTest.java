package uk.nhs.dorset.primarycare.estates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.WorkingDays;

/** An ETTF project's next milestone: 14 working days ahead, and the first working day it is overdue. */
class MilestoneDueTest {

    private static final WorkingDays DAYS = WorkingDays.englandAndWales();
    /** A Monday. */
    private static final LocalDate PLANNED = LocalDate.of(2018, 11, 5);

    private static EttfProject planned(ProjectStage at) {
        EttfProject project = EttfProjectTest.projectAt(at);
        project.planStage(ProjectStage.PID_SUBMITTED, PLANNED);
        return project;
    }

    @Test
    void dueFourteenWorkingDaysBeforeThePlannedDate() {
        MilestoneDue due = MilestoneDue.of(planned(ProjectStage.FEASIBILITY), LocalDate.of(2018, 10, 16), DAYS).orElseThrow();
        assertThat(due.overdue()).isFalse();
        assertThat(due.stage()).isEqualTo("PID submitted");
        assertThat(due.plannedDate()).isEqualTo(PLANNED);
    }

    @Test
    void dueOnTheFirstWorkingDayItIsOverdue() {
        MilestoneDue due = MilestoneDue.of(planned(ProjectStage.FEASIBILITY), LocalDate.of(2018, 11, 6), DAYS).orElseThrow();
        assertThat(due.overdue()).isTrue();
    }

    @Test
    void notDueOnOtherDaysNorOnceReachedNorWhileOnHold() {
        EttfProject project = planned(ProjectStage.FEASIBILITY);
        for (LocalDate day : new LocalDate[] {LocalDate.of(2018, 10, 15), LocalDate.of(2018, 10, 17), PLANNED,
                LocalDate.of(2018, 11, 7), LocalDate.of(2018, 11, 20)}) {
            assertThat(MilestoneDue.of(project, day, DAYS)).as("on %s", day).isEmpty();
        }
        EttfProject unplanned = EttfProjectTest.projectAt(ProjectStage.FEASIBILITY);
        assertThat(MilestoneDue.of(unplanned, LocalDate.of(2018, 10, 16), DAYS)).as("nothing planned").isEmpty();
        EttfProject held = EttfProjectTest.projectAt(ProjectStage.ON_HOLD);
        held.planStage(ProjectStage.FBC_IN_DEVELOPMENT, PLANNED);
        assertThat(MilestoneDue.of(held, LocalDate.of(2018, 10, 16), DAYS)).as("on the shelf").isEmpty();
    }
}
