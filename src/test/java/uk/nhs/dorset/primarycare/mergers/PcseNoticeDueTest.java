package uk.nhs.dorset.primarycare.mergers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.WorkingDays;
import uk.nhs.dorset.primarycare.base.workflow.Move;
import uk.nhs.dorset.primarycare.practice.ContractType;

/** PCSE must hear six weeks before the merger: the case team is reminded 14 working days before that. */
class PcseNoticeDueTest {

    private static final WorkingDays DAYS = WorkingDays.englandAndWales();
    /** PCSE's notice date is then Monday 18/02/2019; 14 working days before it is Tuesday 29/01/2019. */
    private static final LocalDate MERGER_ON = LocalDate.of(2019, 4, 1);
    private static final LocalDate REMIND_ON = LocalDate.of(2019, 1, 29);

    private static MergerCase mergingOn(LocalDate date, LocalDate pcseToldOn) {
        MergerDetails details = MergerCaseTest.details(ContractType.GMS, ContractType.GMS);
        details.setProposedMergerDate(date);
        details.setPcseNotifiedOn(pcseToldOn);
        return new MergerCase(details, MergerCaseTest.TEAM, MergerCaseTest.NOW);
    }

    @Test
    void dueFourteenWorkingDaysBeforeThePcseNoticeDate() {
        PcseNoticeDue due = PcseNoticeDue.of(mergingOn(MERGER_ON, null), REMIND_ON, DAYS).orElseThrow();
        assertThat(due.noticeBy()).isEqualTo(LocalDate.of(2019, 2, 18));
        assertThat(due.mergerDate()).isEqualTo(MERGER_ON);
    }

    @Test
    void notDueOnOtherDaysNorOncePcseIsToldNorForAClosedCase() {
        MergerCase open = mergingOn(MERGER_ON, null);
        for (LocalDate day : new LocalDate[] {REMIND_ON.minusDays(1), REMIND_ON.plusDays(1), LocalDate.of(2019, 2, 18)}) {
            assertThat(PcseNoticeDue.of(open, day, DAYS)).as("on %s", day).isEmpty();
        }
        assertThat(PcseNoticeDue.of(mergingOn(MERGER_ON, LocalDate.of(2019, 1, 2)), REMIND_ON, DAYS)).as("PCSE told").isEmpty();
        MergerCase withdrawn = mergingOn(MERGER_ON, null);
        withdrawn.move(MergerStatus.WITHDRAWN, new Move(MergerCaseTest.TEAM, MergerCaseTest.NOW, "Practices decided to stay separate"));
        assertThat(PcseNoticeDue.of(withdrawn, REMIND_ON, DAYS)).as("withdrawn").isEmpty();
    }
}
