package uk.nhs.dorset.primarycare.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.WorkingDays;

/** The spend deadline reminder: 30, 14 and 7 working days before 31/03/2018 (a Saturday after Good Friday). */
class SpendDeadlineDueTest {

    private static final WorkingDays DAYS = WorkingDays.englandAndWales();

    @Test
    void anApprovedBidIsDueThirtyFourteenAndSevenWorkingDaysBeforeTheDeadline() {
        GrantBid bid = BidFixtures.bidIn(BidStatus.APPROVED);
        assertThat(SpendDeadlineDue.of(bid, LocalDate.of(2018, 2, 16), DAYS)).get()
                .extracting(SpendDeadlineDue::workingDaysLeft).isEqualTo(30);
        assertThat(SpendDeadlineDue.of(bid, LocalDate.of(2018, 3, 12), DAYS)).get()
                .extracting(SpendDeadlineDue::workingDaysLeft).isEqualTo(14);
        SpendDeadlineDue seven = SpendDeadlineDue.of(bid, LocalDate.of(2018, 3, 21), DAYS).orElseThrow();
        assertThat(seven.workingDaysLeft()).isEqualTo(7);
        assertThat(seven.deadline()).isEqualTo(LocalDate.of(2018, 3, 31));
        assertThat(seven.practiceOdsCode()).isEqualTo("J81002");
        assertThat(seven.worksFinished()).isFalse();
    }

    @Test
    void worksInProgressAreDueToo() {
        assertThat(SpendDeadlineDue.of(BidFixtures.bidIn(BidStatus.WORKS_IN_PROGRESS), LocalDate.of(2018, 3, 21), DAYS)).isPresent();
    }

    @Test
    void notDueOnOtherDays() {
        GrantBid bid = BidFixtures.bidIn(BidStatus.APPROVED);
        for (LocalDate day : new LocalDate[] {LocalDate.of(2018, 2, 15), LocalDate.of(2018, 2, 19), LocalDate.of(2018, 3, 13),
                LocalDate.of(2018, 3, 22), LocalDate.of(2018, 3, 31), LocalDate.of(2018, 3, 24)}) {
            assertThat(SpendDeadlineDue.of(bid, day, DAYS)).as("on %s", day).isEmpty();
        }
    }

    @Test
    void notDueOnceTheEvidenceIsInOrBeforeApproval() {
        LocalDate sevenBefore = LocalDate.of(2018, 3, 21);
        for (BidStatus status : new BidStatus[] {BidStatus.EVIDENCE_SUBMITTED, BidStatus.PAID, BidStatus.UNDER_REVIEW,
                BidStatus.DRAFT, BidStatus.WITHDRAWN, BidStatus.REJECTED}) {
            assertThat(SpendDeadlineDue.of(BidFixtures.bidIn(status), sevenBefore, DAYS)).as("%s", status).isEmpty();
        }
    }
}
