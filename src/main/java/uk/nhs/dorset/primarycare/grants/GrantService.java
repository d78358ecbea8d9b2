package uk.nhs.dorset.primarycare.grants;

import uk.nhs.dorset.primarycare.base.WorkingDays;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Paging;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.audit.FieldChange;
import uk.nhs.dorset.primarycare.base.audit.FieldHistory;
import uk.nhs.dorset.primarycare.base.files.StoredFile;
import uk.nhs.dorset.primarycare.base.files.StoredFiles;
import uk.nhs.dorset.primarycare.base.workflow.Move;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.base.workflow.TransitionNotAllowed;
import uk.nhs.dorset.primarycare.base.workflow.Workflows;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.security.CurrentUser;

/**
 * Premises improvement grant bids: drafting, the workflow, invoices and attachments. A
 * practice manager sees only their own practice's bids: any other bid is "not found". The
 * programmes themselves are {@link GrantProgrammeService}'s.
 */
@Service
public class GrantService {

    private final GrantBidRepository bids;
    private final GrantProgrammeRepository programmes;
    private final PracticeService practices;
    private final CurrentUser currentUser;
    /** Where grant attachments are kept among the hub's files. */
    static final String FILES_FOLDER = "grants";

    private final StoredFiles files;
    private final Workflows workflows;
    private final FieldHistory fieldHistory;
    private final Clock clock;
    /** An approved grant above this needs a programme manager's approval. */
    private final BigDecimal managerApprovalAbove;

    @PersistenceContext
    private EntityManager entityManager;

    GrantService(GrantBidRepository bids, GrantProgrammeRepository programmes, PracticeService practices,
                 CurrentUser currentUser, StoredFiles files, Workflows workflows, FieldHistory fieldHistory, Clock clock,
                 @Value("${hub.grants.manager-approval-above:100000}") BigDecimal managerApprovalAbove) {
        this.bids = bids;
        this.programmes = programmes;
        this.practices = practices;
        this.currentUser = currentUser;
        this.files = files;
        this.workflows = workflows;
        this.fieldHistory = fieldHistory;
        this.clock = clock;
        this.managerApprovalAbove = managerApprovalAbove;
    }

    // --- reading bids -----------------------------------------------------------------------

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional(readOnly = true)
    public Slice<BidRow> search(GrantFilter filter, Pageable pageable) {
        Pageable sorted = Paging.unique(pageable, Sort.by("id"));
        return Paging.slice(rows(filter, sorted.getSort()), sorted);
    }

    /**
     * The rows the filter selects in this order, as {@link BidRow}s: one statement, no entity.
     * The practice, its locality and the programme are outer-joined although every bid has a
     * practice and a programme: that keeps grant_bid first in the join order, so a page is read
     * along grant_bid's own index for its order and the joins are made for that page's rows only.
     */
    private TypedQuery<BidRow> rows(GrantFilter filter, Sort sort) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<BidRow> query = cb.createQuery(BidRow.class);
        Root<GrantBid> bid = query.from(GrantBid.class);
        Join<GrantBid, Practice> practice = bid.join("practice", JoinType.LEFT);
        Join<Practice, ?> locality = practice.join("locality", JoinType.LEFT);
        Join<GrantBid, GrantProgramme> programme = bid.join("programme", JoinType.LEFT);
        query.select(cb.construct(BidRow.class, bid.get("id"), bid.get("version"), practice.get("odsCode"), practice.get("name"),
                locality.get("name"), programme.get("id"), programme.get("financialYearStart"), programme.get("spendDeadline"),
                bid.get("title"), bid.get("status"), bid.get("requestedGrant"), bid.get("approvedGrant"), bid.get("owner"),
                bid.get("schemeType"), bid.get("totalCost"), bid.get("eligibleCost"), bid.get("grantRate"), bid.get("tenure"),
                bid.get("plannedStart"), bid.get("plannedCompletion"), bid.get("actualCompletion"), bid.get("paymentDate")));
        Predicate where = spec(filter, currentUser.actor()).toPredicate(bid, query, cb);
        if (where != null) {
            query.where(where);
        }
        query.orderBy(QueryUtils.toOrders(Paging.unique(sort), bid, cb));
        return entityManager.createQuery(query);
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
    public Stream<BidRow> export(GrantFilter filter, Sort sort) {
        return rows(filter, sort).getResultList().stream();
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
        return fieldHistory.of(GrantBid.class, id);
    }

