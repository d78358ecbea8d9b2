package uk.nhs.dorset.primarycare.estates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.ConcurrentChange;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.StatusChanged;
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
    /** Business case papers only: office documents, PDFs and images, up to 20 MB each. */
    public static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;
    public static final Map<String, String> DOCUMENT_TYPES = Map.of(
            "pdf", "application/pdf",
            "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xls", "application/vnd.ms-excel",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "ppt", "application/vnd.ms-powerpoint",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg");

    private final EttfProjectRepository projects;
    private final PracticeService practiceService;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EntityManager entityManager;
    private final Path filesDir;

    EttfService(EttfProjectRepository projects, PracticeService practiceService, CurrentUser currentUser,
                ApplicationEventPublisher events, Clock clock, EntityManager entityManager,
                @Value("${hub.files.dir}") String filesDir) {
        this.projects = projects;
        this.practiceService = practiceService;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.entityManager = entityManager;
        this.filesDir = Path.of(filesDir).resolve("estates");
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
        return projects.findById(id).orElseThrow(() -> new NotFound(FEATURE + " " + id));
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public Page<EttfProject> search(EttfFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name"));
        return projects.findAll(filter.toSpecification(today()), sorted);
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public long count(EttfFilter filter) {
        return projects.count(filter.toSpecification(today()));
    }

    /** Every project the filter selects, by name: for the board and the export. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public List<EttfProject> list(EttfFilter filter) {
        return projects.findAll(filter.toSpecification(today()), Sort.by("name"));
    }

    /** Sum of the capital value of what the filter selects. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public BigDecimal totalCapital(EttfFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<BigDecimal> query = cb.createQuery(BigDecimal.class);
        Root<EttfProject> root = query.from(EttfProject.class);
        query.select(cb.sum(root.<BigDecimal>get("capitalValue")));
        query.where(filter.toSpecification(today()).toPredicate(root, query, cb));
        BigDecimal total = entityManager.createQuery(query).getSingleResult();
        return total == null ? BigDecimal.ZERO : total;
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
        EttfProject project = new EttfProject(details.name(), details.type(), details.leadOrganisation(),
                actor.username(), Instant.now(clock), today());
        apply(project, details);
        return projects.saveAndFlush(project);
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_})
    @Transactional
    public EttfProject update(long id, long expectedVersion, ProjectDetails details) {
        return change(id, expectedVersion, project -> apply(project, details));
    }

    private void apply(EttfProject project, ProjectDetails d) {
        project.setName(d.name());
        project.setType(d.type());
        project.setLead(d.leadOrganisation(), bounded(d.leadOrganisationName(), 200, "Lead organisation"));
        project.setLocality(d.localityId() == null ? null : practiceService.localities().stream()
                .filter(l -> d.localityId().equals(l.getId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Pick a locality from the list")));
        Set<Practice> involved = new LinkedHashSet<>();
        for (String code : d.practiceOdsCodes()) {
            involved.add(practiceService.find(code).orElseThrow(() -> new IllegalArgumentException("No practice " + code)));
        }
        project.setPractices(involved);
        project.setMoney(d.capitalValue(), d.ettfShare(), d.annualRevenueCost(), bounded(d.revenueBorneBy(), 200, "Who bears the revenue"));
        project.setProgrammeEndDate(d.programmeEndDate() == null ? EttfProject.PROGRAMME_END : d.programmeEndDate());
        project.setRag(d.rag(), bounded(d.ragReason(), 2000, "RAG reason"));
        project.setFeasibility(d.feasibilityPercent(), bounded(d.nextSteps(), 2000, "Next steps"));
    }

    private static @Nullable String bounded(@Nullable String text, int max, String what) {
        if (text != null && text.strip().length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
        return text;
    }

    /** Plans when a stage is expected; the earliest unmet plan is the project's next milestone. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_})
    @Transactional
    public EttfProject planStage(long id, long expectedVersion, ProjectStage stage, LocalDate plannedDate) {
        return change(id, expectedVersion, project -> project.planStage(stage, plannedDate));
    }

    // ---- workflow -------------------------------------------------------------------------

    /**
     * Moves the project, refusing if someone else changed it since the user loaded {@code expectedVersion}.
     * The entity decides whether the move is a step, a revised PID, a hold, a resume, a panel decision or a closure.
     */
    @RolesAllowed({Role.ESTATES_, Role.MANAGER_})
    @Transactional
    public EttfProject move(long id, long expectedVersion, ProjectStage target, @Nullable String comment) {
        Actor actor = currentUser.actor();
        Instant now = Instant.now(clock);
        String note = bounded(comment, 1900, "Comment");
        ProjectStage[] from = new ProjectStage[1];
        EttfProject moved = change(id, expectedVersion, project -> {
            from[0] = project.getStage();
            project.move(target, actor, note, now, today());
        });
        events.publishEvent(new StatusChanged(FEATURE, id, moved.getName(), "estates/" + id, from[0].name(),
                target.name(), actor.username(), now, note));
        return moved;
    }

    // ---- issues log -----------------------------------------------------------------------

    @RolesAllowed({Role.TEAM_, Role.ESTATES_})
    @Transactional
    public EttfProject logIssue(long id, long expectedVersion, String description, @Nullable String owner) {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("Describe the issue or blocker");
        }
        bounded(description, 2000, "The issue");
        bounded(owner, 100, "Owner");
        return change(id, expectedVersion, project -> project.logIssue(today(), description, owner));
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_})
    @Transactional
    public EttfProject setIssueOpen(long id, long expectedVersion, long issueId, boolean open) {
        return change(id, expectedVersion, project -> {
            ProjectIssue issue = project.getIssues().stream().filter(i -> Long.valueOf(issueId).equals(i.getId()))
                    .findFirst().orElseThrow(() -> new NotFound("Issue " + issueId));
            if (open) {
                issue.reopen();
            } else {
                issue.close(today());
            }
        });
    }

    // ---- documents ------------------------------------------------------------------------

    @RolesAllowed({Role.TEAM_, Role.ESTATES_})
    @Transactional
    public EttfProject attach(long id, long expectedVersion, DocumentKind kind, String fileName, long size, InputStream content) {
        String cleanName = Path.of(fileName.strip()).getFileName().toString();
        if (cleanName.isBlank() || cleanName.length() > 255) {
            throw new IllegalArgumentException("The file needs a name of up to 255 characters");
        }
        int dot = cleanName.lastIndexOf('.');
        String extension = dot < 0 ? "" : cleanName.substring(dot + 1).toLowerCase(Locale.ROOT);
        String contentType = DOCUMENT_TYPES.get(extension);
        if (contentType == null) {
            throw new IllegalArgumentException("Attach a PDF, Word, Excel, PowerPoint or image file");
        }
        if (size <= 0 || size > MAX_DOCUMENT_BYTES) {
            throw new IllegalArgumentException("Documents must be between 1 byte and 20 MB");
        }
        String storedName = UUID.randomUUID() + "." + extension;
        try {
            Files.createDirectories(filesDir);
            long written = Files.copy(content, filesDir.resolve(storedName), StandardCopyOption.REPLACE_EXISTING);
            if (written > MAX_DOCUMENT_BYTES) {
                Files.deleteIfExists(filesDir.resolve(storedName));
                throw new IllegalArgumentException("Documents must be between 1 byte and 20 MB");
            }
            ProjectDocument document = new ProjectDocument(kind, cleanName, contentType, written, storedName,
                    currentUser.actor().username(), Instant.now(clock));
            return change(id, expectedVersion, project -> project.attach(document));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the document", e);
        }
    }

    /** The stored file of one of the project's documents. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public InputStream openDocument(long id, long documentId) throws IOException {
        ProjectDocument document = get(id).getDocuments().stream().filter(d -> Long.valueOf(documentId).equals(d.getId()))
                .findFirst().orElseThrow(() -> new NotFound("Document " + documentId));
        return Files.newInputStream(filesDir.resolve(document.getStoredName()));
    }

    // ---- shared -----------------------------------------------------------------------------

    private EttfProject change(long id, long expectedVersion, Consumer<EttfProject> change) {
        EttfProject project = projects.findForUpdate(id).orElseThrow(() -> new NotFound(FEATURE + " " + id));
        if (project.getVersion() != expectedVersion) {
            throw new ConcurrentChange("project");
        }
        change.accept(project);
        try {
            return projects.saveAndFlush(project);
        } catch (OptimisticLockingFailureException | PessimisticLockingFailureException e) {
            throw new ConcurrentChange("project");
        }
    }
}
