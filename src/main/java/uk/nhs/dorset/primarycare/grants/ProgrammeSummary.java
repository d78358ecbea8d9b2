package uk.nhs.dorset.primarycare.grants;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A programme's money at a glance. Committed counts approved grants from approval to payment;
 * the forecast underspend also counts grants whose works slipped past the spend deadline.
 *
 * @param budget             null while the budget is not confirmed
 * @param remaining          budget less committed; null without a budget
 * @param forecastUnderspend budget less the committed grants still expected to be spent in time
 */
public record ProgrammeSummary(GrantProgramme programme, @Nullable BigDecimal budget, BigDecimal requested,
                               BigDecimal committed, BigDecimal evidenced, BigDecimal paid, BigDecimal slipped,
                               @Nullable BigDecimal remaining, @Nullable BigDecimal forecastUnderspend,
                               long approvedSchemes, long openBids) {
}