    // --- changing bids ----------------------------------------------------------------------

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.PRACTICE_})
    @Transactional
    public GrantBid create(String practiceOdsCode, long programmeId, BidForm form) {
        Actor actor = currentUser.actor();
        Practice practice = practices.get(practiceOdsCode);
        GrantProgramme programme = programmes.findById(programmeId).orElseThrow(() -> new NotFound("Grant programme"));
        GrantBid bid = new GrantBid(practice, programme, form, actor, clock.instant());
        return loaded(workflows.saveMove(bids, bid));
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.PRACTICE_})
    @Transactional
    public GrantBid update(long id, long version, BidForm form) {
        Actor actor = currentUser.actor();
        GrantBid bid = Workflows.seen(visible(id, actor), version, "bid");
        TransitionNotAllowed.require(actor.hasAny(BidStatus.DRAFT.whoMay(BidStatus.SUBMITTED)), "Your role may not edit grant bids");
        bid.update(form);
        return loaded(Workflows.flush(bids, bid, "bid"));
    }

    /**
     * Moves a bid along its workflow. Approval reads what is committed only while holding the
     * programme's row lock, under read-committed isolation so it sees every earlier approval:
     * two approvals racing for the last of a budget are decided one after the other.
     */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public GrantBid move(long id, long seenVersion, BidStatus target, MoveRequest request) {
        Actor actor = currentUser.actor();
        GrantBid bid = Workflows.seen(visible(id, actor), seenVersion, "bid");
        Move move = request.by(actor, clock.instant());
        if (target == BidStatus.APPROVED && bid.getStatus().mayMove(target, actor)) {
            long programmeId = Objects.requireNonNull(bid.getProgramme().getId());
            GrantProgramme programme = programmes.lockById(programmeId).orElseThrow(() -> new NotFound("Grant programme"));
            move = move.with(GrantBid.LEFT_IN_PROGRAMME, programme.leftAfter(bids.sumApproved(programmeId, BidStatus.committed())))
                    .with(GrantBid.MANAGER_APPROVAL_ABOVE, managerApprovalAbove);
        }
        bid.move(target, move);
        return loaded(workflows.saveMove(bids, bid));
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional
    public GrantBid addInvoice(long bidId, String number, @Nullable LocalDate date, @Nullable BigDecimal amount,
                               @Nullable LocalDate paidDate) {
        GrantBid bid = visible(bidId, currentUser.actor());
        bid.addInvoice(number, date, amount, paidDate);
        return loaded(Workflows.flush(bids, bid, "bid"));
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional
    public GrantBid removeInvoice(long bidId, long invoiceId) {
        GrantBid bid = visible(bidId, currentUser.actor());
        bid.removeInvoice(invoiceId);
        return loaded(Workflows.flush(bids, bid, "bid"));
    }

    /** Checks and stores a file, then records it on the bid; a refused file leaves nothing behind. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional
    public GrantBid attach(long bidId, AttachmentKind kind, String fileName, byte[] content) {
        Actor actor = currentUser.actor();
        GrantBid bid = visible(bidId, actor);
        bid.addAttachment(kind, files.keep(FILES_FOLDER, fileName, content, StoredFiles.MAX_BYTES, actor.username(), clock.instant()));
        return loaded(Workflows.flush(bids, bid, "bid"));
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional(readOnly = true)
    public StoredFile download(long bidId, long attachmentId) {
        GrantBid bid = visible(bidId, currentUser.actor());
        GrantAttachment attachment = bid.getAttachments().stream()
                .filter(a -> Objects.equals(a.getId(), attachmentId))
                .findFirst().orElseThrow(() -> new NotFound("Attachment"));
        return files.open(FILES_FOLDER, attachment.getFile());
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

    private static BigDecimal orZero(@Nullable Object value) {
        return value == null ? BigDecimal.ZERO : (BigDecimal) value;
    }

    private Specification<GrantBid> spec(GrantFilter filter, Actor actor) {
        return filter.specification(actor, today());
    }

    /**
     * The approved bids whose spend deadline reminder falls on {@code today}. No role check: the daily reminder job asks, with nobody signed in.
     */
    @Transactional(readOnly = true)
    public List<SpendDeadlineDue> dueForReminder(LocalDate today) {
        WorkingDays days = WorkingDays.englandAndWales();
        return bids.findByStatusIn(java.util.EnumSet.of(BidStatus.APPROVED, BidStatus.WORKS_IN_PROGRESS)).stream()
                .flatMap(bid -> SpendDeadlineDue.of(bid, today, days).stream())
                .toList();
    }
}
