package uk.nhs.dorset.primarycare.estates;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How many projects a filter selects and their capital value, read together.
 *
 * @param capital null when none of them has a value recorded: unknown, which is not £0
 */
public record EttfTotals(long projects, @Nullable BigDecimal capital) {
}
