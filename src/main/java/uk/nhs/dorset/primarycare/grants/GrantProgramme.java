package uk.nhs.dorset.primarycare.grants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.AbstractEntity;
import uk.nhs.dorset.primarycare.base.FinancialYear;

/**
 * One financial year's grant programme. A missing budget means NHS England has not yet
 * confirmed it: bids may be invited but none approved.
 */
@Entity
@Table(name = "grant_programme")
public class GrantProgramme extends AbstractEntity {

    /** Sane upper bound for a year's programme, to catch a mistyped figure. */
    public static final BigDecimal MAX_BUDGET = new BigDecimal("100000000");

    @Column(name = "financial_year_start", nullable = false, unique = true)
    private int financialYearStart;

    @Column(name = "budget", precision = 12, scale = 2)
    private @Nullable BigDecimal budget;

    @Column(name = "spend_deadline", nullable = false)
    private LocalDate spendDeadline;

    @Column(name = "open_for_bids", nullable = false)
    private boolean openForBids;

    @Enumerated(EnumType.STRING)
    @Column(name = "rules", nullable = false, length = 20)
    private GrantRules rules;

    protected GrantProgramme() {
        this.spendDeadline = LocalDate.EPOCH;
        this.rules = GrantRules.DIRECTIONS_2013;
    }

    @SuppressWarnings("this-escape")
    public GrantProgramme(FinancialYear year, @Nullable BigDecimal budget, GrantRules rules) {
        this.financialYearStart = year.startYear();
        this.spendDeadline = year.lastDay();
        this.rules = rules;
        setBudget(budget);
    }

    public FinancialYear getFinancialYear() {
        return new FinancialYear(financialYearStart);
    }

    public String getName() {
        return getFinancialYear().toString();
    }

    public @Nullable BigDecimal getBudget() {
        return budget;
    }

    public boolean hasBudget() {
        return budget != null;
    }

    public void setBudget(@Nullable BigDecimal budget) {
        if (budget != null) {
            if (budget.signum() < 0) {
                throw new IllegalArgumentException("A budget cannot be negative");
            }
            if (budget.compareTo(MAX_BUDGET) > 0) {
                throw new IllegalArgumentException("A budget over £100,000,000 is not plausible for one year's programme");
            }
            if (budget.scale() > 2 && budget.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("A budget is in pounds and pence");
            }
        }
        this.budget = budget;
    }

    public LocalDate getSpendDeadline() {
        return spendDeadline;
    }

    public void setSpendDeadline(LocalDate spendDeadline) {
        FinancialYear year = getFinancialYear();
        if (spendDeadline.isBefore(year.firstDay()) || spendDeadline.isAfter(year.lastDay().plusYears(1))) {
            throw new IllegalArgumentException("The spend deadline must fall between " + year.firstDay().getYear()
                    + " and the end of the following year");
        }
        this.spendDeadline = spendDeadline;
    }

    public boolean isOpenForBids() {
        return openForBids;
    }

    public void setOpenForBids(boolean openForBids) {
        this.openForBids = openForBids;
    }

    public GrantRules getRules() {
        return rules;
    }

    public void setRules(GrantRules rules) {
        this.rules = rules;
    }

    /**
     * What a bidder must know before drafting or submitting into this programme: without a
     * confirmed budget a bid can go in, but no bid can be approved until the budget is confirmed.
     */
    public Optional<String> budgetNotice() {
        return hasBudget() ? Optional.empty() : Optional.of("The " + getName() + " programme's budget is not confirmed yet: "
                + "bids can be drafted and submitted, but none can be approved until the budget is confirmed");
    }

    /** What is left to commit, given what is committed already; null without a budget. */
    public @Nullable BigDecimal leftAfter(BigDecimal committed) {
        return budget == null ? null : budget.subtract(committed);
    }
}
