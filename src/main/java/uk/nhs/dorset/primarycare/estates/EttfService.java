package uk.nhs.dorset.primarycare.estates;

import uk.nhs.dorset.primarycare.base.WorkingDays;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Paging;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.audit.FieldChange;
import uk.nhs.dorset.primarycare.base.audit.FieldHistory;
import uk.nhs.dorset.primarycare.base.files.StoredFile;
import uk.nhs.dorset.primarycare.base.files.StoredFiles;
import uk.nhs.dorset.primarycare.base.validation.Lengths;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.base.workflow.Workflows;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.security.CurrentUser;

/**
 * The estates feature's public API. Practice managers have no access to estates at all; the
 * primary care team edits details and keeps the issues log; estates leads move projects; and
 * programme managers read everything and may record the NHS England panel's decision.
 */
@Service
public class EttfService {

    public static final String FEATURE = "ETTF project";
    /** Where project documents are kept among the hub's files. */
    static final String FILES_FOLDER = "estates";
    /** Business case papers run larger than most attachments. */
    public static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    private final EttfProjectRepository projects;
    private final PracticeService practiceService;
    private final CurrentUser currentUser;
    private final Workflows workflows;
    private final FieldHistory fieldHistory;
    private final Clock clock;
    private final EntityManager entityManager;
    private final StoredFiles files;
    private final PipelineQuery pipelineQuery;

    EttfService(EttfProjectRepository projects, PracticeService practiceService, CurrentUser currentUser,
                Workflows workflows, FieldHistory fieldHistory, Clock clock, EntityManager entityManager, StoredFiles files,
                PipelineQuery pipelineQuery) {
        this.projects = projects;
        this.practiceService = practiceService;
        this.currentUser = currentUser;
        this.workflows = workflows;
        this.fieldHistory = fieldHistory;
        this.clock = clock;
        this.entityManager = entityManager;
        this.files = files;
        this.pipelineQuery = pipelineQuery;
    }

    /** Today in the application's clock: what "overdue" and "days to" are measured from. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- reading --------------------------------------------------------------------------

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public EttfProject get(long id) {
        return load(id);
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public Slice<EttfProject> search(EttfFilter filter, Pageable pageable) {
        Pageable sorted = Paging.unique(pageable, Sort.by("name"));
        Slice<EttfProject> page = projects.findBy(filter.toSpecification(today()), q -> q.project(SHOWN).slice(sorted));
        // The next milestone the grid shows comes from the stage records: one statement for the page.
        page.forEach(EttfProject::nextMilestone);
        return page;
    }

    /** What the grid shows besides the project's own columns, read with the projects. */
    private static final List<String> SHOWN = List.of("locality");

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public long count(EttfFilter filter) {
        return projects.count(filter.toSpecification(today()));
    }

