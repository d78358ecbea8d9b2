package uk.nhs.dorset.primarycare.estates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dorset.primarycare.base.ConcurrentChange;
import uk.nhs.dorset.primarycare.base.audit.FieldChange;
import uk.nhs.dorset.primarycare.base.files.StoredFile;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SignIn;

@IntegrationTest
class EttfServiceIT {

    @Autowired
    EttfService service;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${hub.files.dir}")
    String filesDir;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private EttfProject newProject(String name, BigDecimal capital, Rag rag) {
        SignIn.as(users, "team");
        return service.create(new ProjectDetails(name, ProjectType.EXTENSION, LeadOrganisation.PRACTICE, "Test practice",
                null, List.of("J81002"), capital, capital, new BigDecimal("12000"), "Practice", null, rag,
                rag == Rag.RED ? "Test reason" : null, null, null));
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void twoEstatesLeadsMovingTheSameProjectAtOnceOneWinsTheOtherIsToldToReload() throws Exception {
        EttfProject project = newProject(unique("Race"), new BigDecimal("100000"), Rag.GREEN);
        long id = project.getId();
        long version = project.getVersion();
        CountDownLatch start = new CountDownLatch(1);
        Callable<Object> lead = () -> {
            SignIn.as(users, "estates");
            try {
                start.await();
                return service.move(id, version, ProjectStage.PID_SUBMITTED, MoveRequest.of("Submitting the PID"));
            } catch (RuntimeException e) {
                return e;
            } finally {
                SignIn.out();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> results = new ArrayList<>(List.of(pool.submit(lead), pool.submit(lead)));
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : results) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(outcomes).filteredOn(o -> o instanceof EttfProject).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o instanceof ConcurrentChange).hasSize(1)
                    .first().extracting(o -> ((Exception) o).getMessage())
                    .isEqualTo("Someone else changed this project; reload to see their change");
        } finally {
            pool.shutdownNow();
        }
        SignIn.as(users, "estates");
        EttfProject after = service.get(id);
        assertThat(after.getStage()).isEqualTo(ProjectStage.PID_SUBMITTED);
        assertThat(after.getHistory()).hasSize(2);
        assertThat(after.getStageRecords()).extracting(StageRecord::getStage)
                .containsExactly(ProjectStage.FEASIBILITY, ProjectStage.PID_SUBMITTED);
    }

    @Test
    void aStaleVersionIsRefusedWithTheConflictMessage() {
        EttfProject project = newProject(unique("Stale"), BigDecimal.TEN, Rag.GREEN);
        SignIn.as(users, "estates");
        service.move(project.getId(), project.getVersion(), ProjectStage.PID_SUBMITTED, MoveRequest.none());
        assertThatThrownBy(() -> service.move(project.getId(), project.getVersion(), ProjectStage.CLOSED, MoveRequest.of("old screen")))
                .isInstanceOf(ConcurrentChange.class)
                .hasMessage("Someone else changed this project; reload to see their change");
    }

    @Test
    void stageRecordsArePersistedInTheOrderTheyHappenedRevisedPidIncluded() {
        EttfProject p = newProject(unique("Ordered"), BigDecimal.ONE, Rag.GREEN);
        SignIn.as(users, "estates");
        ProjectStage[] route = {ProjectStage.PID_SUBMITTED, ProjectStage.PID_APPROVED, ProjectStage.OBC_IN_DEVELOPMENT,
                ProjectStage.PID_SUBMITTED, ProjectStage.PID_APPROVED, ProjectStage.COMBINED_CASE_SUBMITTED,
                ProjectStage.NHSE_PANEL};
        for (ProjectStage to : route) {
            p = service.move(p.getId(), p.getVersion(), to, MoveRequest.of(to == ProjectStage.PID_SUBMITTED ? "Scope changed" : null));
        }
        SignIn.as(users, "manager");
        p = service.move(p.getId(), p.getVersion(), ProjectStage.APPROVED, MoveRequest.of("Approved at panel"));

        List<String> stored = jdbc.queryForList(
                "select stage from ettf_stage_record where project_id = ? order by seq", String.class, p.getId());
        assertThat(stored).containsExactly("FEASIBILITY", "PID_SUBMITTED", "PID_APPROVED", "OBC_IN_DEVELOPMENT",
                "PID_SUBMITTED", "PID_APPROVED", "COMBINED_CASE_SUBMITTED", "NHSE_PANEL", "APPROVED");
        assertThat(service.get(p.getId()).getStageRecords()).extracting(r -> r.getStage().name()).isEqualTo(stored);
        assertThat(jdbc.queryForObject("select decided_by from ettf_stage_record where project_id = ? and stage = 'NHSE_PANEL'",
                String.class, p.getId())).isEqualTo("manager");
        assertThat(jdbc.queryForList("select to_status from ettf_project_status_change where ettf_project_id = ? order by seq",
                String.class, p.getId())).hasSize(9).endsWith("APPROVED");
    }

