package uk.nhs.dorset.primarycare.grants;

import uk.nhs.dorset.primarycare.base.audit.FieldChange;
import static org.assertj.core.api.Assertions.assertThat;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import uk.nhs.dorset.primarycare.base.WorkQueue;
import uk.nhs.dorset.primarycare.security.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.base.ConcurrentChange;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.files.StoredFile;
import uk.nhs.dorset.primarycare.base.files.StoredFiles;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SignIn;

/** The grants service on MariaDB: money under concurrency, optimistic locking, scoping and roles. */
@IntegrationTest
class GrantServiceIT {

    @Autowired
    GrantService grants;
    @Autowired
    GrantProgrammeService programmes;
    @Autowired
    PracticeService practices;
    @Autowired
    UserDetailsService users;
    @Autowired
    List<WorkQueue> queues;
    @Autowired
    CurrentUser currentUser;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private void as(String user) {
        SignIn.as(users, user);
    }

    private GrantProgramme newProgramme(String budget) {
        as("manager");
        GrantProgramme programme = programmes.createProgramme(new ProgrammeForm(GrantTestData.freeYear(programmes),
                budget == null ? null : new BigDecimal(budget), null, true, GrantRules.DIRECTIONS_2013));
        SignIn.out();
        return programme;
    }

    /**
     * A bid submitted by the team and under review by the second estates lead; leaves the first
     * estates lead signed in, who may approve it (the reviewer may not).
     */
    private GrantBid underReview(GrantProgramme programme, Practice practice, String title, String grant) {
        as("team");
        GrantBid bid = grants.create(practice.getOdsCode(), programme.getId(), GrantTestData.form(title, grant));
        bid = grants.attach(bid.getId(), AttachmentKind.QUOTE, "quote.pdf", GrantTestData.PDF);
        bid = grants.move(bid.getId(), bid.getVersion(), BidStatus.SUBMITTED, MoveRequest.none());
        as("estates2");
        bid = grants.move(bid.getId(), bid.getVersion(), BidStatus.UNDER_REVIEW, MoveRequest.none());
        as("estates");
        return bid;
    }

    private List<Practice> openPractices() {
        as("team");
        List<Practice> open = practices.openPractices();
        SignIn.out();
        return open;
    }

    @Test
    void estatesAndManagersAreToldHowManyBidsWaitForAConfirmedBudget() {
        GrantProgramme unbudgeted = newProgramme(null);
        Practice practice = openPractices().getFirst();
        underReview(unbudgeted, practice, "Waiting one", "5000");
        underReview(unbudgeted, practice, "Waiting two", "5000");
        as("team");
        GrantBid draft = grants.create(practice.getOdsCode(), unbudgeted.getId(), GrantTestData.form("Still a draft", "5000"));
        assertThat(draft.getProgramme().budgetNotice()).isPresent();

        String line = unbudgeted.getName() + ": 2 bids waiting for a confirmed budget";
        for (String user : List.of("estates", "manager")) {
            as(user);
            assertThat(queues.stream().flatMap(q -> q.waitingFor(currentUser.actor()).stream()))
                    .as(user).anySatisfy(item -> assertThat(item.label()).isEqualTo(line));
        }
        as("team");
        assertThat(queues.stream().flatMap(q -> q.waitingFor(currentUser.actor()).stream()))
                .noneSatisfy(item -> assertThat(item.label()).isEqualTo(line));

        GrantProgramme quiet = newProgramme(null);
        as("manager");
        assertThat(queues.stream().flatMap(q -> q.waitingFor(currentUser.actor()).stream()))
                .as("a programme without a budget but with no bid waiting holds nothing up")
                .noneSatisfy(item -> assertThat(item.label()).startsWith(quiet.getName() + ":"));
    }

    @Test
    void concurrentApprovalsNeverCommitMoreThanTheBudget() throws Exception {
        GrantProgramme programme = newProgramme("95000");
        List<Practice> open = openPractices();
        List<GrantBid> bids = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            bids.add(underReview(programme, open.get(i % open.size()), "Race " + i, "10000"));
        }
        SignIn.out();

