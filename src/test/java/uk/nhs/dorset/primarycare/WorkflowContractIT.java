package uk.nhs.dorset.primarycare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import uk.nhs.dorset.primarycare.base.ConcurrentChange;
import uk.nhs.dorset.primarycare.base.audit.AuditEvent;
import uk.nhs.dorset.primarycare.base.audit.AuditFilter;
import uk.nhs.dorset.primarycare.base.audit.AuditTrailService;
import uk.nhs.dorset.primarycare.base.workflow.StatusChange;
import uk.nhs.dorset.primarycare.base.workflow.StatusChanged;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;
import uk.nhs.dorset.primarycare.base.workflow.WorkflowRecord;
import uk.nhs.dorset.primarycare.testing.EveryWorkflow;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SignIn;
import uk.nhs.dorset.primarycare.testing.WorkflowFixture;

/**
 * The one contract every workflow keeps, run over each of them through its service on
 * MariaDB: a refused move writes nothing and tells no one; an allowed move writes one history
 * row and publishes one event that says what the row says; a move over someone else's newer
 * save gets the one conflict message; an edit shows in the field audit with old and new values.
 */
@IntegrationTest
@RecordApplicationEvents
class WorkflowContractIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEvents events;
    @Autowired
    AuditTrailService auditTrail;

    /** What a user might type: several lines, quotes, markup-like text, inner spaces and a tab. */
    static final String COMMENT = "Checked with the practice on Monday — “as agreed”.\n  Next: <b>the lease</b> & the quote\tfrom Smith's.";

    static Stream<Arguments> workflows() {
        return EveryWorkflow.fixtures();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void aRefusedMoveWritesNothingAndPublishesNothing(String name, Function<ApplicationContext, WorkflowFixture> make) {
        WorkflowFixture workflow = make.apply(context);
        WorkflowRecord<?> record = workflow.create();
        long id = record.getId();
        events.clear();
        assertThatThrownBy(() -> workflow.refusedMove(id, record.getVersion())).isInstanceOf(TransitionNotAllowed.class);
        WorkflowRecord<?> after = workflow.reload(id);
        assertThat(after.getVersion()).isEqualTo(record.getVersion());
        assertThat(after.getStatus()).isEqualTo(record.getStatus());
        assertThat(after.getHistory()).hasSameSizeAs(record.getHistory());
        assertThat(events.stream(StatusChanged.class)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void anAllowedMoveWritesOneHistoryRowAndPublishesOneEvent(String name, Function<ApplicationContext, WorkflowFixture> make) {
        WorkflowFixture workflow = make.apply(context);
        WorkflowRecord<?> record = workflow.create();
        events.clear();
        WorkflowRecord<?> moved = workflow.allowedMove(record.getId(), record.getVersion());
        assertThat(moved.getHistory()).hasSize(record.getHistory().size() + 1);
        StatusChange last = moved.getHistory().getLast();
        assertThat(last.getFromStatus()).isEqualTo(record.getStatus().name());
        assertThat(last.getToStatus()).isEqualTo(moved.getStatus().name());
        assertThat(events.stream(StatusChanged.class)).singleElement().satisfies(event -> {
            assertThat(event.recordId()).isEqualTo(record.getId());
            assertThat(event.fromStatus()).isEqualTo(last.getFromStatus());
            assertThat(event.toStatus()).isEqualTo(last.getToStatus());
            assertThat(event.by()).isEqualTo(last.getChangedBy());
            assertThat(event.comment()).isEqualTo(last.getComment());
            assertThat(event.link()).isEqualTo(moved.link());
        });
        assertThat(workflow.reload(record.getId()).getHistory()).hasSameSizeAs(moved.getHistory());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void aMoveOverSomeoneElsesNewerSaveGetsTheConflictMessage(String name, Function<ApplicationContext, WorkflowFixture> make) {
        WorkflowFixture workflow = make.apply(context);
        WorkflowRecord<?> record = workflow.create();
        long seen = record.getVersion();
        workflow.editField(record.getId(), seen);
        assertThatThrownBy(() -> workflow.allowedMove(record.getId(), seen))
                .isInstanceOf(ConcurrentChange.class)
                .hasMessage("Someone else changed this " + record.noun() + "; reload to see their change");
        assertThat(workflow.reload(record.getId()).getStatus()).isEqualTo(record.getStatus());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void anEditShowsInTheFieldAuditWithOldAndNewValues(String name, Function<ApplicationContext, WorkflowFixture> make) {
        WorkflowFixture workflow = make.apply(context);
        WorkflowRecord<?> record = workflow.create();
        WorkflowFixture.FieldEdit edit = workflow.editField(record.getId(), record.getVersion());
        assertThat(workflow.fieldChanges(record.getId())).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo(edit.field());
            assertThat(change.from()).isEqualTo(edit.from());
            assertThat(change.to()).isEqualTo(edit.to());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void everyCommentAMoveTakesComesBackVerbatimFromTheHistoryAndTheAuditTrail(String name, Function<ApplicationContext, WorkflowFixture> make) {
        WorkflowFixture workflow = make.apply(context);
        WorkflowRecord<?> record = workflow.create();
        int before = record.getHistory().size();
        WorkflowRecord<?> walked = workflow.walk(record.getId(), record.getVersion(), COMMENT);

        List<StatusChange> moves = workflow.reload(record.getId()).getHistory().subList(before, walked.getHistory().size());
        assertThat(moves).as("the walk makes several moves").hasSizeGreaterThan(2);
        assertThat(moves).allSatisfy(row -> assertThat(row.getComment()).as(row.getFromStatus() + " to " + row.getToStatus()).isEqualTo(COMMENT));
        SignIn.as(context.getBean(UserDetailsService.class), "manager");
        List<AuditEvent> trail = auditTrail.transitions(new AuditFilter(null, null, null, walked.kind(), walked.getId()),
                PageRequest.of(0, 100)).getContent();
        assertThat(trail).hasSize(walked.getHistory().size());
        assertThat(trail.stream().filter(e -> e.getFromStatus() != null))
                .hasSize(walked.getHistory().size() - 1)
                .allSatisfy(e -> assertThat(e.getComment()).as(e.getFromStatus() + " to " + e.getToStatus()).isEqualTo(COMMENT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void aCommentLongerThanItsColumnIsRefusedSayingHowLongAndNothingIsWritten(String name, Function<ApplicationContext, WorkflowFixture> make) {
        WorkflowFixture workflow = make.apply(context);
        WorkflowRecord<?> record = workflow.create();
        events.clear();
        assertThatThrownBy(() -> workflow.walk(record.getId(), record.getVersion(), "x".repeat(2001)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("A comment can be at most [0-9,]+ characters; this one has 2,001");
        WorkflowRecord<?> after = workflow.reload(record.getId());
        assertThat(after.getVersion()).isEqualTo(record.getVersion());
        assertThat(after.getHistory()).hasSameSizeAs(record.getHistory());
        assertThat(events.stream(StatusChanged.class)).isEmpty();
    }
}
