package uk.nhs.dorset.primarycare.mergers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.base.ConcurrentChange;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.HeldClock;
import uk.nhs.dorset.primarycare.base.audit.FieldChange;
import uk.nhs.dorset.primarycare.base.files.StoredFile;
import uk.nhs.dorset.primarycare.base.files.StoredFiles;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.practice.PracticeStatus;
import uk.nhs.dorset.primarycare.testing.SignIn;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;

/** Merger cases on MariaDB: completion and the practice records, concurrency and roles. */
@IntegrationTest
class MergerServiceIT {

    @Autowired
    MergerService mergers;
    @Autowired
    PracticeService practices;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationClock clock;
    @Value("${hub.files.dir}")
    String filesDir;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private void signIn(String user) {
        SignIn.as(users, user);
    }

    private MergerCase as(String user, java.util.function.Supplier<MergerCase> action) {
        signIn(user);
        return action.get();
    }

    /** Takes a new case through to approval: team up to the application, manager approves. */
    private MergerCase approved(MergerDetails details) {
        MergerCase c = as("team", () -> mergers.create(details));
        c = mergers.update(c.getId(), c.getVersion(), MergerTestCases.readyForApplication(c));
        for (MergerStatus s : List.of(MergerStatus.ADVISORY_REVIEW, MergerStatus.SUPPORT_AGREED, MergerStatus.DUE_DILIGENCE, MergerStatus.APPLICATION)) {
            c = mergers.move(c.getId(), c.getVersion(), s, MoveRequest.none());
        }
        MergerCase atApplication = c;
        return as("manager", () -> mergers.move(atApplication.getId(), atApplication.getVersion(), MergerStatus.APPROVED, MoveRequest.of("Committee approved")));
    }

    @Test
    void completionMergesTheAbsorbedPracticeIntoTheContinuingOne() {
        MergerCase c = approved(MergerTestCases.details("IT completion Carlisle House into Evergreen Oak", "J81052", 6300, "J81086", 7000));
        signIn("team");
        MergerCase completed = HeldClock.on(clock, c.getProposedMergerDate(),
                () -> mergers.move(c.getId(), c.getVersion(), MergerStatus.COMPLETED, MoveRequest.of("Lists merged")));
        Map<String, List<String>> openWork = mergers.openWorkOfAbsorbedPractices(c.getId());

        assertThat(completed.getStatus()).isEqualTo(MergerStatus.COMPLETED);
        assertThat(completed.getMergerDate()).isEqualTo(c.getProposedMergerDate());
        // Every feature reports its open work; other tests may leave grant bids for this practice too.
        assertThat(openWork).containsOnlyKeys("J81052 Carlisle House Surgery");
        assertThat(openWork.get("J81052 Carlisle House Surgery")).contains(OpenWorkReportedInTests.ITEM);
        assertThat(openWork.values()).anyMatch(items -> !items.isEmpty());
        Practice absorbed = practices.get("J81052");
        Practice continuing = practices.get("J81086");
        assertThat(absorbed.getStatus()).isEqualTo(PracticeStatus.MERGED);
        assertThat(absorbed.getMergedInto()).isEqualTo(continuing);
        assertThat(absorbed.getCloseDate()).isEqualTo(c.getProposedMergerDate());
        assertThat(continuing.getListSize()).isEqualTo(13300);
        assertThat(continuing.isOpen()).isTrue();
        assertThat(mergers.get(c.getId()).getHistory()).extracting(h -> h.getToStatus()).endsWith("APPROVED", "COMPLETED");
    }