    @Test
    void whoeverSentTheCaseToThePanelIsRefusedItsApprovalAnotherEstatesLeadRecordsIt() {
        EttfProject p = newProject(unique("Four eyes"), new BigDecimal("2500000"), Rag.GREEN);
        SignIn.as(users, "estates");
        for (ProjectStage to : List.of(ProjectStage.PID_SUBMITTED, ProjectStage.PID_APPROVED, ProjectStage.COMBINED_CASE_SUBMITTED,
                ProjectStage.NHSE_PANEL)) {
            p = service.move(p.getId(), p.getVersion(), to, MoveRequest.of("Recommended"));
        }
        EttfProject atPanel = p;
        assertThatThrownBy(() -> service.move(atPanel.getId(), atPanel.getVersion(), ProjectStage.APPROVED, MoveRequest.of("Approved at panel")))
                .isInstanceOf(TransitionNotAllowed.class)
                .hasMessage("You sent this project to the NHS England panel, so another estates lead or a manager must record the panel's approval");
        assertThat(service.get(atPanel.getId()).getStage()).isEqualTo(ProjectStage.NHSE_PANEL);

        SignIn.as(users, "estates2");
        EttfProject approved = service.move(atPanel.getId(), atPanel.getVersion(), ProjectStage.APPROVED, MoveRequest.of("Approved at panel"));
        assertThat(approved.getStage()).isEqualTo(ProjectStage.APPROVED);
        assertThat(jdbc.queryForList("select concat(to_status, ' by ', changed_by) from ettf_project_status_change "
                + "where ettf_project_id = ? order by seq", String.class, approved.getId()))
                .endsWith("NHSE_PANEL by estates", "APPROVED by estates2");
    }

    @Test
    void teamEditsAndLogsIssuesButCannotMoveManagerOnlyRecordsPanelDecisions() {
        EttfProject p = newProject(unique("Roles"), new BigDecimal("5000"), Rag.GREEN);
        SignIn.as(users, "team");
        long id = p.getId();
        long version = p.getVersion();
        assertThatThrownBy(() -> service.move(id, version, ProjectStage.PID_SUBMITTED, MoveRequest.none()))
                .isInstanceOf(AccessDeniedException.class);
        p = service.logIssue(id, version, "Landlord consent awaited", "Estates lead");
        assertThat(p.getIssues()).extracting(ProjectIssue::getDescription).containsExactly("Landlord consent awaited");
        p = service.setIssueOpen(id, p.getVersion(), p.getIssues().getFirst().getId(), false);
        assertThat(p.getIssues().getFirst().isOpen()).isFalse();

        SignIn.as(users, "manager");
        long v = p.getVersion();
        assertThatThrownBy(() -> service.move(id, v, ProjectStage.PID_SUBMITTED, MoveRequest.none()))
                .isInstanceOf(TransitionNotAllowed.class).hasMessageContaining("Your role may not");
        assertThatThrownBy(() -> service.logIssue(id, v, "x", null)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.get(id).getName()).startsWith("Roles");
    }

