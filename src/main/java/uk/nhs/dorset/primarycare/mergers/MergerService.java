package uk.nhs.dorset.primarycare.mergers;

import uk.nhs.dorset.primarycare.base.WorkingDays;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.workflow.OwnerFilter;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Paging;
import uk.nhs.dorset.primarycare.base.OpenWorkElsewhere;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.audit.FieldChange;
import uk.nhs.dorset.primarycare.base.audit.FieldHistory;
import uk.nhs.dorset.primarycare.base.files.StoredFile;
import uk.nhs.dorset.primarycare.base.files.StoredFiles;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;
import uk.nhs.dorset.primarycare.base.workflow.Workflows;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.security.CurrentUser;

/**
 * The merger feature's public API. Practice managers have no access: merger cases are the
 * commissioner's working papers. Completing a case records the merger on the practice records
 * in the same transaction, so either both change or neither does.
 */
@Service
public class MergerService {

    public static final String FEATURE = "Merger case";

    private final MergerCaseRepository cases;
    private final PracticeService practices;
    private final CurrentUser currentUser;
    private final Workflows workflows;
    private final FieldHistory fieldHistory;
    private final Clock clock;
    private final List<OpenWorkElsewhere> openWork;
    private final EntityManager em;
    private final StoredFiles files;

    /** Where case papers are kept among the hub's files. */
    static final String FILES_FOLDER = "mergers";

    MergerService(MergerCaseRepository cases, PracticeService practices, CurrentUser currentUser,
                  Workflows workflows, FieldHistory fieldHistory, Clock clock,
                  List<OpenWorkElsewhere> openWork, EntityManager em, StoredFiles files) {
        this.files = files;
        this.cases = cases;
        this.practices = practices;
        this.currentUser = currentUser;
        this.workflows = workflows;
        this.fieldHistory = fieldHistory;
        this.clock = clock;
        this.openWork = openWork;
        this.em = em;
    }

    // ---- reading ------------------------------------------------------------------------

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public MergerCase get(long id) {
        return cases.findById(id).orElseThrow(() -> new NotFound("Merger case " + id));
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public Slice<MergerCase> search(MergerFilter filter, Pageable pageable) {
        Pageable sorted = Paging.unique(pageable, Sort.by(Sort.Direction.DESC, "id"));
        // Read as a fetch graph of the columns shown, so the plan, history and papers a case view
        // shows are not read for a grid page; the parties are, in one statement for the page.
        Slice<MergerCase> page = cases.findBy(spec(filter), q -> q.project(SHOWN).slice(sorted));
        page.forEach(MergerCase::practicesLabel);
        return page;
    }

    /** The grid's own columns of a case. */
    private static final List<String> SHOWN = List.of("title", "status", "reason", "localityName", "combinedListSize",
            "fundingAmount", "fundingSource", "proposedMergerDate");

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public long count(MergerFilter filter) {
        return cases.count(spec(filter));
    }

    /** Every case the filter selects, for the export: the whole filter, not one page. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public List<MergerCase> list(MergerFilter filter) {
        return cases.findAll(spec(filter), Sort.by(Sort.Direction.DESC, "id"));
    }

    /** How many cases the filter selects at each status, counted in one grouped statement; statuses with none are left out. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public Map<MergerStatus, Long> countByStatus(MergerFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<MergerCase> root = query.from(MergerCase.class);
        Predicate where = spec(filter).toPredicate(root, query, cb);
        query.multiselect(root.get("status"), cb.count(root)).groupBy(root.get("status"));
        if (where != null) {
            query.where(where);
        }
        Map<MergerStatus, Long> byStatus = new java.util.EnumMap<>(MergerStatus.class);
        for (Tuple row : em.createQuery(query).getResultList()) {
            byStatus.put((MergerStatus) row.get(0), ((Number) row.get(1)).longValue());
        }
        return byStatus;
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public MergerTotals totals(MergerFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<MergerCase> root = query.from(MergerCase.class);
        query.multiselect(cb.count(root), cb.sum(root.<Integer>get("combinedListSize")), cb.sum(root.<BigDecimal>get("fundingAmount")));
        Predicate where = spec(filter).toPredicate(root, query, cb);
        if (where != null) {
            query.where(where);
        }
        Tuple row = em.createQuery(query).getSingleResult();
        Number patients = (Number) row.get(1);
        BigDecimal funding = (BigDecimal) row.get(2);
        return new MergerTotals(((Number) row.get(0)).longValue(), patients == null ? 0 : patients.longValue(),
                funding == null ? BigDecimal.ZERO : funding);
    }

    /** Localities for the filter and for new cases. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public List<String> localityNames() {
        return practices.localities().stream().map(Locality::getName).toList();
    }

    /**
     * What is still open elsewhere for the case's absorbed practices, by practice: the list a
     * user works through after completion to reassign grant bids, workforce profiles and the like.
     */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public Map<String, List<String>> openWorkOfAbsorbedPractices(long id) {
        return openWorkFor(get(id));
    }

    /**
     * Who changed which field from what to what, oldest first: the case's own fields and, compared
     * revision by revision, its practices and action plan areas.
     */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public List<FieldChange> fieldChanges(long id) {
        get(id);
        return fieldHistory.of(MergerCase.class, id, List.of(PartyAndPlanChanges::compare));
    }

    private static Specification<MergerCase> spec(MergerFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.status() != null) {
                all.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.locality() != null && !filter.locality().isBlank()) {
                all.add(cb.equal(root.get("localityName"), filter.locality()));
            }
            if (filter.reason() != null) {
                all.add(cb.equal(root.get("reason"), filter.reason()));
            }
            if (filter.fundingSource() != null) {
                all.add(cb.equal(root.get("fundingSource"), filter.fundingSource()));
            }
            OwnerFilter.where(all, cb, root, filter.owner());
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    // ---- editing ------------------------------------------------------------------------

    @RolesAllowed({Role.TEAM_, Role.ESTATES_})
    @Transactional
    public MergerCase create(MergerDetails details) {
        Actor actor = currentUser.actor();
        List<MergerParty> parties = checkedParties(details.getParties(), null);
        details.setParties(parties);
        MergerCase c = new MergerCase(details, actor, clock.instant());
        c.setLocalityName(localityOf(c.continuing().getOdsCode()));
        return workflows.saveMove(cases, c);
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_})
    @Transactional
    public MergerCase update(long id, long seenVersion, MergerDetails details) {
        MergerCase c = Workflows.seen(get(id), seenVersion, "case");
        if (c.arePartiesEditable()) {
            details.setParties(checkedParties(details.getParties(), c.getId()));
        }
        c.apply(details);
        c.setLocalityName(localityOf(c.continuing().getOdsCode()));
        return Workflows.flush(cases, c, "case");
    }

