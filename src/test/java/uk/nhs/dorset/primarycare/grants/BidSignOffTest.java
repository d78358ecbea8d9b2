package uk.nhs.dorset.primarycare.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.dorset.primarycare.grants.BidFixtures.EVERYONE;
import static uk.nhs.dorset.primarycare.grants.BidFixtures.NOW;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.Move;
import uk.nhs.dorset.primarycare.base.workflow.StatusChange;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;
import uk.nhs.dorset.primarycare.practice.Practice;

/** Money needs two people: whoever reviewed a bid cannot approve it, and a large grant needs a manager. */
class BidSignOffTest {

    static final Actor ESTATES = Actor.of("estates", Role.ESTATES);
    static final Actor ESTATES_2 = Actor.of("estates2", Role.ESTATES);
    static final Actor MANAGER = Actor.of("manager", Role.MANAGER);

    static final String REVIEWER_REFUSED = "You reviewed this bid, so another estates lead or a manager must approve it";

    /** A submitted bid asking for the grant on the given eligible cost at 66%, under review by {@code reviewer}. */
    private static GrantBid reviewedBy(Actor reviewer, String eligibleCost) {
        BidForm form = BidFixtures.completeForm();
        form.setEligibleCost(new BigDecimal(eligibleCost));
        form.setTotalCost(new BigDecimal(eligibleCost));
        GrantBid bid = BidFixtures.withQuote(new GrantBid(new Practice("J81002", "Orchid House Surgery"),
                BidFixtures.programme("691000"), form, EVERYONE, NOW));
        bid.move(BidStatus.SUBMITTED, new Move(EVERYONE, NOW, null));
        bid.move(BidStatus.UNDER_REVIEW, new Move(reviewer, NOW, null));
        return bid;
    }

    private static void approve(GrantBid bid, Actor by, String amount) {
        bid.move(BidStatus.APPROVED, new Move(by, NOW, "Approved at the estates panel")
                .with(BidStatus.APPROVED_GRANT, new BigDecimal(amount)).with(GrantBid.LEFT_IN_PROGRAMME, new BigDecimal("691000")));
    }

    private static String by(GrantBid bid, BidStatus to) {
        return bid.getHistory().stream().filter(c -> c.getToStatus().equals(to.name()))
                .map(StatusChange::getChangedBy).reduce((first, last) -> last).orElseThrow();
    }

    @Test
    void theReviewerCannotApproveTheBidTheyReviewedAnotherEstatesLeadCan() {
        GrantBid bid = reviewedBy(ESTATES, "25000");
        assertThatThrownBy(() -> approve(bid, ESTATES, "16500"))
                .isInstanceOfSatisfying(TransitionNotAllowed.class, refused -> assertThat(refused.reasons())
                        .containsExactly(REVIEWER_REFUSED));
        assertThat(bid.getStatus()).isEqualTo(BidStatus.UNDER_REVIEW);
        assertThat(bid.getApprovedGrant()).isNull();

        approve(bid, ESTATES_2, "16500");
        assertThat(bid.getStatus()).isEqualTo(BidStatus.APPROVED);
        assertThat(by(bid, BidStatus.UNDER_REVIEW)).isEqualTo("estates");
        assertThat(by(bid, BidStatus.APPROVED)).isEqualTo("estates2");
        assertThat(bid.reviewedBy()).contains("estates");
        assertThat(bid.approvedBy()).contains("estates2");
    }

    @Test
    void aManagerWhoReviewedCannotApproveEither() {
        GrantBid bid = reviewedBy(MANAGER, "25000");
        assertThatThrownBy(() -> approve(bid, MANAGER, "16500")).hasMessage(REVIEWER_REFUSED);
        approve(bid, ESTATES, "16500");
        assertThat(bid.getStatus()).isEqualTo(BidStatus.APPROVED);
    }

    @Test
    void theReviewerIsWhoeverStartedTheLatestReview() {
        GrantBid bid = reviewedBy(ESTATES, "25000");
        bid.move(BidStatus.RETURNED, new Move(ESTATES, NOW, "Add a second quote"));
        bid.move(BidStatus.DRAFT, new Move(EVERYONE, NOW, null));
        bid.move(BidStatus.SUBMITTED, new Move(EVERYONE, NOW, null));
        bid.move(BidStatus.UNDER_REVIEW, new Move(ESTATES_2, NOW, null));
        assertThatThrownBy(() -> approve(bid, ESTATES_2, "16500")).hasMessage(REVIEWER_REFUSED);
        approve(bid, ESTATES, "16500");
        assertThat(bid.getStatus()).isEqualTo(BidStatus.APPROVED);
    }

    @Test
    void aGrantAboveOneHundredThousandPoundsNeedsAManager() {
        GrantBid bid = reviewedBy(ESTATES, "200000"); // 66% = £132,000 requested
        assertThatThrownBy(() -> approve(bid, ESTATES_2, "100001"))
                .isInstanceOfSatisfying(TransitionNotAllowed.class, refused -> assertThat(refused.reasons()).containsExactly(
                        "A grant above £100,000 needs a programme manager's approval, so a manager must approve it"));
        assertThat(bid.getStatus()).isEqualTo(BidStatus.UNDER_REVIEW);
        approve(bid, MANAGER, "132000");
        assertThat(bid.getStatus()).isEqualTo(BidStatus.APPROVED);
        assertThat(bid.approvedBy()).contains("manager");
    }

    @Test
    void exactlyOneHundredThousandPoundsIsWithinAnEstatesLeadsApproval() {
        GrantBid bid = reviewedBy(ESTATES, "200000");
        approve(bid, ESTATES_2, "100000");
        assertThat(bid.getStatus()).isEqualTo(BidStatus.APPROVED);
    }

    @Test
    void aReviewerOfALargeGrantIsToldAnotherManagerMustApprove() {
        GrantBid bid = reviewedBy(ESTATES, "200000");
        assertThatThrownBy(() -> approve(bid, ESTATES, "132000")).hasMessage(
                "You reviewed this bid, so another programme manager must approve it: a grant above £100,000 needs a manager's approval");
        GrantBid byManager = reviewedBy(MANAGER, "200000");
        assertThatThrownBy(() -> approve(byManager, MANAGER, "132000")).hasMessage(
                "You reviewed this bid, so another programme manager must approve it: a grant above £100,000 needs a manager's approval");
    }

    @Test
    void theLimitIsTheOneTheMoveCarries() {
        GrantBid bid = reviewedBy(ESTATES, "100000"); // £66,000 requested
        Move move = new Move(ESTATES_2, NOW, null).with(BidStatus.APPROVED_GRANT, new BigDecimal("60000"))
                .with(GrantBid.LEFT_IN_PROGRAMME, new BigDecimal("691000"))
                .with(GrantBid.MANAGER_APPROVAL_ABOVE, new BigDecimal("50000"));
        assertThatThrownBy(() -> bid.move(BidStatus.APPROVED, move))
                .hasMessage("A grant above £50,000 needs a programme manager's approval, so a manager must approve it");
        approve(bid, ESTATES_2, "60000");
        assertThat(bid.getStatus()).isEqualTo(BidStatus.APPROVED);
    }

    @Test
    void theReviewerIsToldBeforeOpeningTheApproval() {
        GrantBid bid = reviewedBy(ESTATES, "25000");
        assertThat(bid.signOffNotice(ESTATES)).contains(REVIEWER_REFUSED);
        assertThat(bid.signOffNotice(ESTATES_2)).isEmpty();
        approve(bid, ESTATES_2, "16500");
        assertThat(bid.signOffNotice(ESTATES)).isEmpty();
    }
}
