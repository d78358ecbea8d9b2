package uk.nhs.dorset.primarycare.estates;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.base.audit.FieldChange;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.testing.SignIn;
import uk.nhs.dorset.primarycare.testing.WorkflowFixture;

/** ETTF projects under the workflow contract: a project at feasibility, its PID submitted (refused: straight to approved). */
public class EttfWorkflowFixture implements WorkflowFixture {

    private final EttfService projects;
    private final UserDetailsService users;

    public EttfWorkflowFixture(ApplicationContext context) {
        this.projects = context.getBean(EttfService.class);
        this.users = context.getBean(UserDetailsService.class);
    }

    @Override
    public WorkflowRecord<?> create() {
        SignIn.as(users, "team");
        return projects.create(details("Contract project " + UUID.randomUUID().toString().substring(0, 8), new BigDecimal("100000")));
    }

    private static ProjectDetails details(String name, BigDecimal capital) {
        return new ProjectDetails(name, ProjectType.EXTENSION, LeadOrganisation.PRACTICE, "Test practice", null,
                List.of("J81002"), capital, capital, new BigDecimal("12000"), "Practice", null, Rag.GREEN, null, null, null);
    }

    @Override
    public WorkflowRecord<?> reload(long id) {
        SignIn.as(users, "estates");
        return projects.get(id);
    }

    @Override
    public void refusedMove(long id, long seenVersion) {
        SignIn.as(users, "estates");
        projects.move(id, seenVersion, ProjectStage.APPROVED, MoveRequest.of("Skipping the business case"));
    }

    @Override
    public WorkflowRecord<?> allowedMove(long id, long seenVersion) {
        SignIn.as(users, "estates");
        return projects.move(id, seenVersion, ProjectStage.PID_SUBMITTED, MoveRequest.of("PID to the estates group"));
    }

    /** PID submitted and approved, a revised PID, on hold, resumed, then closed. */
    @Override
    public WorkflowRecord<?> walk(long id, long seenVersion, String comment) {
        SignIn.as(users, "estates");
        EttfProject p = projects.get(id);
        for (ProjectStage target : List.of(ProjectStage.PID_SUBMITTED, ProjectStage.PID_APPROVED, ProjectStage.OBC_IN_DEVELOPMENT,
                ProjectStage.PID_SUBMITTED, ProjectStage.ON_HOLD, ProjectStage.PID_SUBMITTED, ProjectStage.CLOSED)) {
            p = projects.move(p.getId(), p.getVersion(), target, MoveRequest.of(comment));
        }
        return p;
    }

    @Override
    public FieldEdit editField(long id, long seenVersion) {
        SignIn.as(users, "estates");
        EttfProject project = projects.get(id);
        ProjectDetails now = ProjectDetails.of(project);
        projects.update(id, seenVersion, new ProjectDetails(now.name(), now.type(), now.leadOrganisation(),
                now.leadOrganisationName(), now.localityId(), now.practiceOdsCodes(), new BigDecimal("250000"),
                now.ettfShare(), now.annualRevenueCost(), now.revenueBorneBy(), now.programmeEndDate(), now.rag(),
                now.ragReason(), now.feasibilityPercent(), now.nextSteps()));
        return new FieldEdit("Capital value", "£100,000", "£250,000");
    }

    @Override
    public List<FieldChange> fieldChanges(long id) {
        SignIn.as(users, "estates");
        return projects.fieldChanges(id);
    }
}