    /** How many projects the filter selects at each stage, counted in one grouped statement; stages with none are left out. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public Map<ProjectStage, Long> countByStage(EttfFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<jakarta.persistence.Tuple> query = cb.createTupleQuery();
        Root<EttfProject> root = query.from(EttfProject.class);
        jakarta.persistence.criteria.Predicate where = filter.toSpecification(today()).toPredicate(root, query, cb);
        query.multiselect(root.get("stage"), cb.count(root)).groupBy(root.get("stage"));
        if (where != null) {
            query.where(where);
        }
        Map<ProjectStage, Long> byStage = new EnumMap<>(ProjectStage.class);
        for (jakarta.persistence.Tuple row : entityManager.createQuery(query).getResultList()) {
            byStage.put((ProjectStage) row.get(0), ((Number) row.get(1)).longValue());
        }
        return byStage;
    }

    /** The board: how many projects the filter selects at each stage, and the first {@code cardsPerStage} of each by name. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public Pipeline pipeline(EttfFilter filter, int cardsPerStage) {
        return pipelineQuery.read(filter, today(), cardsPerStage);
    }

    /** Every project the filter selects, by name: for the export. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public List<EttfProject> list(EttfFilter filter) {
        return projects.findAll(filter.toSpecification(today()), Sort.by("name"));
    }

    /** How many projects the filter selects and their capital value, in one statement. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public EttfTotals totals(EttfFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<jakarta.persistence.Tuple> query = cb.createTupleQuery();
        Root<EttfProject> root = query.from(EttfProject.class);
        query.multiselect(cb.count(root), cb.sum(root.<BigDecimal>get("capitalValue")));
        query.where(filter.toSpecification(today()).toPredicate(root, query, cb));
        jakarta.persistence.Tuple row = entityManager.createQuery(query).getSingleResult();
        return new EttfTotals(((Number) row.get(0)).longValue(), (BigDecimal) row.get(1));
    }

    /** Sum of the capital value of what the filter selects; null when none of it has a value recorded. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public @Nullable BigDecimal totalCapital(EttfFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<BigDecimal> query = cb.createQuery(BigDecimal.class);
        Root<EttfProject> root = query.from(EttfProject.class);
        query.select(cb.sum(root.<BigDecimal>get("capitalValue")));
        query.where(filter.toSpecification(today()).toPredicate(root, query, cb));
        // No project with a recorded value sums to null: unknown, which is not the same as £0.
        return entityManager.createQuery(query).getSingleResult();
    }

    /**
     * Who changed which field from what to what, oldest first: the project's own fields, then
     * its stage records' plans and decisions and its issues, each named after the record.
     */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public List<FieldChange> fieldChanges(long id) {
        EttfProject project = load(id);
        List<FieldChange> changes = new ArrayList<>(fieldHistory.of(EttfProject.class, id));
        for (StageRecord record : project.getStageRecords()) {
            String of = record.getStage().label() + " stage: ";
            fieldHistory.of(StageRecord.class, Objects.requireNonNull(record.getId())).forEach(c -> changes.add(named(of, c)));
        }
        for (ProjectIssue issue : project.getIssues()) {
            String of = "Issue of " + Formats.date(issue.getRaisedOn()) + ": ";
            fieldHistory.of(ProjectIssue.class, Objects.requireNonNull(issue.getId())).forEach(c -> changes.add(named(of, c)));
        }
        changes.sort(Comparator.comparing(FieldChange::at));
        return changes;
    }

    private static FieldChange named(String of, FieldChange change) {
        return new FieldChange(change.at(), change.by(), of + change.field(), change.from(), change.to());
    }

