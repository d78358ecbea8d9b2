package uk.nhs.dorset.primarycare.grants;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.FinancialYear;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.Workflows;

/**
 * The premises improvement grant programmes: one per financial year, with the budget that
 * committed grants may never exceed. A budget change takes the programme's row lock, as an
 * approval does, so the budget cannot drop below what a racing approval commits.
 */
@Service
public class GrantProgrammeService {

    private final GrantProgrammeRepository programmes;
    private final GrantBidRepository bids;
    private final Clock clock;

    GrantProgrammeService(GrantProgrammeRepository programmes, GrantBidRepository bids, Clock clock) {
        this.programmes = programmes;
        this.bids = bids;
        this.clock = clock;
    }

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
        GrantProgramme programme = Workflows.seen(
                programmes.lockById(id).orElseThrow(() -> new NotFound("Grant programme")), version, "programme");
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
        return Workflows.flush(programmes, programme, "programme");
    }

    private static void apply(GrantProgramme programme, ProgrammeForm form) {
        programme.setSpendDeadline(form.spendDeadline() == null ? programme.getFinancialYear().lastDay() : form.spendDeadline());
        programme.setOpenForBids(form.openForBids());
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.PRACTICE_})
    @Transactional(readOnly = true)
    public ProgrammeSummary summary(long programmeId) {
        GrantProgramme programme = programme(programmeId);
        // Every figure from one grouped statement: sums and counts per status, added up here.
        Map<BidStatus, Object[]> byStatus = new EnumMap<>(BidStatus.class);
        for (Object[] row : bids.totalsByStatus(programmeId)) {
            byStatus.put((BidStatus) row[0], row);
        }
        Set<BidStatus> inWorks = EnumSet.of(BidStatus.APPROVED, BidStatus.WORKS_IN_PROGRESS);
        BigDecimal committed = sum(byStatus, BidStatus.committed(), 1);
        BigDecimal evidenced = sum(byStatus, EnumSet.of(BidStatus.EVIDENCE_SUBMITTED, BidStatus.PAID), 1);
        BigDecimal paid = sum(byStatus, EnumSet.of(BidStatus.PAID), 1);
        LocalDate deadline = programme.getSpendDeadline();
        boolean pastDeadline = deadline != null && deadline.isBefore(LocalDate.now(clock));
        BigDecimal slipped = pastDeadline ? sum(byStatus, inWorks, 1) : BigDecimal.ZERO;
        BigDecimal requested = sum(byStatus, EnumSet.of(BidStatus.SUBMITTED, BidStatus.UNDER_REVIEW), 2);
        BigDecimal budget = programme.getBudget();
        BigDecimal remaining = budget == null ? null : budget.subtract(committed);
        BigDecimal underspend = budget == null ? null : budget.subtract(committed.subtract(slipped));
        long approved = sum(byStatus, BidStatus.committed(), 3).longValue();
        long open = sum(byStatus, EnumSet.of(BidStatus.DRAFT, BidStatus.SUBMITTED, BidStatus.UNDER_REVIEW, BidStatus.RETURNED), 3).longValue();
        return new ProgrammeSummary(programme, budget, requested, committed, evidenced, paid, slipped, remaining, underspend,
                approved, open, sum(byStatus, inWorks, 3).longValue());
    }

    private static BigDecimal sum(Map<BidStatus, Object[]> byStatus, Set<BidStatus> statuses, int column) {
        BigDecimal total = BigDecimal.ZERO;
        for (BidStatus status : statuses) {
            Object[] row = byStatus.get(status);
            if (row != null && row[column] != null) {
                total = total.add(row[column] instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) row[column]).longValue()));
            }
        }
        return total;
    }
}
