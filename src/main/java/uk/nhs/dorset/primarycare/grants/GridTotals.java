package uk.nhs.dorset.primarycare.grants;

import java.math.BigDecimal;

/** Count and money totals of the bids a filter selects. */
public record GridTotals(long count, BigDecimal requested, BigDecimal approved) {
}