    @Test
    void completionBeforeTheMergerDateIsRefusedAndOnTheDateWritesTheContractTypesToThePractices() {
        MergerDetails details = MergerTestCases.details("IT early completion James Fisher into Royal Manor", "J81047", 5100, "J81009", 8800);
        details.setParties(List.of(new MergerParty("J81047", "", uk.nhs.dorset.primarycare.practice.ContractType.PMS, 5100, false),
                new MergerParty("J81009", "", uk.nhs.dorset.primarycare.practice.ContractType.GMS, 8800, true)));
        MergerCase c = approved(details);
        java.time.LocalDate date = c.getProposedMergerDate();

        signIn("team");
        assertThatThrownBy(() -> mergers.move(c.getId(), c.getVersion(), MergerStatus.COMPLETED, MoveRequest.of("Early")))
                .isInstanceOf(TransitionNotAllowed.class)
                .hasMessage("The merger cannot be completed before its merger date: it completes on " + Formats.date(date));
        assertThat(practices.get("J81047").isOpen()).isTrue();
        assertThat(mergers.get(c.getId()).getStatus()).isEqualTo(MergerStatus.APPROVED);

        HeldClock.on(clock, date, () -> mergers.move(c.getId(), c.getVersion(), MergerStatus.COMPLETED, MoveRequest.of("Lists merged")));
        assertThat(practices.get("J81047").getStatus()).isEqualTo(PracticeStatus.MERGED);
        assertThat(practices.get("J81047").getContractType()).isEqualTo(uk.nhs.dorset.primarycare.practice.ContractType.PMS);
        assertThat(practices.get("J81009").getContractType()).isEqualTo(uk.nhs.dorset.primarycare.practice.ContractType.GMS);
    }

