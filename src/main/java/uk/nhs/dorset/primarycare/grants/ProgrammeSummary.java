package uk.nhs.dorset.primarycare.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A programme's money at a glance. Committed counts approved grants from approval to payment;
 * the forecast underspend also counts grants whose works slipped past the spend deadline.
 *
 * @param budget             null while the budget is not confirmed
 * @param remaining          budget less committed; null without a budget
 * @param forecastUnderspend budget less the committed grants still expected to be spent in time
 * @param inWorks            approved bids whose works are not yet evidenced: the ones a spend deadline can catch
 */
public record ProgrammeSummary(GrantProgramme programme, @Nullable BigDecimal budget, BigDecimal requested,
                               BigDecimal committed, BigDecimal evidenced, BigDecimal paid, BigDecimal slipped,
                               @Nullable BigDecimal remaining, @Nullable BigDecimal forecastUnderspend,
                               long approvedSchemes, long openBids, long inWorks) {

    /** Bids at risk of missing, or already past, the programme's spend deadline on {@code today}. */
    public long inWorks(DeadlineState state, LocalDate today) {
        LocalDate deadline = programme.getSpendDeadline();
        if (deadline == null) {
            return 0;
        }
        return switch (state) {
            case SLIPPED -> deadline.isBefore(today) ? inWorks : 0;
            case AT_RISK -> !deadline.isBefore(today) && !deadline.isAfter(today.plusDays(DeadlineState.AT_RISK_DAYS)) ? inWorks : 0;
            default -> 0;
        };
    }
}
