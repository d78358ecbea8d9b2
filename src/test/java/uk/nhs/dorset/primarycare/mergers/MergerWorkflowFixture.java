package uk.nhs.dorset.primarycare.mergers;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.base.audit.FieldChange;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.testing.SignIn;
import uk.nhs.dorset.primarycare.testing.WorkflowFixture;

/**
 * Merger cases under the workflow contract: an enquiry between two open practices in no other
 * open case, taken to the advisory review (refused: approved straight from the enquiry).
 */
public class MergerWorkflowFixture implements WorkflowFixture {

    private final MergerService mergers;
    private final PracticeService practices;
    private final UserDetailsService users;

    public MergerWorkflowFixture(ApplicationContext context) {
        this.mergers = context.getBean(MergerService.class);
        this.practices = context.getBean(PracticeService.class);
        this.users = context.getBean(UserDetailsService.class);
    }

    /** Tries pairs of open practices from the end of the list until two are free of open cases. */
    @Override
    public WorkflowRecord<?> create() {
        SignIn.as(users, "team");
        List<Practice> open = practices.openPractices().reversed();
        RuntimeException last = null;
        for (int i = 0; i + 1 < open.size(); i += 2) {
            try {
                return mergers.create(MergerTestCases.details("Contract case " + i, open.get(i).getOdsCode(), 4000,
                        open.get(i + 1).getOdsCode(), 9000));
            } catch (IllegalArgumentException | IllegalStateException taken) {
                last = taken;
            }
        }
        throw new IllegalStateException("No two open practices are free of open merger cases", last);
    }

    /** Withdraws the case, so its practices are free for other tests' cases. */
    @Override
    public void discard(long id) {
        SignIn.as(users, "team");
        MergerCase c = mergers.get(id);
        if (!c.isFinished()) {
            mergers.move(id, c.getVersion(), MergerStatus.WITHDRAWN, MoveRequest.of("Made for a test"));
        }
    }

    @Override
    public WorkflowRecord<?> reload(long id) {
        SignIn.as(users, "team");
        return mergers.get(id);
    }

    @Override
    public void refusedMove(long id, long seenVersion) {
        SignIn.as(users, "manager");
        mergers.move(id, seenVersion, MergerStatus.APPROVED, MoveRequest.of("Straight from the enquiry"));
    }

    @Override
    public WorkflowRecord<?> allowedMove(long id, long seenVersion) {
        SignIn.as(users, "team");
        return mergers.move(id, seenVersion, MergerStatus.ADVISORY_REVIEW, MoveRequest.of("To the merger advisory group"));
    }

    /** Through the stages to approval, then withdrawn (completion waits for the merger date). */
    @Override
    public WorkflowRecord<?> walk(long id, long seenVersion, String comment) {
        SignIn.as(users, "team");
        MergerCase c = mergers.get(id);
        for (MergerStatus target : List.of(MergerStatus.ADVISORY_REVIEW, MergerStatus.SUPPORT_AGREED, MergerStatus.DUE_DILIGENCE)) {
            c = mergers.move(c.getId(), c.getVersion(), target, MoveRequest.of(comment));
        }
        c = mergers.update(c.getId(), c.getVersion(), MergerTestCases.readyForApplication(c));
        c = mergers.move(c.getId(), c.getVersion(), MergerStatus.APPLICATION, MoveRequest.of(comment));
        SignIn.as(users, "manager");
        c = mergers.move(c.getId(), c.getVersion(), MergerStatus.APPROVED, MoveRequest.of(comment));
        SignIn.as(users, "team");
        return mergers.move(c.getId(), c.getVersion(), MergerStatus.WITHDRAWN, MoveRequest.of(comment));
    }

    @Override
    public FieldEdit editField(long id, long seenVersion) {
        SignIn.as(users, "team");
        MergerDetails details = MergerDetails.of(mergers.get(id));
        details.setFundingAmount(new BigDecimal("30000.00"));
        mergers.update(id, seenVersion, details);
        return new FieldEdit("Resilience funding", "£25,000", "£30,000");
    }

    @Override
    public List<FieldChange> fieldChanges(long id) {
        SignIn.as(users, "team");
        return mergers.fieldChanges(id);
    }
}
