package uk.nhs.dorset.primarycare.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.FinancialYear;

/**
 * One row of the bid grid and its export: exactly the columns the grid can show (the extra
 * columns too), read in one statement from the bid with its practice's code and name, its
 * locality's name and its programme's year and deadline, so that no entity is loaded for a page.
 */
public record BidRow(long id, long version, String practiceOdsCode, String practiceName, @Nullable String localityName,
                     long programmeId, int financialYearStart, LocalDate spendDeadline, String title, BidStatus status,
                     @Nullable BigDecimal requestedGrant, @Nullable BigDecimal approvedGrant, @Nullable String owner,
                     @Nullable SchemeType schemeType, @Nullable BigDecimal totalCost, @Nullable BigDecimal eligibleCost,
                     @Nullable BigDecimal grantRate, @Nullable Tenure tenure,
                     @Nullable LocalDate plannedStart, @Nullable LocalDate plannedCompletion,
                     @Nullable LocalDate actualCompletion, @Nullable LocalDate paymentDate) {

    /** The practice as the grid names it: its code, then its name. */
    public String practice() {
        return practiceOdsCode + " " + practiceName;
    }

    /** The programme's name, its financial year ("2017/18"). */
    public String programmeName() {
        return new FinancialYear(financialYearStart).toString();
    }

    /** What a bulk move's result calls the bid, as {@link GrantBid#label()} does. */
    public String label() {
        return practiceOdsCode + " — " + title;
    }

    public String link() {
        return "grants/" + id;
    }

    public Optional<Long> daysLeft(LocalDate today) {
        return DeadlineState.daysLeft(status, spendDeadline, today);
    }

    public DeadlineState deadlineState(LocalDate today) {
        return DeadlineState.of(status, spendDeadline, today);
    }

    public boolean legalChargeRequired() {
        return GrantBid.legalChargeRequired(tenure, approvedGrant, requestedGrant);
    }

    /** The moves this actor may make on the bid: a bid narrows none of its status's moves. */
    public Set<BidStatus> allowedNext(Actor actor) {
        return status.allowedNext(actor);
    }
}
