package uk.nhs.dorset.primarycare.grants;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.ConcurrentChange;
import uk.nhs.dorset.primarycare.base.FinancialYear;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.audit.AuditRevision;
import uk.nhs.dorset.primarycare.base.files.StoredFile;
import uk.nhs.dorset.primarycare.base.files.StoredFiles;
import uk.nhs.dorset.primarycare.base.workflow.StatusChanged;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.security.CurrentUser;

/**
 * The grants feature's public API. A practice manager sees only their own practice's bids:
 * any other bid is "not found". Approvals take a row lock on the programme, so two approvals
 * racing for the last of a budget are decided one after the other and cannot both succeed.
 */
@Service
public class GrantService {

    public static final String FEATURE = "Grant bid";

    private final GrantBidRepository bids;
    private final GrantProgrammeRepository programmes;
    private final PracticeService practices;
    private final CurrentUser currentUser;
    /** Where grant attachments are kept among the hub's files. */
    static final String FILES_FOLDER = "grants";

    private final StoredFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    GrantService(GrantBidRepository bids, GrantProgrammeRepository programmes, PracticeService practices,
                 CurrentUser currentUser, StoredFiles files, ApplicationEventPublisher events, Clock clock) {
        this.bids = bids;
        this.programmes = programmes;
        this.practices = practices;
        this.currentUser = currentUser;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    // --- programmes -------------------------------------------------------------------------

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional(readOnly = true)
    public List<GrantProgramme> programmes() {
        return programmes.findAllByOrderByFinancialYearStartDesc();
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional(readOnly = true)
    public List<GrantProgramme> programmesOpenForBids() {
        return programmes().stream().filter(GrantProgramme::isOpenForBids).toList();
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional(readOnly = true)
    public GrantProgramme programme(long id) {
        return programmes.findById(id).orElseThrow(() -> new NotFound("Grant programme"));
    }

    @RolesAllowed(Role.MANAGER_)
    @Transactional
    public GrantProgramme createProgramme(ProgrammeForm form) {
        FinancialYear year = FinancialYear.parse(form.financialYear());
        if (programmes.findByFinancialYearStart(year.startYear()).isPresent()) {
            throw new IllegalArgumentException("There is already a " + year + " programme");
        }
        GrantProgramme programme = new GrantProgramme(year, form.budget(), form.rules());
        apply(programme, form);
        return programmes.saveAndFlush(programme);
    }

    /** Changes a programme; its budget cannot drop below what is already committed. */
    @RolesAllowed(Role.MANAGER_)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public GrantProgramme updateProgramme(long id, long version, ProgrammeForm form) {
        GrantProgramme programme = programmes.lockById(id).orElseThrow(() -> new NotFound("Grant programme"));
        if (programme.getVersion() != version) {
            throw new ConcurrentChange("programme");
        }
        BigDecimal committed = bids.sumApproved(id, BidStatus.committed());
        if (form.budget() == null && committed.signum() > 0) {
            throw new IllegalArgumentException("The programme has " + Formats.money(committed)
                    + " committed, so it needs a budget");
        }
        if (form.budget() != null && form.budget().compareTo(committed) < 0) {
            throw new IllegalArgumentException("The budget cannot be less than the " + Formats.money(committed)
                    + " already committed");
        }
        programme.setBudget(form.budget());
        programme.setRules(form.rules());
        apply(programme, form);
        return flush(programmes, programme, "programme");
    }

    private static void apply(GrantProgramme programme, ProgrammeForm form) {
        programme.setSpendDeadline(form.spendDeadline() == null ? programme.getFinancialYear().lastDay() : form.spendDeadline());
        programme.setOpenForBids(form.openForBids());
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional(readOnly = true)
    public ProgrammeSummary summary(long programmeId) {
        GrantProgramme programme = programme(programmeId);
        BigDecimal committed = bids.sumApproved(programmeId, BidStatus.committed());
        BigDecimal evidenced = bids.sumApproved(programmeId, EnumSet.of(BidStatus.EVIDENCE_SUBMITTED, BidStatus.PAID));
        BigDecimal paid = bids.sumApproved(programmeId, EnumSet.of(BidStatus.PAID));
        BigDecimal slipped = bids.sumSlipped(programmeId, EnumSet.of(BidStatus.APPROVED, BidStatus.WORKS_IN_PROGRESS), today());
        BigDecimal requested = bids.sumRequested(programmeId, EnumSet.of(BidStatus.SUBMITTED, BidStatus.UNDER_REVIEW));
        BigDecimal budget = programme.getBudget();
        BigDecimal remaining = budget == null ? null : budget.subtract(committed);
        BigDecimal underspend = budget == null ? null : budget.subtract(committed.subtract(slipped));
        long approved = bids.countIn(programmeId, BidStatus.committed());
        long open = bids.countIn(programmeId, EnumSet.of(BidStatus.DRAFT, BidStatus.SUBMITTED, BidStatus.UNDER_REVIEW, BidStatus.RETURNED));
        return new ProgrammeSummary(programme, budget, requested, committed, evidenced, paid, slipped, remaining, underspend,
                approved, open);
    }

    // --- reading bids -----------------------------------------------------------------------

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional(readOnly = true)
    public Page<GrantBid> search(GrantFilter filter, Pageable pageable) {
        return bids.findAll(spec(filter, currentUser.actor()), pageable);
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional(readOnly = true)
    public long count(GrantFilter filter) {
        return bids.count(spec(filter, currentUser.actor()));
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional(readOnly = true)
    public GridTotals totals(GrantFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<GrantBid> root = query.from(GrantBid.class);
        Predicate where = spec(filter, currentUser.actor()).toPredicate(root, query, cb);
        query.multiselect(cb.count(root), cb.sum(root.<BigDecimal>get("requestedGrant")), cb.sum(root.<BigDecimal>get("approvedGrant")));
        if (where != null) {
            query.where(where);
        }
        Object[] row = entityManager.createQuery(query).getSingleResult();
        return new GridTotals(((Number) row[0]).longValue(), orZero(row[1]), orZero(row[2]));
    }

    /** Every bid the filter selects, in the given order: for export, not for paging. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional(readOnly = true)
    public Stream<GrantBid> export(GrantFilter filter, Sort sort) {
        return bids.findAll(spec(filter, currentUser.actor()), sort.isUnsorted() ? Sort.by("id") : sort).stream();
    }

    /** One bid with its history, invoices and attachments loaded. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional(readOnly = true)
    public GrantBid bid(long id) {
        GrantBid bid = visible(id, currentUser.actor());
        bid.getHistory();
        bid.getInvoices();
        bid.getAttachments();
        return bid;
    }

    /** Who changed which field from what to what, oldest first. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional(readOnly = true)
    public List<FieldChange> fieldChanges(long id) {
        visible(id, currentUser.actor());
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(GrantBid.class, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<FieldChange> changes = new ArrayList<>();
        GrantBid before = null;
        for (Object[] revision : revisions) {
            GrantBid after = (GrantBid) revision[0];
            AuditRevision rev = (AuditRevision) revision[1];
            if (before != null) {
                Instant at = Instant.ofEpochMilli(rev.getTimestamp());
                for (AuditedField field : AUDITED) {
                    String from = field.text(before);
                    String to = field.text(after);
                    if (!from.equals(to)) {
                        changes.add(new FieldChange(at, rev.getUsername(), field.label(), from, to));
                    }
                }
            }
            before = after;
        }
        return changes;
    }

    private record AuditedField(String label, Function<GrantBid, @Nullable Object> value) {
        String text(GrantBid bid) {
            Object v = value.apply(bid);
            if (v == null) {
                return "";
            }
            if (v instanceof BigDecimal amount) {
                return label.equals("Grant rate") ? amount.stripTrailingZeros().toPlainString() + "%" : Formats.money(amount);
            }
            if (v instanceof LocalDate date) {
                return Formats.date(date);
            }
            if (v instanceof BidStatus s) {
                return s.label();
            }
            return v.toString();
        }
    }

    private static final List<AuditedField> AUDITED = List.of(
            new AuditedField("Approved grant", GrantBid::getApprovedGrant),
            new AuditedField("Requested grant", GrantBid::getRequestedGrant),
            new AuditedField("Grant rate", GrantBid::getGrantRate),
            new AuditedField("Eligible cost", GrantBid::getEligibleCost),
            new AuditedField("Total cost", GrantBid::getTotalCost),
            new AuditedField("Status", GrantBid::getStatus),
            new AuditedField("Scheme title", GrantBid::getTitle),
            new AuditedField("Scheme type", b -> b.getSchemeType() == null ? null : b.getSchemeType().label()),
            new AuditedField("Tenure", b -> b.getTenure() == null ? null : b.getTenure().label()),
            new AuditedField("Rent abatement years", GrantBid::getRentAbatementYears),
            new AuditedField("Planned start", GrantBid::getPlannedStart),
            new AuditedField("Planned completion", GrantBid::getPlannedCompletion),
            new AuditedField("Actual start", GrantBid::getActualStart),
            new AuditedField("Actual completion", GrantBid::getActualCompletion),
            new AuditedField("Payment date", GrantBid::getPaymentDate));

    // --- changing bids ----------------------------------------------------------------------

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.PRACTICE_})
    @Transactional
    public GrantBid create(String practiceOdsCode, long programmeId, BidForm form) {
        Actor actor = currentUser.actor();
        Practice practice = practices.get(practiceOdsCode);
        GrantProgramme programme = programme(programmeId);
        GrantBid bid = new GrantBid(practice, programme, form, actor, Instant.now(clock));
        return loaded(bids.saveAndFlush(bid));
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.PRACTICE_})
    @Transactional
    public GrantBid update(long id, long version, BidForm form) {
        Actor actor = currentUser.actor();
        GrantBid bid = current(id, version, actor);
        if (!actor.hasAny(BidStatus.DRAFT.whoMay(BidStatus.SUBMITTED))) {
            throw new uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed("Your role may not edit grant bids");
        }
        bid.update(form);
        return loaded(flush(bids, bid, "bid"));
    }

    /**
     * Moves a bid along its workflow. Approval reads what is committed only while holding the
     * programme's row lock, under read-committed isolation so it sees every earlier approval.
     *
     * @param approvedAmount needed to approve
     * @param paymentDate    needed to record payment
     */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public GrantBid move(long id, long version, BidStatus target, @Nullable String comment,
                         @Nullable BigDecimal approvedAmount, @Nullable LocalDate paymentDate) {
        Actor actor = currentUser.actor();
        GrantBid bid = current(id, version, actor);
        BidStatus from = bid.getStatus();
        Instant now = Instant.now(clock);
        switch (target) {
            case SUBMITTED -> bid.submit(actor, comment, now);
            case UNDER_REVIEW -> bid.startReview(actor, comment, now);
            case APPROVED -> {
                bid.getStatus().checkMove(BidStatus.APPROVED, actor);
                long programmeId = Objects.requireNonNull(bid.getProgramme().getId());
                GrantProgramme programme = programmes.lockById(programmeId).orElseThrow(() -> new NotFound("Grant programme"));
                BigDecimal committed = bids.sumApproved(programmeId, BidStatus.committed());
                bid.approve(approvedAmount, programme.leftAfter(committed), actor, comment, now);
            }
            case REJECTED -> bid.reject(actor, comment, now);
            case RETURNED -> bid.returnForChanges(actor, comment, now);
            case DRAFT -> bid.reopen(actor, comment, now);
            case WORKS_IN_PROGRESS -> bid.startWorks(actor, comment, now);
            case EVIDENCE_SUBMITTED -> bid.acceptEvidence(actor, comment, now);
            case PAID -> bid.recordPaid(paymentDate, actor, comment, now);
            case WITHDRAWN -> bid.withdraw(actor, comment, now);
        }
        GrantBid saved = flush(bids, bid, "bid");
        events.publishEvent(new StatusChanged(FEATURE, id, saved.label(), "grants/" + id, from.name(), target.name(),
                actor.username(), now, comment == null || comment.isBlank() ? null : comment.strip()));
        saved.getHistory();
        saved.getInvoices();
        saved.getAttachments();
        return saved;
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional
    public GrantBid addInvoice(long bidId, String number, @Nullable LocalDate date, @Nullable BigDecimal amount,
                               @Nullable LocalDate paidDate) {
        GrantBid bid = visible(bidId, currentUser.actor());
        bid.addInvoice(number, date, amount, paidDate);
        return loaded(flush(bids, bid, "bid"));
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional
    public GrantBid removeInvoice(long bidId, long invoiceId) {
        GrantBid bid = visible(bidId, currentUser.actor());
        bid.removeInvoice(invoiceId);
        return loaded(flush(bids, bid, "bid"));
    }

    /** Checks and stores a file, then records it on the bid; a refused file leaves nothing behind. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional
    public GrantBid attach(long bidId, AttachmentKind kind, String fileName, byte[] content) {
        Actor actor = currentUser.actor();
        GrantBid bid = visible(bidId, actor);
        StoredFiles.Checked checked = StoredFiles.check(fileName, content);
        String stored = files.store(FILES_FOLDER, checked, content);
        files.deleteUnlessCommitted(FILES_FOLDER, stored);
        bid.addAttachment(kind, checked.displayName(), stored, checked.contentType(), content.length, actor, Instant.now(clock));
        return loaded(flush(bids, bid, "bid"));
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional(readOnly = true)
    public StoredFile download(long bidId, long attachmentId) {
        GrantBid bid = visible(bidId, currentUser.actor());
        GrantAttachment attachment = bid.getAttachments().stream()
                .filter(a -> Objects.equals(a.getId(), attachmentId))
                .findFirst().orElseThrow(() -> new NotFound("Attachment"));
        return new StoredFile(attachment.getFileName(), attachment.getContentType(), attachment.getSizeBytes(),
                files.open(FILES_FOLDER, attachment.getStoredName()));
    }

    /** Deadline position of a bid today, by the application's clock. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- helpers ----------------------------------------------------------------------------

    private GrantBid loaded(GrantBid bid) {
        bid.getHistory();
        bid.getInvoices();
        bid.getAttachments();
        return bid;
    }

    /** The bid if this actor may see it; otherwise exactly as if it did not exist. */
    private GrantBid visible(long id, Actor actor) {
        return bids.findById(id)
                .filter(b -> actor.maySeePractice(b.getPractice().getOdsCode()))
                .orElseThrow(() -> new NotFound("Grant bid"));
    }

    private GrantBid current(long id, long version, Actor actor) {
        GrantBid bid = visible(id, actor);
        if (bid.getVersion() != version) {
            throw new ConcurrentChange("bid");
        }
        return bid;
    }

    private static <T> T flush(org.springframework.data.jpa.repository.JpaRepository<T, Long> repository, T entity, String what) {
        try {
            return repository.saveAndFlush(entity);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange(what);
        }
    }

    private static BigDecimal orZero(@Nullable Object value) {
        return value == null ? BigDecimal.ZERO : (BigDecimal) value;
    }

    private Specification<GrantBid> spec(GrantFilter filter, Actor actor) {
        LocalDate today = today();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (actor.isPracticeScoped()) {
                where.add(cb.equal(root.get("practice").get("odsCode"), String.valueOf(actor.practiceOdsCode())));
            }
            if (filter.programmeId() != null) {
                where.add(cb.equal(root.get("programme").get("id"), filter.programmeId()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.practiceOdsCode() != null && !filter.practiceOdsCode().isBlank()) {
                where.add(cb.equal(root.get("practice").get("odsCode"), filter.practiceOdsCode().strip().toUpperCase(Locale.ROOT)));
            }
            if (filter.locality() != null && !filter.locality().isBlank()) {
                where.add(cb.equal(root.get("practice").get("locality").get("name"), filter.locality()));
            }
            if (filter.deadline() == DeadlineState.AT_RISK || filter.deadline() == DeadlineState.SLIPPED) {
                where.add(root.get("status").in(BidStatus.APPROVED, BidStatus.WORKS_IN_PROGRESS));
                var deadline = root.get("programme").<LocalDate>get("spendDeadline");
                if (filter.deadline() == DeadlineState.SLIPPED) {
                    where.add(cb.lessThan(deadline, today));
                } else {
                    where.add(cb.between(deadline, today, today.plusDays(DeadlineState.AT_RISK_DAYS)));
                }
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + filter.text().strip().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(cb.or(
                        cb.like(cb.lower(root.get("title")), like, '\\'),
                        cb.like(cb.lower(root.get("practice").get("name")), like, '\\'),
                        cb.like(cb.lower(root.get("practice").get("odsCode")), like, '\\')));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