    /** Localities a project can be placed in, for the form's and filter's pickers. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    public List<Locality> localities() {
        return practiceService.localities();
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    public List<Practice> practices() {
        return practiceService.openPractices();
    }

    // ---- details --------------------------------------------------------------------------

    @RolesAllowed({Role.TEAM_, Role.ESTATES_})
    @Transactional
    public EttfProject create(ProjectDetails details) {
        Actor actor = currentUser.actor();
        EttfProject project = new EttfProject(details.name(), details.type(), details.leadOrganisation(), actor,
                clock.instant());
        apply(project, details);
        return workflows.saveMove(projects, project);
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_})
    @Transactional
    public EttfProject update(long id, long seenVersion, ProjectDetails details) {
        EttfProject project = Workflows.seen(load(id), seenVersion, "project");
        apply(project, details);
        return Workflows.flush(projects, project, "project");
    }

    /** The details' field rules first, so a refused save changes nothing; the project keeps the rules that join fields. */
    private void apply(EttfProject project, ProjectDetails d) {
        d.validate();
        project.setName(d.name());
        project.setType(d.type());
        project.setLead(d.leadOrganisation(), d.leadOrganisationName());
        project.setLocality(d.localityId() == null ? null : practiceService.localities().stream()
                .filter(l -> d.localityId().equals(l.getId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Pick a locality from the list")));
        Set<Practice> involved = new LinkedHashSet<>();
        for (String code : d.practiceOdsCodes()) {
            involved.add(practiceService.find(code).orElseThrow(() -> new IllegalArgumentException("No practice " + code)));
        }
        project.setPractices(involved);
        project.setMoney(d.capitalValue(), d.ettfShare(), d.annualRevenueCost(), d.revenueBorneBy());
        project.setProgrammeEndDate(d.programmeEndDate() == null ? EttfProject.PROGRAMME_END : d.programmeEndDate());
        project.setRag(d.rag(), d.ragReason());
        project.setFeasibility(d.feasibilityPercent(), d.nextSteps());
    }

    private static @Nullable String bounded(@Nullable String text, int max, String what) {
        return Lengths.atMost(what, text, max);
    }

    /** Plans when a stage is expected; the earliest unmet plan is the project's next milestone. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_})
    @Transactional
    public EttfProject planStage(long id, long seenVersion, ProjectStage stage, LocalDate plannedDate) {
        EttfProject project = Workflows.seen(lockedForNewRows(id), seenVersion, "project");
        project.planStage(stage, plannedDate);
        return Workflows.flush(projects, project, "project");
    }

    // ---- workflow -------------------------------------------------------------------------

    /**
     * Moves the project, refusing if someone else changed it since the user loaded {@code seenVersion}.
     * The entity decides whether the move is a step, a revised PID, a hold, a resume, a panel decision or a closure.
     */
    @RolesAllowed({Role.ESTATES_, Role.MANAGER_})
    @Transactional
    public EttfProject move(long id, long seenVersion, ProjectStage target, MoveRequest request) {
        Actor actor = currentUser.actor();
        bounded(request.comment(), 1900, "A comment");
        EttfProject project = Workflows.seen(lockedForNewRows(id), seenVersion, "project");
        project.move(target, request.by(actor, clock.instant()));
        return workflows.saveMove(projects, project);
    }

    // ---- issues log -----------------------------------------------------------------------

    @RolesAllowed({Role.TEAM_, Role.ESTATES_})
    @Transactional
    public EttfProject logIssue(long id, long seenVersion, String description, @Nullable String owner) {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("Describe the issue or blocker");
        }
        bounded(description, 2000, "An issue");
        bounded(owner, 100, "Owner");
        EttfProject project = Workflows.seen(lockedForNewRows(id), seenVersion, "project");
        project.logIssue(today(), description, owner);
        return Workflows.flush(projects, project, "project");
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_})
    @Transactional
    public EttfProject setIssueOpen(long id, long seenVersion, long issueId, boolean open) {
        EttfProject project = Workflows.seen(load(id), seenVersion, "project");
        ProjectIssue issue = project.getIssues().stream().filter(i -> Long.valueOf(issueId).equals(i.getId()))
                .findFirst().orElseThrow(() -> new NotFound("Issue " + issueId));
        if (open) {
            issue.reopen();
        } else {
            issue.close(today());
        }
        return Workflows.flush(projects, project, "project");
    }

    // ---- documents ------------------------------------------------------------------------

    /**
     * Checks and stores a business case paper, then records it on the project; a refused file,
     * or a save that fails after the file was written, leaves nothing behind.
     */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_})
    @Transactional
    public EttfProject attach(long id, long seenVersion, DocumentKind kind, String fileName, byte[] content) {
        Actor actor = currentUser.actor();
        StoredFiles.check(fileName, content, MAX_DOCUMENT_BYTES);
        EttfProject project = Workflows.seen(lockedForNewRows(id), seenVersion, "project");
        project.attach(new ProjectDocument(kind,
                files.keep(FILES_FOLDER, fileName, content, MAX_DOCUMENT_BYTES, actor.username(), clock.instant())));
        return Workflows.flush(projects, project, "project");
    }

    /** One of the project's documents, opened for download. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public StoredFile download(long id, long documentId) {
        ProjectDocument document = load(id).getDocuments().stream().filter(d -> Long.valueOf(documentId).equals(d.getId()))
                .findFirst().orElseThrow(() -> new NotFound("Document " + documentId));
        return files.open(FILES_FOLDER, document.getFile());
    }

    // ---- shared -----------------------------------------------------------------------------

    private EttfProject load(long id) {
        return projects.findById(id).orElseThrow(() -> new NotFound(FEATURE + " " + id));
    }

    /**
     * The project under a row lock, for changes that insert rows referencing it (stage records,
     * issues, documents): those inserts share-lock the project row before its version is
     * written, so two such changes racing without this lock deadlock instead of one of them
     * failing on the version. With the lock the second waits, then sees the first one's version.
     */
    private EttfProject lockedForNewRows(long id) {
        return projects.findForUpdate(id).orElseThrow(() -> new NotFound(FEATURE + " " + id));
    }

    /**
     * The projects whose next milestone is 14 working days ahead, or overdue since yesterday's
     * working day, on {@code today}. No role check: the daily reminder job asks, with nobody signed in.
     */
    @Transactional(readOnly = true)
    public List<MilestoneDue> dueForReminder(LocalDate today) {
        WorkingDays days = WorkingDays.englandAndWales();
        return projects.findAll().stream()
                .flatMap(project -> MilestoneDue.of(project, today, days).stream())
                .toList();
    }
}
