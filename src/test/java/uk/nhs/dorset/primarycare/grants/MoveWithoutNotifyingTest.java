package uk.nhs.dorset.primarycare.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.Move;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;

/** A move that tells nobody: the commissioner's staff only, always with the reason, and the history says so. */
class MoveWithoutNotifyingTest {

    private static final Actor TEAM = Actor.of("team", Role.TEAM);

    @Test
    void staffMoveWithoutNotifyingSayingWhyAndTheHistoryAndTheEventSaySo() {
        GrantBid bid = BidFixtures.bidIn(BidStatus.DRAFT);
        bid.move(BidStatus.SUBMITTED, MoveRequest.of("Submitted on the practice's behalf, agreed by phone")
                .with(Move.WITHOUT_NOTIFYING, true).by(TEAM, BidFixtures.NOW));

        assertThat(bid.getStatus()).isEqualTo(BidStatus.SUBMITTED);
        assertThat(bid.lastChange().isNotified()).isFalse();
        assertThat(bid.lastChange().getComment()).isEqualTo("Submitted on the practice's behalf, agreed by phone");
        assertThat(bid.getHistory().getFirst().isNotified()).as("an ordinary move tells its people").isTrue();
    }

    @Test
    void withoutAReasonOrByAPracticeTheMoveIsRefusedAndNothingChanges() {
        GrantBid bid = BidFixtures.bidIn(BidStatus.DRAFT);
        int rows = bid.getHistory().size();
        assertThatThrownBy(() -> bid.move(BidStatus.SUBMITTED,
                MoveRequest.none().with(Move.WITHOUT_NOTIFYING, true).by(TEAM, BidFixtures.NOW)))
                .isInstanceOf(TransitionNotAllowed.class)
                .hasMessage("Say in the comment why nobody is told of this move: the history keeps it");
        assertThatThrownBy(() -> bid.move(BidStatus.SUBMITTED, MoveRequest.of("Quietly")
                .with(Move.WITHOUT_NOTIFYING, true).by(Actor.practiceManager("practice", "J81002"), BidFixtures.NOW)))
                .isInstanceOf(TransitionNotAllowed.class)
                .hasMessage("Only the primary care team, estates leads and programme managers may make a move without notifying anyone");
        assertThat(bid.getStatus()).isEqualTo(BidStatus.DRAFT);
        assertThat(bid.getHistory()).hasSize(rows);
    }
}
