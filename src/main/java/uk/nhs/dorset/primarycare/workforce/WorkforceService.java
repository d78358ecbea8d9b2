package uk.nhs.dorset.primarycare.workforce;

import uk.nhs.dorset.primarycare.base.WorkingDays;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import uk.nhs.dorset.primarycare.practice.PracticeInLocality;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.workflow.OwnerFilter;
import uk.nhs.dorset.primarycare.base.ConcurrentChange;
import uk.nhs.dorset.primarycare.base.Like;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Paging;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.audit.FieldChange;
import uk.nhs.dorset.primarycare.base.audit.FieldHistory;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.base.workflow.Workflows;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.security.CurrentUser;

/**
 * The workforce feature's public API: profiles, their validation, modelled targets and gaps.
 * A practice manager sees only their own practice's profiles; any other is "not found".
 */
@Service
public class WorkforceService {

    public static final String FEATURE = WorkforceProfile.KIND;

    private final WorkforceProfileRepository profiles;
    private final ModelledTargetRepository targets;
    private final LocalityFigures localityFigures;
    private final ProfileRows profileRows;
    private final PracticeService practiceService;
    private final CurrentUser currentUser;
    private final Workflows workflows;
    private final FieldHistory fieldHistory;
    private final Clock clock;

    WorkforceService(WorkforceProfileRepository profiles, ModelledTargetRepository targets, LocalityFigures localityFigures,
                     ProfileRows profileRows, PracticeService practiceService, CurrentUser currentUser, Workflows workflows, FieldHistory fieldHistory,
                     Clock clock) {
        this.profiles = profiles;
        this.targets = targets;
        this.localityFigures = localityFigures;
        this.profileRows = profileRows;
        this.practiceService = practiceService;
        this.currentUser = currentUser;
        this.workflows = workflows;
        this.fieldHistory = fieldHistory;
        this.clock = clock;
    }

    // ---- profiles: reading ----