        CountDownLatch ready = new CountDownLatch(bids.size());
        CountDownLatch go = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(bids.size());
        List<Future<Boolean>> results = new ArrayList<>();
        for (GrantBid bid : bids) {
            results.add(pool.submit(() -> {
                SignIn.as(users, "estates");
                try {
                    ready.countDown();
                    go.await();
                    grants.move(bid.getId(), bid.getVersion(), BidStatus.APPROVED, MoveRequest.of("Race").with(BidStatus.APPROVED_GRANT, new BigDecimal("10000")));
                    return true;
                } catch (TransitionNotAllowed refused) {
                    refusals.add(refused.getMessage());
                    return false;
                } finally {
                    SignIn.out();
                }
            }));
        }
        ready.await(30, TimeUnit.SECONDS);
        go.countDown();
        int approved = 0;
        for (Future<Boolean> result : results) {
            if (result.get(120, TimeUnit.SECONDS)) {
                approved++;
            }
        }
        pool.shutdown();

        assertThat(approved).isEqualTo(9);
        assertThat(refusals).hasSize(15).allMatch(m -> m.equals("The programme has only £5,000 left"));
        as("manager");
        ProgrammeSummary summary = programmes.summary(programme.getId());
        assertThat(summary.committed()).isEqualByComparingTo("90000");
        assertThat(summary.committed()).isLessThanOrEqualTo(summary.budget());
        assertThat(summary.remaining()).isEqualByComparingTo("5000");
        assertThat(grants.count(new GrantFilter(programme.getId(), BidStatus.APPROVED, null, null, null, null))).isEqualTo(9);
    }

    @Test
    void theReviewersApproveIsRefusedWithTheMessageAnotherEstatesLeadsApproveSucceeds() {
        GrantProgramme programme = newProgramme("100000");
        Practice orchid = openPractices().stream().filter(p -> p.getOdsCode().equals("J81002")).findFirst().orElseThrow();
        GrantBid bid = underReview(programme, orchid, "Four eyes", "9000");

        as("estates2");
        assertThatThrownBy(() -> grants.move(bid.getId(), bid.getVersion(), BidStatus.APPROVED,
                MoveRequest.of("My own review").with(BidStatus.APPROVED_GRANT, new BigDecimal("9000"))))
                .isInstanceOf(TransitionNotAllowed.class)
                .hasMessage("You reviewed this bid, so another estates lead or a manager must approve it");
        GrantBid unchanged = grants.bid(bid.getId());
        assertThat(unchanged.getStatus()).isEqualTo(BidStatus.UNDER_REVIEW);
        assertThat(unchanged.getApprovedGrant()).isNull();
        assertThat(unchanged.getVersion()).isEqualTo(bid.getVersion());

        as("estates");
        GrantBid approved = grants.move(bid.getId(), bid.getVersion(), BidStatus.APPROVED,
                MoveRequest.of("Second pair of eyes").with(BidStatus.APPROVED_GRANT, new BigDecimal("9000")));
        assertThat(approved.getStatus()).isEqualTo(BidStatus.APPROVED);
        assertThat(grants.bid(bid.getId()).getHistory()).extracting(c -> c.getToStatus() + " by " + c.getChangedBy())
                .endsWith("UNDER_REVIEW by estates2", "APPROVED by estates");
        assertThat(approved.reviewedBy()).contains("estates2");
        assertThat(approved.approvedBy()).contains("estates");
    }

    @Test
    void aGrantAboveTheSettingsLimitIsApprovedOnlyByAManager() {
        GrantProgramme programme = newProgramme("500000");
        Practice orchid = openPractices().stream().filter(p -> p.getOdsCode().equals("J81002")).findFirst().orElseThrow();
        GrantBid bid = underReview(programme, orchid, "Large scheme", "120000");
        assertThatThrownBy(() -> grants.move(bid.getId(), bid.getVersion(), BidStatus.APPROVED,
                MoveRequest.none().with(BidStatus.APPROVED_GRANT, new BigDecimal("120000"))))
                .hasMessage("A grant above £100,000 needs a programme manager's approval, so a manager must approve it");
        as("manager");
        GrantBid approved = grants.move(bid.getId(), bid.getVersion(), BidStatus.APPROVED,
                MoveRequest.none().with(BidStatus.APPROVED_GRANT, new BigDecimal("120000")));
        assertThat(approved.getStatus()).isEqualTo(BidStatus.APPROVED);
        assertThat(approved.approvedBy()).contains("manager");
    }

    @Test
    void twoEditsOfOneBidFromTheSameVersionConflict() {
        GrantProgramme programme = newProgramme("100000");
        as("team");
        GrantBid bid = grants.create("J81002", programme.getId(), GrantTestData.form("Optimistic edit", "5000"));
        long seen = bid.getVersion();
        BidForm first = BidForm.of(bid);
        first.setNotes("First edit");
        grants.update(bid.getId(), seen, first);
        BidForm second = BidForm.of(bid);
        second.setNotes("Second edit");
        assertThatThrownBy(() -> grants.update(bid.getId(), seen, second))
                .isInstanceOf(ConcurrentChange.class)
                .hasMessage("Someone else changed this bid; reload to see their change");
        assertThat(grants.bid(bid.getId()).getNotes()).isEqualTo("First edit");
        assertThatThrownBy(() -> grants.move(bid.getId(), seen, BidStatus.WITHDRAWN, MoveRequest.none()))
                .isInstanceOf(ConcurrentChange.class);
    }

    @Test
    void practiceUserCannotSeeOrActOnAnotherPracticesBid() {
        GrantProgramme programme = newProgramme("100000");
        Practice other = openPractices().stream().filter(p -> !p.getOdsCode().equals("J81002")).findFirst().orElseThrow();
        as("team");
        GrantBid theirs = grants.create(other.getOdsCode(), programme.getId(), GrantTestData.form("Not yours", "4000"));
        theirs = grants.attach(theirs.getId(), AttachmentKind.QUOTE, "q.pdf", GrantTestData.PDF);
        long id = theirs.getId();
        long version = theirs.getVersion();
        long attachmentId = theirs.getAttachments().getFirst().getId();

        as("practice");
        assertThatThrownBy(() -> grants.bid(id)).isInstanceOf(NotFound.class).hasMessage("Grant bid not found");
        assertThatThrownBy(() -> grants.update(id, version, GrantTestData.form("Hijack", "1"))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> grants.move(id, version, BidStatus.SUBMITTED, MoveRequest.none())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> grants.move(id, version, BidStatus.WITHDRAWN, MoveRequest.none())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> grants.download(id, attachmentId)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> grants.fieldChanges(id)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> grants.attach(id, AttachmentKind.QUOTE, "q.pdf", GrantTestData.PDF)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> grants.create(other.getOdsCode(), programme.getId(), GrantTestData.form("For them", "1")))
                .isInstanceOf(NotFound.class);
        GrantFilter theirFilter = new GrantFilter(programme.getId(), null, other.getOdsCode(), null, null, null);
        assertThat(grants.count(theirFilter)).isZero();
        assertThat(grants.search(GrantFilter.all(), Pageable.ofSize(500)).getContent())
                .isNotEmpty()
                .allMatch(b -> b.practiceOdsCode().equals("J81002"));

        GrantBid mine = grants.create("J81002", programme.getId(), GrantTestData.form("Ours", "3000"));
        assertThat(grants.bid(mine.getId()).getTitle()).isEqualTo("Ours");
    }

    @Test
    void rolesAreCheckedAtTheService() {
        GrantProgramme programme = newProgramme("100000");
        Practice orchid = openPractices().stream().filter(p -> p.getOdsCode().equals("J81002")).findFirst().orElseThrow();
        GrantBid bid = underReview(programme, orchid, "Role check", "6000");

        as("team");
        GrantBid seen = bid;
        assertThatThrownBy(() -> grants.move(seen.getId(), seen.getVersion(), BidStatus.APPROVED, MoveRequest.none().with(BidStatus.APPROVED_GRANT, new BigDecimal("6000"))))
                .isInstanceOf(TransitionNotAllowed.class)
                .hasMessage("Your role may not move a record from under review to approved");
        as("practice");
        assertThatThrownBy(() -> grants.move(seen.getId(), seen.getVersion(), BidStatus.APPROVED, MoveRequest.none().with(BidStatus.APPROVED_GRANT, new BigDecimal("6000"))))
                .isInstanceOf(TransitionNotAllowed.class);
        as("admin");
        assertThatThrownBy(() -> grants.create("J81002", programme.getId(), GrantTestData.form("Admin draft", "1")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> grants.search(GrantFilter.all(), Pageable.ofSize(10))).isInstanceOf(AuthorizationDeniedException.class);
        as("manager");
        assertThatThrownBy(() -> grants.create("J81002", programme.getId(), GrantTestData.form("Manager draft", "1")))
                .isInstanceOf(AuthorizationDeniedException.class);
        as("team");
        assertThatThrownBy(() -> programmes.createProgramme(new ProgrammeForm("2099/00", null, null, true, GrantRules.DIRECTIONS_2024)))
                .isInstanceOf(AuthorizationDeniedException.class);
        as("manager");
        GrantBid approved = grants.move(seen.getId(), seen.getVersion(), BidStatus.APPROVED, MoveRequest.of("Panel").with(BidStatus.APPROVED_GRANT, new BigDecimal("6000")));
        assertThat(approved.getStatus()).isEqualTo(BidStatus.APPROVED);
        assertThat(approved.getHistory()).extracting(c -> c.getToStatus())
                .containsExactly("DRAFT", "SUBMITTED", "UNDER_REVIEW", "APPROVED");
        assertThat(approved.getHistory().getLast().getChangedBy()).isEqualTo("manager");
    }

    @Test
    void approvalIsAuditedFieldByField() {
        GrantProgramme programme = newProgramme("100000");
        Practice orchid = openPractices().stream().filter(p -> p.getOdsCode().equals("J81002")).findFirst().orElseThrow();
        GrantBid bid = underReview(programme, orchid, "Audited", "8000");
        grants.move(bid.getId(), bid.getVersion(), BidStatus.APPROVED, MoveRequest.none().with(BidStatus.APPROVED_GRANT, new BigDecimal("7500")));
        List<FieldChange> changes = grants.fieldChanges(bid.getId());
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("Approved grant");
            assertThat(c.from()).isEmpty();
            assertThat(c.to()).isEqualTo("£7,500");
            assertThat(c.by()).isEqualTo("estates");
        });
    }

    @Test
    void programmeWithoutBudgetApprovesNothingAndBudgetCannotDropBelowCommitted() {
        GrantProgramme programme = newProgramme(null);
        Practice orchid = openPractices().stream().filter(p -> p.getOdsCode().equals("J81002")).findFirst().orElseThrow();
        GrantBid bid = underReview(programme, orchid, "No budget yet", "8000");
        assertThatThrownBy(() -> grants.move(bid.getId(), bid.getVersion(), BidStatus.APPROVED, MoveRequest.none().with(BidStatus.APPROVED_GRANT, new BigDecimal("8000"))))
                .hasMessage("The " + programme.getName() + " programme has no confirmed budget yet, so no bid can be approved");
        as("manager");
        GrantProgramme funded = programmes.updateProgramme(programme.getId(), programme.getVersion(),
                new ProgrammeForm(programme.getName(), new BigDecimal("20000"), null, true, GrantRules.DIRECTIONS_2013));
        grants.move(bid.getId(), bid.getVersion(), BidStatus.APPROVED, MoveRequest.none().with(BidStatus.APPROVED_GRANT, new BigDecimal("8000")));
        assertThatThrownBy(() -> programmes.updateProgramme(programme.getId(), funded.getVersion(),
                new ProgrammeForm(programme.getName(), new BigDecimal("7999"), null, true, GrantRules.DIRECTIONS_2013)))
                .hasMessage("The budget cannot be less than the £8,000 already committed");
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        GrantProgramme programme = newProgramme("100000");
        as("team");
        GrantFilter mine = new GrantFilter(programme.getId(), null, null, null, null, null);
        BidForm longTitle = GrantTestData.form("x".repeat(10_000), "1000");
        assertThatThrownBy(() -> grants.create("J81002", programme.getId(), longTitle))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The scheme title is 10,000 characters long; keep it to 200 characters");
        BidForm negative = GrantTestData.form("Negative", "1000");
        negative.setEligibleCost(new BigDecimal("-100"));
        assertThatThrownBy(() -> grants.create("J81002", programme.getId(), negative)).hasMessage("The eligible cost must be more than £0");
        BidForm rate = GrantTestData.form("Rate", "1000");
        rate.setGrantRate(new BigDecimal("20"));
        assertThatThrownBy(() -> grants.create("J81002", programme.getId(), rate)).hasMessageContaining("between 33% and 66%");
        assertThat(grants.count(mine)).isZero();

        GrantBid bid = grants.create("J81002", programme.getId(), GrantTestData.form("<script>alert(1)</script>", "1000"));
        assertThat(grants.bid(bid.getId()).getTitle()).isEqualTo("<script>alert(1)</script>");

        byte[] big = new byte[(int) StoredFiles.MAX_BYTES + 1];
        System.arraycopy(GrantTestData.PDF, 0, big, 0, GrantTestData.PDF.length);
        assertThatThrownBy(() -> grants.attach(bid.getId(), AttachmentKind.QUOTE, "huge.pdf", big))
                .hasMessage("huge.pdf is 10.0 MB; files can be at most 10 MB");
        assertThatThrownBy(() -> grants.attach(bid.getId(), AttachmentKind.QUOTE, "virus.exe", GrantTestData.PDF))
                .hasMessage("virus.exe is not a file type the hub accepts: attach a PDF, Word, Excel, PowerPoint, PNG, JPEG or CSV");
        assertThatThrownBy(() -> grants.attach(bid.getId(), AttachmentKind.QUOTE, "fake.pdf", new byte[] {'M', 'Z', 0, 1}))
                .hasMessageStartingWith("fake.pdf does not contain what its name says (.pdf)");
        assertThat(grants.bid(bid.getId()).getAttachments()).isEmpty();

        GrantBid attached = grants.attach(bid.getId(), AttachmentKind.QUOTE, "../../etc/quote.pdf", GrantTestData.PDF);
        GrantAttachment file = attached.getAttachments().getFirst();
        assertThat(file.getFile().getFileName()).isEqualTo("quote.pdf");
        assertThat(file.getFile().getStoredName()).doesNotContain("/").doesNotContain("quote").endsWith(".pdf");
        StoredFile download = grants.download(bid.getId(), file.getId());
        try (var in = download.content()) {
            assertThat(in.readAllBytes()).isEqualTo(GrantTestData.PDF);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void demoProgrammesLookAsThePapersDescribe() {
        as("manager");
        List<GrantProgramme> all = programmes.programmes();
        GrantProgramme y2016 = all.stream().filter(p -> p.getName().equals("2016/17")).findFirst().orElseThrow();
        GrantProgramme y2017 = all.stream().filter(p -> p.getName().equals("2017/18")).findFirst().orElseThrow();
        GrantProgramme y2018 = all.stream().filter(p -> p.getName().equals("2018/19")).findFirst().orElseThrow();

        ProgrammeSummary s2016 = programmes.summary(y2016.getId());
        assertThat(s2016.paid()).isEqualByComparingTo(s2016.budget());

        ProgrammeSummary s2017 = programmes.summary(y2017.getId());
        assertThat(s2017.budget()).isEqualByComparingTo("691000");
        // 32 schemes spent as profiled (about £660,000) and two that slipped: about £31K unspent.
        assertThat(s2017.approvedSchemes()).isEqualTo(34);
        assertThat(s2017.evidenced()).isEqualByComparingTo("660000");
        assertThat(s2017.slipped()).isEqualByComparingTo("21000");
        assertThat(s2017.forecastUnderspend()).isEqualByComparingTo("31000");
        assertThat(s2017.paid()).isLessThan(s2017.evidenced());
        assertThat(y2017.getSpendDeadline()).isEqualTo(LocalDate.of(2018, 3, 31));

        assertThat(y2018.getBudget()).isNull();
        assertThat(y2018.isOpenForBids()).isTrue();
        assertThat(grants.count(new GrantFilter(y2018.getId(), null, "J81002", null, null, null))).isGreaterThanOrEqualTo(2);
        as("practice");
        assertThat(grants.count(new GrantFilter(y2018.getId(), null, null, null, null, null))).isGreaterThanOrEqualTo(2);
    }

    @Test
    void exportStreamsExactlyTheFilteredRowsAndTotalsMatch() throws Exception {
        as("manager");
        GrantProgramme y2017 = programmes.programmes().stream().filter(p -> p.getName().equals("2017/18")).findFirst().orElseThrow();
        GrantFilter filter = new GrantFilter(y2017.getId(), BidStatus.WORKS_IN_PROGRESS, null, null, DeadlineState.SLIPPED, null);
        List<BidRow> exported = grants.export(filter, org.springframework.data.domain.Sort.by("title")).toList();
        assertThat(exported).hasSize((int) grants.count(filter)).hasSize(2)
                .allMatch(b -> b.status() == BidStatus.WORKS_IN_PROGRESS && b.programmeId() == y2017.getId());
        var out = new java.io.ByteArrayOutputStream();
        int rows = uk.nhs.dorset.primarycare.base.ui.XlsxExport.write(out, "Grant bids",
                List.of(uk.nhs.dorset.primarycare.base.ui.XlsxExport.Column.<BidRow>text("Scheme", BidRow::title)),
                grants.export(filter, org.springframework.data.domain.Sort.by("title")));
        assertThat(rows).isEqualTo(2);
        GridTotals totals = grants.totals(filter);
        assertThat(totals.count()).isEqualTo(2);
        assertThat(totals.approved()).isEqualByComparingTo(exported.stream().map(BidRow::approvedGrant)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        as("practice");
        assertThat(grants.export(GrantFilter.all(), org.springframework.data.domain.Sort.unsorted()))
                .allMatch(b -> b.practiceOdsCode().equals("J81002"));
    }
}