    /**
     * Moves the case to {@code target} if the table, the actor's role and the guards allow it.
     * Completion also records the merger on every absorbed practice, in this transaction.
     */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional
    public MergerCase move(long id, long seenVersion, MergerStatus target, MoveRequest request) {
        Actor actor = currentUser.actor();
        // Completion writes the practice records: the row lock makes a second completion wait and then fail on the version, before it touches them.
        MergerCase c = Workflows.seen(target == MergerStatus.COMPLETED ? locked(id) : get(id), seenVersion, "case");
        c.move(target, request.by(actor, clock.instant()));
        if (target == MergerStatus.COMPLETED) {
            recordOnPractices(c);
        }
        return workflows.saveMove(cases, c);
    }

    private void recordOnPractices(MergerCase c) {
        MergerParty continuing = c.continuing();
        LocalDate on = Objects.requireNonNull(c.getMergerDate(), "A completed case has its merger date");
        for (MergerParty absorbed : c.absorbed()) {
            try {
                practices.recordMerger(absorbed.getOdsCode(), absorbed.getContractType(), continuing.getOdsCode(),
                        continuing.getContractType(), c.getCombinedListSize(), on);
            } catch (IllegalStateException | IllegalArgumentException | NotFound refused) {
                throw new TransitionNotAllowed("The merger could not be recorded for " + absorbed.label() + ": "
                        + refused.getMessage() + ". Nothing was changed; check the practice records and try again");
            }
        }
    }

    private Map<String, List<String>> openWorkFor(MergerCase c) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (MergerParty absorbed : c.absorbed()) {
            List<String> items = new ArrayList<>();
            for (OpenWorkElsewhere source : openWork) {
                items.addAll(source.openItemsFor(absorbed.getOdsCode()));
            }
            result.put(absorbed.label(), List.copyOf(items));
        }
        return result;
    }

    private MergerCase locked(long id) {
        return cases.findForUpdate(id).orElseThrow(() -> new NotFound("Merger case " + id));
    }

    // ---- case papers ----------------------------------------------------------------------

    /**
     * Checks and stores a paper, then records it on the case. A refused file stores nothing, and
     * the stored file is removed again if the case cannot be saved.
     */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional
    public MergerCase attach(long caseId, MergerAttachmentKind kind, String fileName, byte[] content) {
        Actor actor = currentUser.actor();
        MergerCase c = get(caseId);
        c.addAttachment(kind, files.keep(FILES_FOLDER, fileName, content, StoredFiles.MAX_BYTES, actor.username(), clock.instant()));
        return Workflows.flush(cases, c, "case");
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_})
    @Transactional(readOnly = true)
    public StoredFile download(long caseId, long attachmentId) {
        MergerAttachment attachment = get(caseId).getAttachments().stream()
                .filter(a -> Objects.equals(a.getId(), attachmentId))
                .findFirst().orElseThrow(() -> new NotFound("Attachment"));
        return files.open(FILES_FOLDER, attachment.getFile());
    }

    /** Fills each practice's name from its record and enforces one open case per practice. */
    private List<MergerParty> checkedParties(List<MergerParty> given, @Nullable Long selfId) {
        MergerCase.checkParties(given);
        List<MergerParty> result = new ArrayList<>();
        for (MergerParty p : given) {
            Practice practice = practices.get(p.getOdsCode());
            if (!practice.isOpen()) {
                throw new IllegalArgumentException(practice.label() + " is " + practice.getStatus().label().toLowerCase()
                        + " and cannot be part of a merger");
            }
            MergerParty party = new MergerParty(practice.getOdsCode(), practice.getName(), p.getContractType(), p.getListSize(), p.isContinuing());
            MergerCase.requireNotInOtherOpenCase(party, cases.findWithPractice(party.getOdsCode(), MergerStatus.openStatuses()), selfId);
            result.add(party);
        }
        return result;
    }

    private @Nullable String localityOf(String odsCode) {
        Locality locality = practices.get(odsCode).getLocality();
        return locality == null ? null : locality.getName();
    }

    /**
     * The open cases whose PCSE notice date is 14 working days after {@code today} and PCSE not
     * yet told. No role check: the daily reminder job asks, with nobody signed in.
     */
    @Transactional(readOnly = true)
    public List<PcseNoticeDue> dueForReminder(LocalDate today) {
        WorkingDays days = WorkingDays.englandAndWales();
        return cases.findAll().stream()
                .flatMap(c -> PcseNoticeDue.of(c, today, days).stream())
                .toList();
    }
}