    @Test
    void completionFailingPartWayChangesNothing() {
        MergerDetails details = MergerTestCases.details("IT atomic Canford Heath and another into Birchwood", "J81013", 12000, "J81087", 9500);
        details.setParties(List.of(details.getParties().get(0), details.getParties().get(1),
                new MergerParty("J81027", "", uk.nhs.dorset.primarycare.practice.ContractType.GMS, 19000, false)));
        MergerCase c = approved(details);
        // The second absorbed practice turns out to be closed when the merger is recorded.
        jdbc.update("update merger_case_practice set ods_code = 'J81640', practice_name = 'Village Medical Practice' "
                + "where merger_case_id = ? and ods_code = 'J81027'", c.getId());
        assertThat(practices.get("J81640").getStatus()).isEqualTo(PracticeStatus.CLOSED);
        Integer birchwoodBefore = practices.get("J81087").getListSize();
        Integer canfordBefore = practices.get("J81013").getListSize();

        signIn("team");
        assertThatThrownBy(() -> HeldClock.on(clock, c.getProposedMergerDate(),
                () -> mergers.move(c.getId(), c.getVersion(), MergerStatus.COMPLETED, MoveRequest.none())))
                .isInstanceOf(TransitionNotAllowed.class)
                .hasMessageContaining("J81640 Village Medical Practice")
                .hasMessageContaining("Nothing was changed");

        Practice canford = practices.get("J81013");
        assertThat(canford.getStatus()).isEqualTo(PracticeStatus.OPEN);
        assertThat(canford.getMergedInto()).isNull();
        assertThat(canford.getListSize()).isEqualTo(canfordBefore);
        assertThat(practices.get("J81087").getListSize()).isEqualTo(birchwoodBefore);
        MergerCase after = mergers.get(c.getId());
        assertThat(after.getStatus()).isEqualTo(MergerStatus.APPROVED);
        assertThat(after.getVersion()).isEqualTo(c.getVersion());
        assertThat(after.getMergerDate()).isNull();
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefused() {
        MergerCase seenByBoth = as("team", () -> mergers.create(MergerTestCases.details("IT concurrency Wessex Road and Lilliput", "J81048", 6900, "J81054", 10200)));
        MergerDetails first = MergerDetails.of(seenByBoth);
        first.setCaseNotes("First user's note");
        mergers.update(seenByBoth.getId(), seenByBoth.getVersion(), first);

        MergerDetails second = MergerDetails.of(seenByBoth);
        second.setCaseNotes("Second user's note");
        assertThatThrownBy(() -> mergers.update(seenByBoth.getId(), seenByBoth.getVersion(), second))
                .isInstanceOf(ConcurrentChange.class)
                .hasMessage("Someone else changed this case; reload to see their change");
        assertThatThrownBy(() -> mergers.move(seenByBoth.getId(), seenByBoth.getVersion(), MergerStatus.ADVISORY_REVIEW, MoveRequest.none()))
                .isInstanceOf(ConcurrentChange.class);
        MergerCase now = mergers.get(seenByBoth.getId());
        assertThat(now.getCaseNotes()).isEqualTo("First user's note");
        assertThat(now.getStatus()).isEqualTo(MergerStatus.ENQUIRY);
    }

    @Test
    void aPracticeCanBeInOnlyOneOpenCase() {
        signIn("team");
        MergerCase westMoors = mergers.list(MergerFilter.none()).stream()
                .filter(c -> c.getTitle().equals("West Moors options appraisal")).findFirst().orElseThrow();
        assertThatThrownBy(() -> mergers.create(MergerTestCases.details("IT second case for West Moors", "J81022", 5875, "J81030", 8123)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("J81022 West Moors Group Practice is already in open merger case #" + westMoors.getId()
                        + " \"West Moors options appraisal\"");
    }

    @Test
    void closedPracticesCannotJoinACase() {
        signIn("team");
        assertThatThrownBy(() -> mergers.create(MergerTestCases.details("IT closed practice", "J81640", 3000, "J81030", 8123)))
                .hasMessageContaining("is closed and cannot be part of a merger");
    }

    @Test
    void rolesAtTheService() {
        signIn("estates");
        MergerCase c = mergers.create(MergerTestCases.details("IT roles Poole Road and Denmark Road", "J81004", 9900, "J81625", 10200));
        c = mergers.update(c.getId(), c.getVersion(), MergerTestCases.readyForApplication(c));
        for (MergerStatus s : List.of(MergerStatus.ADVISORY_REVIEW, MergerStatus.SUPPORT_AGREED, MergerStatus.DUE_DILIGENCE, MergerStatus.APPLICATION)) {
            c = mergers.move(c.getId(), c.getVersion(), s, MoveRequest.none());
        }
        MergerCase atApplication = c;
        assertThatThrownBy(() -> mergers.move(atApplication.getId(), atApplication.getVersion(), MergerStatus.APPROVED, MoveRequest.none()))
                .isInstanceOf(TransitionNotAllowed.class).hasMessageContaining("Your role may not");

        signIn("team");
        assertThatThrownBy(() -> mergers.move(atApplication.getId(), atApplication.getVersion(), MergerStatus.APPROVED, MoveRequest.none()))
                .isInstanceOf(TransitionNotAllowed.class).hasMessageContaining("Your role may not");
        assertThat(mergers.get(atApplication.getId()).getStatus()).isEqualTo(MergerStatus.APPLICATION);

        signIn("manager");
        assertThatThrownBy(() -> mergers.create(MergerTestCases.details("IT manager create", "J81004", 1, "J81625", 1)))
                .isInstanceOf(AccessDeniedException.class);
        MergerCase approved = mergers.move(atApplication.getId(), atApplication.getVersion(), MergerStatus.APPROVED, MoveRequest.none());

        signIn("estates");
        assertThatThrownBy(() -> mergers.move(approved.getId(), approved.getVersion(), MergerStatus.COMPLETED, MoveRequest.none()))
                .isInstanceOf(TransitionNotAllowed.class).hasMessageContaining("Your role may not");
        assertThat(practices.get("J81004").isOpen()).isTrue();
        mergers.move(approved.getId(), approved.getVersion(), MergerStatus.WITHDRAWN, MoveRequest.of("Test finished"));

        signIn("practice");
        assertThatThrownBy(() -> mergers.get(approved.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mergers.list(MergerFilter.none())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mergers.create(MergerTestCases.details("IT practice create", "J81004", 1, "J81625", 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mergers.move(approved.getId(), 0, MergerStatus.WITHDRAWN, MoveRequest.of("x"))).isInstanceOf(AccessDeniedException.class);

        signIn("admin");
        assertThatThrownBy(() -> mergers.list(MergerFilter.none())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void demoDataHasTheCaseStudyCompletedOnThePracticeRecords() {
        signIn("manager");
        MergerCase study = mergers.list(new MergerFilter(MergerStatus.COMPLETED, "Purbeck", MergerReason.RESILIENCE, FundingSource.NHSE_GPRP))
                .stream().filter(c -> c.getTitle().startsWith("Resilience case study")).findFirst().orElseThrow();
        assertThat(study.absorbed()).singleElement().satisfies(p -> assertThat(p.getListSize()).isEqualTo(3500));
        Practice absorbed = practices.get(study.absorbed().getFirst().getOdsCode());
        assertThat(absorbed.getStatus()).isEqualTo(PracticeStatus.MERGED);
        assertThat(absorbed.getMergedInto().getOdsCode()).isEqualTo(study.continuing().getOdsCode());
        // Loaded on the papers' dates: completed on 02/10/2017, the day after its merger date.
        assertThat(study.getMergerDate()).isEqualTo(java.time.LocalDate.of(2017, 10, 1));
        assertThat(absorbed.getContractType()).isEqualTo(study.absorbed().getFirst().getContractType());
        assertThat(practices.get(study.continuing().getOdsCode()).getContractType()).isEqualTo(study.continuing().getContractType());
        assertThat(practices.get(study.continuing().getOdsCode()).getListSize()).isEqualTo(study.getCombinedListSize());
        assertThat(mergers.count(new MergerFilter(MergerStatus.ADVISORY_REVIEW, "East Dorset", null, null))).isGreaterThanOrEqualTo(1);
        MergerTotals all = mergers.totals(MergerFilter.none());
        assertThat(all.cases()).isGreaterThanOrEqualTo(9);
        assertThat(all.resilienceFunding()).isGreaterThanOrEqualTo(new java.math.BigDecimal("110000"));
    }

    @Test
    void casePapersAreAttachedDownloadedAndRefusedWhenNotAcceptable() throws Exception {
        signIn("team");
        MergerCase westMoors = mergers.list(MergerFilter.none()).stream()
                .filter(c -> c.getTitle().equals("West Moors options appraisal")).findFirst().orElseThrow();
        long caseId = westMoors.getId();
        byte[] pdf = "%PDF-1.4\n%options appraisal\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        long rowsBefore = attachmentRows();
        long filesBefore = storedFiles();

        byte[] big = new byte[(int) StoredFiles.MAX_BYTES + 1];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        assertThatThrownBy(() -> mergers.attach(caseId, MergerAttachmentKind.OPTIONS_APPRAISAL, "appraisal.pdf", big))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("appraisal.pdf is 10.0 MB; files can be at most 10 MB");
        assertThatThrownBy(() -> mergers.attach(caseId, MergerAttachmentKind.LETTER, "letter.exe", pdf))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("letter.exe is not a file type the hub accepts: attach a PDF, Word, Excel, PowerPoint, PNG, JPEG or CSV");
        assertThatThrownBy(() -> mergers.attach(caseId, MergerAttachmentKind.LETTER, "letter.docx", pdf))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("letter.docx does not contain what its name says (.docx)");
        assertThat(attachmentRows()).isEqualTo(rowsBefore);
        assertThat(storedFiles()).isEqualTo(filesBefore);
        assertThat(mergers.get(caseId).getAttachments()).noneMatch(a -> a.getFile().getFileName().startsWith("letter"));

        MergerCase attached = mergers.attach(caseId, MergerAttachmentKind.OPTIONS_APPRAISAL, "C:\\papers\\..\\West Moors appraisal.pdf", pdf);
        MergerAttachment paper = attached.getAttachments().getLast();
        assertThat(paper.getFile().getFileName()).isEqualTo("West Moors appraisal.pdf");
        assertThat(paper.getKind()).isEqualTo(MergerAttachmentKind.OPTIONS_APPRAISAL);
        assertThat(paper.getFile().getStoredName()).doesNotContain("West").endsWith(".pdf");
        assertThat(paper.getFile().getSizeBytes()).isEqualTo(pdf.length);
        assertThat(paper.getFile().getUploadedBy()).isEqualTo("team");
        assertThat(paper.getFile().getContentType()).isEqualTo("application/pdf");
        assertThat(attached.getVersion()).isEqualTo(westMoors.getVersion());
        assertThat(attachmentRows()).isEqualTo(rowsBefore + 1);

        signIn("manager");
        StoredFile download = mergers.download(caseId, paper.getId());
        assertThat(download.fileName()).isEqualTo("West Moors appraisal.pdf");
        try (var in = download.content()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }

        signIn("practice");
        assertThatThrownBy(() -> mergers.attach(caseId, MergerAttachmentKind.LETTER, "letter.pdf", pdf))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mergers.download(caseId, paper.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(attachmentRows()).isEqualTo(rowsBefore + 1);
    }

    @Test
    void editsAreAuditedFieldByFieldWithThePracticesAndActionPlan() {
        MergerCase c = as("team", () -> mergers.create(MergerTestCases.details("IT audit field changes", "J81014", 9900, "J81016", 10200)));
        MergerDetails more = MergerDetails.of(c);
        more.setFundingAmount(new java.math.BigDecimal("30000"));
        List<ActionPlanItem> actions = new java.util.ArrayList<>(more.getActions());
        actions.set(0, new ActionPlanItem(ActionArea.DIAGNOSTIC_AND_IMPROVEMENT, "Clinical lead", null, ActionStatus.IN_PROGRESS, null));
        more.setActions(actions);
        signIn("estates");
        MergerCase edited = mergers.update(c.getId(), c.getVersion(), more);
        MergerDetails bigger = MergerDetails.of(edited);
        bigger.setParties(List.of(new MergerParty("J81014", "", uk.nhs.dorset.primarycare.practice.ContractType.GMS, 9950, false),
                bigger.getParties().get(1)));
        mergers.update(edited.getId(), edited.getVersion(), bigger);

        signIn("manager");
        List<FieldChange> changes = mergers.fieldChanges(c.getId());
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("Resilience funding");
            assertThat(change.from()).isEqualTo("£25,000");
            assertThat(change.to()).isEqualTo("£30,000");
            assertThat(change.by()).isEqualTo("estates");
        });
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("Action plan: " + ActionArea.DIAGNOSTIC_AND_IMPROVEMENT.label());
            assertThat(change.from()).isEqualTo("Not started");
            assertThat(change.to()).isEqualTo("In progress, Clinical lead");
            assertThat(change.by()).isEqualTo("estates");
        });
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("Practices");
            assertThat(change.from()).contains("J81014 ").contains("9,900 patients");
            assertThat(change.to()).contains("9,950 patients");
        });
        assertThat(changes).noneMatch(change -> change.field().startsWith("Action plan: ") && !change.field().endsWith(ActionArea.DIAGNOSTIC_AND_IMPROVEMENT.label()));
        assertThat(changes).noneMatch(change -> change.field().equals("Case notes"));

        signIn("practice");
        assertThatThrownBy(() -> mergers.fieldChanges(c.getId())).isInstanceOf(AccessDeniedException.class);
    }

    private long attachmentRows() {
        Long n = jdbc.queryForObject("select count(*) from merger_attachment", Long.class);
        return n == null ? 0 : n;
    }

    private long storedFiles() throws java.io.IOException {
        Path dir = Path.of(filesDir).toAbsolutePath().normalize().resolve("mergers");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var list = Files.list(dir)) {
            return list.count();
        }
    }
}
