package uk.nhs.dorset.primarycare.notifications;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.base.workflow.Move;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.grants.BidStatus;
import uk.nhs.dorset.primarycare.grants.GrantBid;
import uk.nhs.dorset.primarycare.grants.GrantService;
import uk.nhs.dorset.primarycare.grants.GrantWorkflowFixture;
import uk.nhs.dorset.primarycare.testing.SignIn;

/** Bids of the demo practice J81002, brought to where estates may approve them. */
public final class PracticeBids {

    static final String PRACTICE_MAIL = "practice@primary-care-hub.example";

    private final GrantWorkflowFixture fixture;
    private final GrantService grants;
    private final UserDetailsService users;

    public PracticeBids(ApplicationContext context) {
        this.fixture = new GrantWorkflowFixture(context);
        this.grants = context.getBean(GrantService.class);
        this.users = context.getBean(UserDetailsService.class);
    }

    /** Submitted by the team and under review by the second estates lead, so estates may approve it. */
    public GrantBid underReview() {
        GrantBid bid = (GrantBid) fixture.create();
        bid = as("team", bid, BidStatus.SUBMITTED, MoveRequest.none());
        return as("estates2", bid, BidStatus.UNDER_REVIEW, MoveRequest.none());
    }

    public GrantBid approve(GrantBid bid) {
        return as("estates", bid, BidStatus.APPROVED,
                MoveRequest.of("Approved by the panel").with(BidStatus.APPROVED_GRANT, bid.getRequestedGrant()));
    }

    /** Approved by estates asking for nobody to be told, with the reason the history keeps. */
    public GrantBid approveWithoutNotifying(GrantBid bid, String reason) {
        return as("estates", bid, BidStatus.APPROVED, MoveRequest.of(reason)
                .with(BidStatus.APPROVED_GRANT, bid.getRequestedGrant()).with(Move.WITHOUT_NOTIFYING, true));
    }

    private GrantBid as(String user, GrantBid bid, BidStatus target, MoveRequest request) {
        SignIn.as(users, user);
        return grants.move(bid.getId(), bid.getVersion(), target, request);
    }
}