    /**
     * A page of the profiles the filter selects, as rows of exactly what the grid and its export
     * show: in practice order, newest snapshot first, then by id. Unpaged, every one.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Slice<ProfileRow> search(ProfileFilter filter, Pageable pageable) {
        Pageable sorted = Paging.unique(pageable, Sort.by("practice.name").ascending().and(Sort.by("snapshotDate").descending()));
        return profileRows.read(spec(filter), sorted);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long count(ProfileFilter filter) {
        return profiles.count(spec(filter));
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<LocalDate> snapshots() {
        Actor actor = currentUser.actor();
        if (actor.isPracticeScoped()) {
            return profiles.findByPractice(actor.practiceOdsCode() == null ? "" : actor.practiceOdsCode()).stream()
                    .map(WorkforceProfile::getSnapshotDate).toList();
        }
        return profiles.snapshotDates();
    }

    /** The newest snapshot date the user can see, if any profile exists: one indexed lookup. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<LocalDate> latestSnapshot() {
        Actor actor = currentUser.actor();
        if (actor.isPracticeScoped()) {
            return Optional.ofNullable(profiles.latestSnapshotOf(actor.practiceOdsCode() == null ? "" : actor.practiceOdsCode()));
        }
        return Optional.ofNullable(profiles.latestSnapshot());
    }

    /** The practice's profiles, newest snapshot first; "not found" for another practice's manager. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<WorkforceProfile> profilesOf(String odsCode) {
        Practice practice = practiceService.get(odsCode);
        List<WorkforceProfile> found = profiles.findByPractice(practice.getOdsCode());
        found.forEach(WorkforceService::withHistory);
        return found;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public WorkforceProfile get(long id) {
        return withHistory(visible(profiles.findById(id)));
    }

    /**
     * Who changed which field or figure from what to what, oldest first. A practice manager
     * reads only their own practice's profiles.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<FieldChange> fieldChanges(long id) {
        visible(profiles.findById(id));
        return fieldHistory.of(WorkforceProfile.class, id, List.of(FigureChanges::compare));
    }

    // ---- profiles: writing ----

    /** A new draft profile for a practice and snapshot date. */
    @RolesAllowed({Role.TEAM_, Role.MANAGER_})
    @Transactional
    public WorkforceProfile create(String odsCode, LocalDate snapshot) {
        Practice practice = practiceService.get(odsCode);
        if (snapshot.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("The snapshot date cannot be in the future");
        }
        if (profiles.findByPracticeAndSnapshot(practice.getOdsCode(), snapshot).isPresent()) {
            throw new IllegalArgumentException(practice.getOdsCode() + " already has a profile at "
                    + uk.nhs.dorset.primarycare.base.Formats.date(snapshot));
        }
        try {
            return workflows.saveMove(profiles, new WorkforceProfile(practice, snapshot, "Entered by the team", currentUser.actor(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new ConcurrentChange("practice's profiles");
        }
    }

    /** Replaces the figures of a draft or queried profile; null figures are "not supplied". */
    @RolesAllowed({Role.TEAM_, Role.MANAGER_})
    @Transactional
    public WorkforceProfile updateFigures(long id, long seenVersion, Map<StaffRole, RoleFigures> figures, @Nullable Integer patients) {
        return change(id, seenVersion, p -> {
            for (StaffRole role : StaffRole.values()) {
                RoleFigures f = figures.get(role);
                p.setFigures(role, f == null ? null : f.headcount(), f == null ? null : f.fte());
            }
            p.setRegisteredPatients(patients);
        });
    }

    /**
     * Moves a profile along its validation; the profile's table decides what each role may do
     * from where it is. The version check and optimistic lock are enough: nothing outside the
     * profile is read or changed.
     */
    @RolesAllowed({Role.TEAM_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional
    public WorkforceProfile move(long id, long seenVersion, ProfileStatus target, MoveRequest request) {
        Actor actor = currentUser.actor();
        WorkforceProfile profile = Workflows.seen(visible(profiles.findById(id)), seenVersion, "profile");
        profile.move(target, request.by(actor, clock.instant()));
        return withHistory(workflows.saveMove(profiles, profile));
    }

    private WorkforceProfile change(long id, long seenVersion, Consumer<WorkforceProfile> edit) {
        WorkforceProfile profile = Workflows.seen(visible(profiles.findById(id)), seenVersion, "profile");
        edit.accept(profile);
        return withHistory(Workflows.flush(profiles, profile, "profile"));
    }

    /** Detail views read the history after the transaction; load it while the session is open. */
    private static WorkforceProfile withHistory(WorkforceProfile profile) {
        org.hibernate.Hibernate.initialize(profile.getHistory());
        return profile;
    }

    private WorkforceProfile visible(Optional<WorkforceProfile> found) {
        Actor actor = currentUser.actor();
        return found.filter(p -> actor.maySeePractice(p.getOdsCode()))
                .orElseThrow(() -> new NotFound("Workforce profile"));
    }

    private Specification<WorkforceProfile> spec(ProfileFilter f) {
        Actor actor = currentUser.actor();
        return (root, query, cb) -> {
            From<?, ?> practice = ProfileRows.joined(root, "practice", JoinType.INNER);
            From<?, ?> locality = ProfileRows.joined(practice, "locality", JoinType.LEFT);
            List<Predicate> where = new ArrayList<>();
            if (actor.isPracticeScoped()) {
                where.add(cb.equal(practice.get("odsCode"), actor.practiceOdsCode() == null ? "" : actor.practiceOdsCode()));
            }
            if (f.locality() != null) {
                where.add(cb.equal(locality.get("name"), f.locality()));
            }
            if (f.cluster() != null) {
                where.add(cb.equal(locality.get("cluster"), f.cluster()));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.snapshot() != null) {
                where.add(cb.equal(root.get("snapshotDate"), f.snapshot()));
            }
            if (f.text() != null && !f.text().isBlank()) {
                where.add(Like.anyContains(cb, List.of(practice.get("name"), practice.get("odsCode")), f.text()));
            }
            OwnerFilter.where(where, cb, root, f.owner());
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    // ---- targets ----

    @PermitAll
    @Transactional(readOnly = true)
    public List<String> modelVersions() {
        return targets.versionsNewestFirst();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<ModelledTarget> targets(String modelVersion) {
        return targets.findByVersion(modelVersion);
    }

    /** Sets a locality's target for a staff group in a model version, creating it if new. */
    @RolesAllowed({Role.TEAM_, Role.MANAGER_})
    @Transactional
    public ModelledTarget setTarget(String modelVersion, String localityName, StaffGroup group, BigDecimal fte) {
        Locality locality = practiceService.localities().stream().filter(l -> l.getName().equals(localityName)).findFirst()
                .orElseThrow(() -> new NotFound("Locality " + localityName));
        Optional<ModelledTarget> existing = targets.find(modelVersion.strip(), locality.getId(), group);
        if (existing.isPresent()) {
            existing.get().setTargetFte(fte);
            return existing.get();
        }
        return targets.save(new ModelledTarget(modelVersion, locality, group, fte));
    }

    @RolesAllowed({Role.TEAM_, Role.MANAGER_})
    @Transactional
    public void deleteTarget(long id) {
        targets.delete(targets.findById(id).orElseThrow(() -> new NotFound("Target")));
    }

    // ---- gaps and validation ----

    /**
     * Gaps at a snapshot against a model version, for every open practice (one without a
     * profile at that snapshot counts as not supplied). Needs the whole locality's list
     * sizes, so it is not offered to practice managers.
     */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public GapCalculator.Result gaps(@Nullable LocalDate snapshot, @Nullable String modelVersion) {
        Map<String, WorkforceProfile> byPractice = new HashMap<>();
        if (snapshot != null) {
            for (WorkforceProfile p : profiles.findBySnapshot(snapshot)) {
                byPractice.put(p.getOdsCode(), p);
            }
        }
        List<GapCalculator.PracticeBaseline> baselines = new ArrayList<>();
        for (Practice practice : practiceService.openPractices()) {
            Locality locality = practice.getLocality();
            if (locality == null) {
                continue;
            }
            WorkforceProfile profile = byPractice.get(practice.getOdsCode());
            baselines.add(new GapCalculator.PracticeBaseline(practice.getOdsCode(), practice.getName(), locality.getName(),
                    locality.getCluster(), practice.getListSize(), profile == null ? Map.of() : profile.groupFtes()));
        }
        return GapCalculator.calculate(baselines, targetsOf(modelVersion));
    }

    /**
     * One page of the gaps by practice (a line per practice and staff group, by locality and
     * practice), read for that page's practices only, so no user holds the whole country's lines.
     */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public List<GapCalculator.PracticeGap> practiceGaps(GapQuery query, int offset, int limit) {
        int perPractice = query.linesPerPractice();
        int first = offset / perPractice;
        int end = Math.ceilDiv(offset + limit, perPractice);
        List<PracticeInLocality> practices = practiceService.openInLocalities(query.locality(), query.cluster(), first, end - first);
        if (practices.isEmpty()) {
            return List.of();
        }
        Map<String, WorkforceProfile> byPractice = new HashMap<>();
        if (query.snapshot() != null) {
            profiles.findBySnapshotAndOdsCodes(query.snapshot(), practices.stream().map(PracticeInLocality::odsCode).toList())
                    .forEach(p -> byPractice.put(p.getOdsCode(), p));
        }
        List<GapCalculator.PracticeBaseline> baselines = practices.stream().map(p -> new GapCalculator.PracticeBaseline(
                p.odsCode(), p.name(), p.locality(), p.cluster(), p.listSize(),
                byPractice.containsKey(p.odsCode()) ? byPractice.get(p.odsCode()).groupFtes() : Map.of())).toList();
        Map<String, Long> localityLists = new HashMap<>();
        practices.forEach(p -> localityLists.put(p.locality(), p.localityListSize()));
        // The calculation orders by locality and name as the page was read; the page keeps the database's order.
        Map<String, List<GapCalculator.PracticeGap>> lines = new HashMap<>();
        GapCalculator.calculate(baselines, targetsOf(query.modelVersion()), localityLists).practices().stream()
                .filter(line -> query.group() == null || line.group() == query.group())
                .forEach(line -> lines.computeIfAbsent(line.odsCode(), k -> new ArrayList<>()).add(line));
        List<GapCalculator.PracticeGap> page = practices.stream().flatMap(p -> lines.getOrDefault(p.odsCode(), List.of()).stream()).toList();
        int from = Math.min(offset - first * perPractice, page.size());
        return page.subList(from, Math.min(from + limit, page.size()));
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public long countPracticeGaps(GapQuery query) {
        return practiceService.countOpenInLocalities(query.locality(), query.cluster()) * query.linesPerPractice();
    }

    private Map<String, Map<StaffGroup, BigDecimal>> targetsOf(@Nullable String modelVersion) {
        Map<String, Map<StaffGroup, BigDecimal>> byLocality = new LinkedHashMap<>();
        if (modelVersion != null) {
            for (ModelledTarget t : targets.findByVersion(modelVersion)) {
                byLocality.computeIfAbsent(t.getLocality().getName(), k -> new EnumMap<>(StaffGroup.class))
                        .put(t.getStaffGroup(), t.getTargetFte());
            }
        }
        return byLocality;
    }

    /**
     * Every locality's validation and gaps at a snapshot against a model version, summed by the
     * database: the same figures as {@link #gaps}'s locality and cluster lines, without reading a
     * profile. Needs the whole locality's list sizes, so it is not offered to practice managers.
     */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public LocalityGaps localityGaps(@Nullable LocalDate snapshot, @Nullable String modelVersion) {
        return localityFigures.at(snapshot, modelVersion);
    }

    /**
     * Per locality, how many of its open practices have validated their profile at a snapshot: the
     * same figures as {@link #localityGaps}'s, from one statement that reads no role line.
     */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public List<LocalityValidation> validation(@Nullable LocalDate snapshot) {
        return localityFigures.validationAt(snapshot);
    }

    /**
     * The circulated profiles their practice has not answered for 21 working days on {@code today}.
     * No role check: the daily reminder job asks, with nobody signed in.
     */
    @Transactional(readOnly = true)
    public List<ProfileUnanswered> dueForReminder(LocalDate today) {
        WorkingDays days = WorkingDays.englandAndWales();
        return profiles.findByStatus(ProfileStatus.CIRCULATED).stream()
                .flatMap(profile -> ProfileUnanswered.of(profile, today, days).stream())
                .toList();
    }
}
