package uk.nhs.dorset.primarycare.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.base.ConcurrentChange;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.grants.GrantWorkflowFixture;
import uk.nhs.dorset.primarycare.testing.EveryWorkflow;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SignIn;
import uk.nhs.dorset.primarycare.testing.WorkflowFixture;

/** Owners on every workflow, on MariaDB: set by staff, audited, listed as "my work", and both people told. */
@IntegrationTest
class AssignmentIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    AssignmentService assignments;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient db;

    static Stream<Arguments> workflows() {
        return EveryWorkflow.fixtures();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void anOwnerIsAuditedListedAsTheirWorkAndBothPeopleAreToldOfAReassignment(String name,
                                                                              Function<ApplicationContext, WorkflowFixture> make) {
        WorkflowFixture workflow = make.apply(context);
        WorkflowRecord<?> record = workflow.create();
        long id = record.getId();
        since = lastNotification();

        SignIn.as(users, "team");
        assignments.assign(record.ref(), record.getVersion(), "estates");
        WorkflowRecord<?> owned = workflow.reload(id);
        assertThat(owned.getOwner()).isEqualTo("estates");
        assertThat(owned.getVersion()).as("the owner is one of the record's fields").isGreaterThan(record.getVersion());
        assertThat(workflow.fieldChanges(id)).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("Owner");
            assertThat(change.to()).isEqualTo("estates");
            assertThat(change.by()).isEqualTo("team");
        });
        assertThat(told("estates", owned.link())).containsExactly("ASSIGNED");

        SignIn.as(users, "estates");
        assertThat(assignments.mine()).extracting(AssignmentService.Owned::link).contains(owned.link());

        SignIn.as(users, "manager");
        assignments.assign(owned.ref(), owned.getVersion(), "estates2");
        assertThat(told("estates2", owned.link())).containsExactly("ASSIGNED");
        assertThat(told("estates", owned.link())).as("the former owner hears too").containsExactly("ASSIGNED", "ASSIGNED");
        assertThat(told("manager", owned.link())).as("never the one who did it").isEmpty();

        SignIn.as(users, "estates");
        assertThat(assignments.mine()).extracting(AssignmentService.Owned::link).doesNotContain(owned.link());
        SignIn.as(users, "team");
        assertThatThrownBy(() -> assignments.assign(owned.ref(), owned.getVersion(), "team"))
                .as("over someone else's newer save").isInstanceOf(ConcurrentChange.class)
                .hasMessageContaining("Someone else changed this " + owned.noun());
        workflow.discard(id);
    }

    @Test
    void onlyStaffOwnRecordsAndOnlyStaffGiveThemOut() {
        WorkflowFixture workflow = new GrantWorkflowFixture(context);
        WorkflowRecord<?> bid = workflow.create();

        SignIn.as(users, "team");
        assertThatThrownBy(() -> assignments.assign(bid.ref(), bid.getVersion(), "practice"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Only a primary care team member, an estates lead or a programme manager with an active account "
                        + "can own a bid.");
        assertThatThrownBy(() -> assignments.assign(bid.ref(), bid.getVersion(), "nobody-of-that-name"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(workflow.reload(bid.getId()).getOwner()).isNull();

        SignIn.as(users, "practice");
        assertThatThrownBy(() -> assignments.assign(bid.ref(), bid.getVersion(), "team"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(assignments.ownerName(bid.ref())).as("the practice may read who owns its bid").isNull();
    }

    @Test
    void aFinishedRecordLeavesMyWork() {
        GrantWorkflowFixture workflow = new GrantWorkflowFixture(context);
        WorkflowRecord<?> bid = workflow.create();
        SignIn.as(users, "team");
        assignments.assign(bid.ref(), bid.getVersion(), "team");
        WorkflowRecord<?> finished = workflow.walk(bid.getId(), workflow.reload(bid.getId()).getVersion(), "Done");
        assertThat(finished.isFinished()).isTrue();
        SignIn.as(users, "team");
        assertThat(assignments.mine()).extracting(AssignmentService.Owned::link).doesNotContain(finished.link());
    }

    /** Notifications before this one are earlier tests' (a workforce profile's link is its practice's, shared by its snapshots). */
    private long since;

    private long lastNotification() {
        return db.sql("select coalesce(max(id), 0) from notification").query(Long.class).single();
    }

    /** What the user was told of this record since the test began, besides its moves. */
    private java.util.List<String> told(String user, String link) {
        return db.sql("select kind from notification where recipient = :user and link = :link and id > :since"
                        + " and kind not in ('WAITING', 'PRACTICE') order by id")
                .param("user", user).param("link", link).param("since", since).query(String.class).list();
    }
}