    @Test
    void practiceManagersHaveNoAccessToEstatesAtAll() {
        EttfProject p = newProject(unique("Hidden"), BigDecimal.ONE, Rag.GREEN);
        SignIn.as(users, "practice");
        assertThatThrownBy(() -> service.get(p.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.search(EttfFilter.all(), PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.list(EttfFilter.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.totalCapital(EttfFilter.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.move(p.getId(), p.getVersion(), ProjectStage.PID_SUBMITTED, MoveRequest.none()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(ProjectDetails.of(p))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void filtersAndCapitalTotalsCoverExactlyWhatIsSelected() {
        String tag = unique("Filter");
        EttfProject red = newProject(tag + " red", new BigDecimal("250000"), Rag.RED);
        EttfProject green = newProject(tag + " green", new BigDecimal("1000000.50"), Rag.GREEN);
        SignIn.as(users, "estates");
        green = service.planStage(green.getId(), green.getVersion(), ProjectStage.PID_SUBMITTED, LocalDate.of(2001, 1, 1));
        service.move(red.getId(), red.getVersion(), ProjectStage.ON_HOLD, MoveRequest.of("Capital to be secured"));

        EttfFilter byText = new EttfFilter(tag, null, null, null, null, null, false);
        assertThat(service.count(byText)).isEqualTo(2);
        assertThat(service.totalCapital(byText)).isEqualByComparingTo("1250000.50");
        EttfFilter redOnly = new EttfFilter(tag, null, Rag.RED, null, LeadOrganisation.PRACTICE, null, false);
        assertThat(service.list(redOnly)).extracting(EttfProject::getName).containsExactly(tag + " red");
        assertThat(service.totalCapital(redOnly)).isEqualByComparingTo("250000");
        assertThat(service.list(new EttfFilter(tag, null, null, null, null, EttfFilter.Activity.ON_HOLD, false)))
                .extracting(EttfProject::getName).containsExactly(tag + " red");
        assertThat(service.list(new EttfFilter(tag, null, null, null, null, EttfFilter.Activity.ACTIVE, false)))
                .extracting(EttfProject::getName).containsExactly(tag + " green");
        assertThat(service.list(new EttfFilter(tag, null, null, null, null, null, true)))
                .extracting(EttfProject::getName).containsExactly(tag + " green");
        assertThat(service.get(green.getId()).isOverdue(service.today())).isTrue();
        assertThat(service.list(new EttfFilter(tag, ProjectStage.ON_HOLD, null, null, null, null, false))).hasSize(1);
        assertThat(service.count(new EttfFilter(tag, null, null, null, LeadOrganisation.NHS_TRUST, null, false))).isZero();
        long purbeck = service.localities().stream().filter(l -> l.getName().equals("Purbeck")).findFirst().orElseThrow().getId();
        assertThat(service.count(new EttfFilter(tag, null, null, purbeck, null, null, false))).isZero();
    }

    @Test
    void badDetailsAreRefusedAndNothingIsSaved() {
        String name = unique("Bad");
        SignIn.as(users, "team");
        assertThatThrownBy(() -> service.create(new ProjectDetails(name, ProjectType.EXTENSION, LeadOrganisation.CCG, null,
                null, List.of(), new BigDecimal("-5"), null, null, null, null, Rag.GREEN, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Capital value");
        assertThatThrownBy(() -> service.create(new ProjectDetails(name, ProjectType.EXTENSION, LeadOrganisation.CCG, null,
                null, List.of(), null, null, null, null, null, Rag.RED, null, null, null)))
                .hasMessage("A red RAG status needs a reason");
        assertThat(service.count(new EttfFilter(name, null, null, null, null, null, false))).isZero();
    }

    @Test
    void documentsAreStoredWithinTheTypeAndSizeLimits() throws Exception {
        EttfProject p = newProject(unique("Docs"), BigDecimal.ONE, Rag.GREEN);
        byte[] pdf = "%PDF-1.4 test".getBytes();
        p = service.attach(p.getId(), p.getVersion(), DocumentKind.PID, "../../PID v2.pdf", pdf);
        ProjectDocument doc = p.getDocuments().getFirst();
        assertThat(doc.getFile().getFileName()).isEqualTo("PID v2.pdf");
        assertThat(doc.getFile().getContentType()).isEqualTo("application/pdf");
        assertThat(doc.getFile().getSizeBytes()).isEqualTo(pdf.length);
        assertThat(doc.getFile().getUploadedBy()).isEqualTo("team");
        assertThat(doc.getFile().getStoredName()).doesNotContain("/").doesNotContain("PID").endsWith(".pdf");
        assertThat(estatesFiles()).contains(doc.getFile().getStoredName());
        StoredFile download = service.download(p.getId(), doc.getId());
        assertThat(download.fileName()).isEqualTo("PID v2.pdf");
        try (var in = download.content()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        long id = p.getId();
        long v = p.getVersion();
        assertThatThrownBy(() -> service.attach(id, v, DocumentKind.OBC, "run.exe", pdf))
                .hasMessage("run.exe is not a file type the hub accepts: attach a PDF, Word, Excel, PowerPoint, PNG, JPEG or CSV");
        byte[] big = new byte[(int) EttfService.MAX_DOCUMENT_BYTES + 1];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        assertThatThrownBy(() -> service.attach(id, v, DocumentKind.OBC, "big.pdf", big)).hasMessageContaining("20 MB");
    }

    @Test
    void aRenamedExecutableAndAnUploadOverSomeoneElsesChangeAreRefusedAndLeaveNoFile() throws Exception {
        EttfProject p = newProject(unique("Files"), BigDecimal.ONE, Rag.GREEN);
        long id = p.getId();
        long seen = p.getVersion();
        long current = service.attach(id, seen, DocumentKind.PID, "PID.pdf", "%PDF-1.4 first".getBytes()).getVersion();
        List<String> before = estatesFiles();

        assertThatThrownBy(() -> service.attach(id, current, DocumentKind.OBC, "OBC.pdf",
                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("OBC.pdf does not contain what its name says (.pdf); attach a genuine PDF, Word, Excel, PowerPoint, PNG, JPEG or CSV");
        assertThatThrownBy(() -> service.attach(id, seen, DocumentKind.OBC, "OBC.pdf", "%PDF-1.4 late".getBytes()))
                .isInstanceOf(ConcurrentChange.class)
                .hasMessage("Someone else changed this project; reload to see their change");

        assertThat(estatesFiles()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(service.get(id).getDocuments()).extracting(d -> d.getFile().getFileName()).containsExactly("PID.pdf");
    }

    /** The stored files in the estates folder under the configured files directory. */
    private List<String> estatesFiles() throws java.io.IOException {
        Path folder = Path.of(filesDir, EttfService.FILES_FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var listing = Files.list(folder)) {
            return listing.map(f -> f.getFileName().toString()).toList();
        }
    }

    @Test
    void aChangedCapitalValueAndAReplannedStageShowOldAndNewValuesAndWho() {
        EttfProject p = newProject(unique("Audit"), new BigDecimal("100000"), Rag.GREEN);
        SignIn.as(users, "estates");
        p = service.planStage(p.getId(), p.getVersion(), ProjectStage.PID_SUBMITTED, LocalDate.of(2019, 1, 31));
        p = service.planStage(p.getId(), p.getVersion(), ProjectStage.PID_SUBMITTED, LocalDate.of(2019, 2, 28));
        ProjectDetails details = ProjectDetails.of(p);
        SignIn.as(users, "team");
        service.update(p.getId(), p.getVersion(), new ProjectDetails(details.name(), details.type(),
                details.leadOrganisation(), details.leadOrganisationName(), details.localityId(),
                details.practiceOdsCodes(), new BigDecimal("250000.50"), details.ettfShare(), details.annualRevenueCost(),
                details.revenueBorneBy(), details.programmeEndDate(), Rag.RED, "Costs rose at tender",
                details.feasibilityPercent(), details.nextSteps()));

        SignIn.as(users, "manager");
        List<FieldChange> changes = service.fieldChanges(p.getId());
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("Capital value");
            assertThat(c.from()).isEqualTo("£100,000");
            assertThat(c.to()).isEqualTo("£250,000.50");
            assertThat(c.by()).isEqualTo("team");
        });
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("RAG");
            assertThat(c.from()).isEqualTo("Green");
            assertThat(c.to()).isEqualTo("Red");
        });
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("PID submitted stage: Planned date");
            assertThat(c.from()).isEqualTo("31/01/2019");
            assertThat(c.to()).isEqualTo("28/02/2019");
            assertThat(c.by()).isEqualTo("estates");
        });
        assertThat(changes).extracting(FieldChange::field).doesNotContain("Name");
        SignIn.as(users, "practice");
        long id = p.getId();
        assertThatThrownBy(() -> service.fieldChanges(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void demoPipelineReadsLikeTheSeedsEstatesSection() {
        SignIn.as(users, "manager");
        List<EttfProject> all = service.list(EttfFilter.all());
        EttfProject wareham = byName(all, "Wareham Health Centre");
        assertThat(wareham.getStage()).isEqualTo(ProjectStage.FBC_IN_DEVELOPMENT);
        assertThat(wareham.getLeadOrganisation()).isEqualTo(LeadOrganisation.NHS_TRUST);
        assertThat(wareham.getPractices()).extracting(pr -> pr.getOdsCode()).containsExactly("J81011");
        assertThat(wareham.getStageRecords().stream().filter(r -> r.getStage() == ProjectStage.PID_SUBMITTED)).hasSize(2);
        assertThat(wareham.getStageRecords()).filteredOn(r -> r.getStage() == ProjectStage.CONSTRUCTION)
                .extracting(StageRecord::getPlannedDate).containsExactly(LocalDate.of(2019, 3, 1));
        assertThat(wareham.getIssues()).anyMatch(i -> i.getRaisedOn().equals(LocalDate.of(2018, 4, 17)));
        EttfProject carlisle = byName(all, "Carlisle House");
        assertThat(carlisle.getStage()).isEqualTo(ProjectStage.NHSE_PANEL);
        assertThat(carlisle.getStageRecords()).extracting(StageRecord::getStage).contains(ProjectStage.COMBINED_CASE_SUBMITTED)
                .doesNotContain(ProjectStage.OBC_SUBMITTED);
        assertThat(carlisle.currentRecord().orElseThrow().getActualDate()).isEqualTo(LocalDate.of(2018, 7, 23));
        assertThat(byName(all, "Parkstone Health Centre").getStageRecords()).filteredOn(r -> r.getStage() == ProjectStage.PID_APPROVED)
                .extracting(StageRecord::getActualDate).containsExactly(LocalDate.of(2018, 3, 1));
        assertThat(byName(all, "Boscombe & Springbourne").getStage()).isEqualTo(ProjectStage.CLOSED);
        EttfProject blandford = byName(all, "Blandford");
        assertThat(blandford.getStage()).isEqualTo(ProjectStage.ON_HOLD);
        assertThat(blandford.getHeldFrom()).isEqualTo(ProjectStage.OBC_IN_DEVELOPMENT);
        assertThat(blandford.getRagReason()).isEqualTo("On the shelf - Capital to be secured - OBC ready");
        assertThat(byName(all, "Panton Surgery").getFeasibilityPercent()).isEqualTo(75);
        assertThat(byName(all, "West Moors").getFeasibilityPercent()).isEqualTo(60);
        assertThat(byName(all, "West Moors").getPractices()).hasSize(2);
        assertThat(byName(all, "Banks and Bearwood").getFeasibilityPercent()).isEqualTo(25);
        assertThat(byName(all, "Kinson Road").getNextSteps()).isEqualTo("Options appraisal 18 Jan");
    }

    private static EttfProject byName(List<EttfProject> all, String start) {
        return all.stream().filter(p -> p.getName().startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start));
    }
}
