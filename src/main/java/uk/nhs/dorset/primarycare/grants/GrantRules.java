package uk.nhs.dorset.primarycare.grants;

import java.math.BigDecimal;

/**
 * Which Premises Costs Directions govern a programme's grants, and so the grant rates a bid
 * may ask for (as a percentage of the eligible cost).
 */
public enum GrantRules {
    DIRECTIONS_2013("2013 Premises Costs Directions", new BigDecimal("33"), new BigDecimal("66")),
    DIRECTIONS_2024("2024 Premises Costs Directions", new BigDecimal("0.01"), new BigDecimal("100"));

    private final String label;
    private final BigDecimal minRate;
    private final BigDecimal maxRate;

    GrantRules(String label, BigDecimal minRate, BigDecimal maxRate) {
        this.label = label;
        this.minRate = minRate;
        this.maxRate = maxRate;
    }

    public String label() {
        return label;
    }

    public BigDecimal minRate() {
        return minRate;
    }

    public BigDecimal maxRate() {
        return maxRate;
    }

    public boolean allows(BigDecimal ratePercent) {
        return ratePercent.compareTo(minRate) >= 0 && ratePercent.compareTo(maxRate) <= 0;
    }

    /** "between 33% and 66%" / "up to 100%": for messages. */
    public String rangeText() {
        return this == DIRECTIONS_2013
                ? "between " + minRate.toPlainString() + "% and " + maxRate.toPlainString() + "%"
                : "above 0% and up to " + maxRate.toPlainString() + "%";
    }
}
