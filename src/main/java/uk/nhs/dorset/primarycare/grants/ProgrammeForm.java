package uk.nhs.dorset.primarycare.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A programme as the manager sets it up.
 *
 * @param financialYear written 2018/19
 * @param budget        blank while NHS England has not confirmed it
 * @param spendDeadline blank for 31 March of the financial year
 */
public record ProgrammeForm(String financialYear, @Nullable BigDecimal budget, @Nullable LocalDate spendDeadline,
                            boolean openForBids, GrantRules rules) {
}
