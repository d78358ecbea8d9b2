package uk.nhs.dorset.primarycare.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.HeldClock;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.WorkingDays;
import uk.nhs.dorset.primarycare.estates.EttfProject;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.estates.EttfWorkflowFixture;
import uk.nhs.dorset.primarycare.estates.ProjectStage;
import uk.nhs.dorset.primarycare.programme.TrackerFilter;
import uk.nhs.dorset.primarycare.programme.TrackerItem;
import uk.nhs.dorset.primarycare.programme.TrackerService;
import uk.nhs.dorset.primarycare.security.UserDirectory;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SecondNode;
import uk.nhs.dorset.primarycare.testing.SignIn;

/**
 * Two application nodes on one MariaDB: the suite's context and a {@link SecondNode} on the
 * same database. Both run the reminders for the same day at the same moment, and each
 * person is still told of each thing once; running again that day tells nobody anything more.
 */
@IntegrationTest
class RemindersOnTwoNodesIT {

    private static final WorkingDays DAYS = WorkingDays.englandAndWales();

    @Autowired
    ApplicationContext context;
    @Autowired
    ReminderJob job;
    @Autowired
    ApplicationClock clock;
    @Autowired
    JdbcClient db;
    @Autowired
    UserDirectory users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    EttfService estates;
    @Autowired
    TrackerService tracker;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void bothNodesRemindingTheSameDayTellEachPersonOnceAndAgainNothing() throws Exception {
        SignIn.as(userDetails, "team");
        TrackerItem item = tracker.list(TrackerFilter.none()).getLast();
        item = tracker.updateProgress(item.getId(), item.getVersion(), 30, "Next: the two-node review", null, null);
        LocalDate day = DAYS.after(LocalDate.ofInstant(item.getLastUpdated(), Formats.ZONE), 90);
        EttfProject project = (EttfProject) new EttfWorkflowFixture(context).create();
        SignIn.as(userDetails, "estates");
        LocalDate planned = DAYS.after(day, 14);
        estates.planStage(project.getId(), project.getVersion(), ProjectStage.PID_SUBMITTED, planned);
        SignIn.out();
        ReminderJob second = SecondNode.context().getBean(ReminderJob.class);
        long sentBefore = remindersSentOn(day);

        List<Integer> toldByEachNode = SecondNode.race(() -> job.remind(day), () -> second.remind(day));

        Told told = new Told(db, users);
        assertThat(told.remindersOf(item.link())).isEqualTo(told.oncePerPerson(EnumSet.of(Role.TEAM, Role.MANAGER)));
        assertThat(told.remindersOf(project.link())).isEqualTo(told.oncePerPerson(EnumSet.of(Role.ESTATES)));
        assertThat(toldByEachNode.stream().mapToInt(Integer::intValue).sum()).as("people told between the two nodes")
                .isEqualTo(remindersSentOn(day) - sentBefore);

        SecondNode.race(() -> job.remind(day), () -> second.remind(day));
        assertThat(told.remindersOf(item.link())).as("again the same day: nothing more")
                .isEqualTo(told.oncePerPerson(EnumSet.of(Role.TEAM, Role.MANAGER)));
        assertThat(told.remindersOf(project.link())).isEqualTo(told.oncePerPerson(EnumSet.of(Role.ESTATES)));
    }

    @Test
    void theScheduledRunTakesTheLockSoOneNodeRunsIt() throws Exception {
        EttfProject project = (EttfProject) new EttfWorkflowFixture(context).create();
        SignIn.as(userDetails, "estates");
        LocalDate planned = DAYS.after(LocalDate.now(clock), 40);
        estates.planStage(project.getId(), project.getVersion(), ProjectStage.PID_SUBMITTED, planned);
        SignIn.out();
        LocalDate overdueOn = DAYS.after(planned, 1);
        ApplicationClock secondClock = SecondNode.context().getBean(ApplicationClock.class);
        ReminderJob second = SecondNode.context().getBean(ReminderJob.class);

        SecondNode.race(() -> HeldClock.on(clock, overdueOn, () -> { job.daily(); return 0; }),
                () -> HeldClock.on(secondClock, overdueOn, () -> { second.daily(); return 0; }));

        Told told = new Told(db, users);
        assertThat(told.remindersOf(project.link())).isEqualTo(told.oncePerPerson(EnumSet.of(Role.ESTATES)));
        assertThat(db.sql("select count(*) from shedlock where name = 'daily-reminders' and lock_until > utc_timestamp(3)")
                .query(Long.class).single()).as("the run's lock, held a while past the run").isEqualTo(1);
    }

    private long remindersSentOn(LocalDate day) {
        return db.sql("select count(*) from reminder_sent where sent_on = :day").param("day", day).query(Long.class).single();
    }
}
