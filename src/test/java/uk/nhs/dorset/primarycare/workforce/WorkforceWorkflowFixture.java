package uk.nhs.dorset.primarycare.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.base.audit.FieldChange;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.testing.SignIn;
import uk.nhs.dorset.primarycare.testing.WorkflowFixture;

/**
 * Workforce profiles under the workflow contract: a team draft for J81002, circulated (refused:
 * the practice validating a profile that was never circulated).
 */
public class WorkforceWorkflowFixture implements WorkflowFixture {

    /** Snapshot dates no demo or other test profile uses. */
    private static final AtomicInteger NEXT_DAY = new AtomicInteger();

    private final WorkforceService workforce;
    private final UserDetailsService users;

    public WorkforceWorkflowFixture(ApplicationContext context) {
        this.workforce = context.getBean(WorkforceService.class);
        this.users = context.getBean(UserDetailsService.class);
    }

    @Override
    public WorkflowRecord<?> create() {
        SignIn.as(users, "team");
        WorkforceProfile draft = workforce.create("J81002", LocalDate.of(2001, 1, 1).plusDays(NEXT_DAY.getAndIncrement()));
        return workforce.updateFigures(draft.getId(), draft.getVersion(),
                Map.of(StaffRole.NURSE, new RoleFigures(2, new BigDecimal("1.6"))), 5000);
    }

    @Override
    public WorkflowRecord<?> reload(long id) {
        SignIn.as(users, "team");
        return workforce.get(id);
    }

    @Override
    public void refusedMove(long id, long seenVersion) {
        SignIn.as(users, "practice");
        workforce.move(id, seenVersion, ProfileStatus.VALIDATED, MoveRequest.of("Looks right"));
    }

    @Override
    public WorkflowRecord<?> allowedMove(long id, long seenVersion) {
        SignIn.as(users, "team");
        return workforce.move(id, seenVersion, ProfileStatus.CIRCULATED, MoveRequest.of("For the locality meeting"));
    }

    /** Circulated, queried by the practice, re-circulated by the team, validated. */
    @Override
    public WorkflowRecord<?> walk(long id, long seenVersion, String comment) {
        WorkforceProfile p = workforce.get(id);
        p = as("team", p, ProfileStatus.CIRCULATED, comment);
        p = as("practice", p, ProfileStatus.QUERIED, comment);
        p = as("team", p, ProfileStatus.CIRCULATED, comment);
        return as("practice", p, ProfileStatus.VALIDATED, comment);
    }

    private WorkforceProfile as(String user, WorkforceProfile p, ProfileStatus target, String comment) {
        SignIn.as(users, user);
        return workforce.move(p.getId(), p.getVersion(), target, MoveRequest.of(comment));
    }

    @Override
    public FieldEdit editField(long id, long seenVersion) {
        SignIn.as(users, "team");
        workforce.updateFigures(id, seenVersion, Map.of(StaffRole.NURSE, new RoleFigures(2, new BigDecimal("1.6"))), 6120);
        return new FieldEdit("Registered patients", "5000", "6120");
    }

    @Override
    public List<FieldChange> fieldChanges(long id) {
        SignIn.as(users, "team");
        return workforce.fieldChanges(id);
    }
}
