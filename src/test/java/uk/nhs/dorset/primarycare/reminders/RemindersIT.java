package uk.nhs.dorset.primarycare.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.WorkingDays;
import uk.nhs.dorset.primarycare.estates.EttfProject;
import uk.nhs.dorset.primarycare.estates.EttfService;
import uk.nhs.dorset.primarycare.estates.EttfWorkflowFixture;
import uk.nhs.dorset.primarycare.estates.ProjectStage;
import uk.nhs.dorset.primarycare.grants.GrantBid;
import uk.nhs.dorset.primarycare.mergers.MergerCase;
import uk.nhs.dorset.primarycare.mergers.MergerWorkflowFixture;
import uk.nhs.dorset.primarycare.notifications.PracticeBids;
import uk.nhs.dorset.primarycare.programme.TrackerFilter;
import uk.nhs.dorset.primarycare.programme.TrackerItem;
import uk.nhs.dorset.primarycare.programme.TrackerService;
import uk.nhs.dorset.primarycare.security.UserDirectory;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SignIn;
import uk.nhs.dorset.primarycare.workforce.WorkforceProfile;
import uk.nhs.dorset.primarycare.workforce.WorkforceWorkflowFixture;

/**
 * Each reminder end to end on MariaDB: records written through the services, the day's job run,
 * and one notification per person who should hear, none for anyone else; a second run the same
 * day adds nothing.
 */
@IntegrationTest
class RemindersIT {

    private static final WorkingDays DAYS = WorkingDays.englandAndWales();

    @Autowired
    ApplicationContext context;
    @Autowired
    ReminderJob job;
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
    @Autowired
    ApplicationClock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private Told told() {
        return new Told(db, users);
    }

    private Map<String, Integer> runTwice(LocalDate day, String link) {
        SignIn.out();   // the job runs with nobody signed in
        job.remind(day);
        Map<String, Integer> first = told().remindersOf(link);
        job.remind(day);
        assertThat(told().remindersOf(link)).as("a second run the same day adds none").isEqualTo(first);
        return first;
    }

    @Test
    void anApprovedBidsPracticeTeamAndEstatesHearOfItsSpendDeadlineFourteenWorkingDaysBefore() {
        PracticeBids bids = new PracticeBids(context);
        GrantBid bid = bids.approve(bids.underReview());
        LocalDate deadline = bid.getProgramme().getSpendDeadline();

        Map<String, Integer> told = runTwice(DAYS.before(deadline, 14), bid.link());

        assertThat(told).isEqualTo(told().oncePerPerson(EnumSet.of(Role.TEAM, Role.ESTATES), "practice"));
        assertThat(told).doesNotContainKeys("manager", "admin");
        assertThat(told().textFor("practice", bid.link())).startsWith("Your practice's grant bid J81002")
                .contains("must be spent by " + Formats.date(deadline) + ", 14 working days from today");
        assertThat(db.sql("select count(*) from email_outbox where recipient_address = 'practice@primary-care-hub.example'"
                        + " and link like :link and subject like 'Reminder: %'")
                .param("link", "%/" + bid.link()).query(Long.class).single())
                .as("mailed at once, the practice's choice until it chooses otherwise").isEqualTo(1);
        SignIn.out();
        job.remind(DAYS.before(deadline, 13));
        assertThat(told().remindersOf(bid.link())).as("nothing 13 working days before").isEqualTo(told);
    }

    @Test
    void estatesHearOfAProjectsNextMilestoneFourteenWorkingDaysAheadAndWhenOverdue() {
        EttfProject project = (EttfProject) new EttfWorkflowFixture(context).create();
        LocalDate planned = LocalDate.of(2029, 6, 4);
        SignIn.as(userDetails, "estates");
        estates.planStage(project.getId(), project.getVersion(), ProjectStage.PID_SUBMITTED, planned);

        Map<String, Integer> ahead = runTwice(DAYS.before(planned, 14), project.link());
        assertThat(ahead).isEqualTo(told().oncePerPerson(EnumSet.of(Role.ESTATES)));
        assertThat(told().textFor("estates", project.link())).contains("PID submitted stage is planned for 04/06/2029");

        Map<String, Integer> overdue = runTwice(DAYS.after(planned, 1), project.link());
        assertThat(overdue).as("a second reminder, of the overdue milestone")
                .isEqualTo(told().oncePerPerson(EnumSet.of(Role.ESTATES)).entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> 2)));
    }

    @Test
    void theCaseTeamHearsOfAMergersPcseNoticeDateFourteenWorkingDaysBefore() {
        MergerWorkflowFixture mergers = new MergerWorkflowFixture(context);
        MergerCase c = (MergerCase) mergers.create();
        LocalDate noticeBy = c.pcseDeadline().orElseThrow();

        Map<String, Integer> told = runTwice(DAYS.before(noticeBy, 14), c.link());

        assertThat(told).isEqualTo(told().oncePerPerson(EnumSet.of(Role.TEAM, Role.ESTATES)));
        assertThat(told().textFor("team", c.link())).contains("Primary Care Support England must be told of the merger by "
                + Formats.date(noticeBy));
        mergers.discard(c.getId());
    }

    @Test
    void aCirculatedProfileUnansweredForTwentyOneWorkingDaysRemindsItsPracticeAndTheTeam() {
        WorkforceWorkflowFixture fixture = new WorkforceWorkflowFixture(context);
        WorkforceProfile draft = (WorkforceProfile) fixture.create();
        WorkforceProfile circulated = (WorkforceProfile) fixture.allowedMove(draft.getId(), draft.getVersion());
        LocalDate circulatedOn = LocalDate.ofInstant(circulated.lastChange().getChangedAt(), Formats.ZONE);
        // Every J81002 profile shares the practice's link: this one's reminder names its snapshot date.
        String snapshot = Formats.date(circulated.getSnapshotDate());

        SignIn.out();
        job.remind(DAYS.after(circulatedOn, 21));
        job.remind(DAYS.after(circulatedOn, 21));

        Map<String, Integer> told = new TreeMap<>();
        db.sql("select recipient, count(*) as n from notification where kind = 'REMINDER' and link = :link and text like :snapshot"
                        + " group by recipient")
                .param("link", circulated.link()).param("snapshot", "%" + snapshot + "%")
                .query((rows, n) -> Map.entry(rows.getString("recipient"), rows.getInt("n")))
                .list().forEach(e -> told.put(e.getKey(), e.getValue()));
        assertThat(told).isEqualTo(told().oncePerPerson(EnumSet.of(Role.TEAM), "practice"));
    }

    @Test
    void theTeamAndManagersHearOfATrackerItemNobodyUpdatedForNinetyWorkingDays() {
        SignIn.as(userDetails, "team");
        TrackerItem item = tracker.list(TrackerFilter.none()).getFirst();
        item = tracker.updateProgress(item.getId(), item.getVersion(), 40, "Next: the business case", null, null);
        LocalDate updatedOn = LocalDate.ofInstant(item.getLastUpdated(), Formats.ZONE);

        Map<String, Integer> told = runTwice(DAYS.after(updatedOn, 90), item.link());

        assertThat(told).isEqualTo(told().oncePerPerson(EnumSet.of(Role.TEAM, Role.MANAGER)));
        assertThat(told).doesNotContainKeys("practice", "estates");
    }
}
