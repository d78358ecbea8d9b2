package uk.nhs.dorset.primarycare.grants;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.base.audit.FieldChange;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.testing.SignIn;
import uk.nhs.dorset.primarycare.testing.WorkflowFixture;

/** Grant bids under the workflow contract: a team draft, submitted (refused: approve straight from draft). */
public class GrantWorkflowFixture implements WorkflowFixture {

    private final GrantService grants;
    private final GrantProgrammeService programmes;
    private final UserDetailsService users;

    public GrantWorkflowFixture(ApplicationContext context) {
        this.grants = context.getBean(GrantService.class);
        this.programmes = context.getBean(GrantProgrammeService.class);
        this.users = context.getBean(UserDetailsService.class);
    }

    @Override
    public WorkflowRecord<?> create() {
        SignIn.as(users, "manager");
        GrantProgramme programme = programmes.createProgramme(new ProgrammeForm(GrantTestData.freeYear(programmes),
                new BigDecimal("100000"), null, true, GrantRules.DIRECTIONS_2013));
        SignIn.as(users, "team");
        GrantBid bid = grants.create("J81002", programme.getId(), GrantTestData.form("Contract bid", "9000"));
        return grants.attach(bid.getId(), AttachmentKind.QUOTE, "quote.pdf",
                "%PDF-1.4\n%quote\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Override
    public WorkflowRecord<?> reload(long id) {
        SignIn.as(users, "team");
        return grants.bid(id);
    }

    @Override
    public void refusedMove(long id, long seenVersion) {
        SignIn.as(users, "estates");
        grants.move(id, seenVersion, BidStatus.APPROVED,
                MoveRequest.of("Straight from draft").with(BidStatus.APPROVED_GRANT, new BigDecimal("9000")));
    }

    @Override
    public WorkflowRecord<?> allowedMove(long id, long seenVersion) {
        SignIn.as(users, "team");
        return grants.move(id, seenVersion, BidStatus.SUBMITTED, MoveRequest.of("Ready for review"));
    }

    /** Submitted, returned, resubmitted, approved, works started, then withdrawn. */
    @Override
    public WorkflowRecord<?> walk(long id, long seenVersion, String comment) {
        GrantBid bid = (GrantBid) reload(id);
        bid = as("team", bid, BidStatus.SUBMITTED, MoveRequest.of(comment));
        bid = as("estates", bid, BidStatus.UNDER_REVIEW, MoveRequest.of(comment));
        bid = as("estates", bid, BidStatus.RETURNED, MoveRequest.of(comment));
        bid = as("team", bid, BidStatus.DRAFT, MoveRequest.of(comment));
        bid = as("team", bid, BidStatus.SUBMITTED, MoveRequest.of(comment));
        // The reviewer never approves: a second estates lead reviews this time.
        bid = as("estates2", bid, BidStatus.UNDER_REVIEW, MoveRequest.of(comment));
        bid = as("estates", bid, BidStatus.APPROVED, MoveRequest.of(comment).with(BidStatus.APPROVED_GRANT, bid.getRequestedGrant()));
        bid = as("estates", bid, BidStatus.WORKS_IN_PROGRESS, MoveRequest.of(comment));
        return as("estates", bid, BidStatus.WITHDRAWN, MoveRequest.of(comment));
    }

    private GrantBid as(String user, GrantBid bid, BidStatus target, MoveRequest request) {
        SignIn.as(users, user);
        return grants.move(bid.getId(), bid.getVersion(), target, request);
    }

    @Override
    public FieldEdit editField(long id, long seenVersion) {
        SignIn.as(users, "team");
        GrantBid bid = grants.bid(id);
        BidForm form = BidForm.of(bid);
        form.setTitle("Contract bid, renamed");
        grants.update(id, seenVersion, form);
        return new FieldEdit("Scheme title", "Contract bid", "Contract bid, renamed");
    }

    @Override
    public List<FieldChange> fieldChanges(long id) {
        SignIn.as(users, "team");
        return grants.fieldChanges(id);
    }
}
