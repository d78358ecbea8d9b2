package uk.nhs.dorset.primarycare.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Headcount and FTE of one role. Either may be null, meaning "not supplied" (NA, ND, EST, NS
 * or "." in NHS Digital's files), which is different from a supplied zero and never counts
 * as one.
 */
@Embeddable
public class RoleFigures {

    static final int FTE_SCALE = 3;
    private static final BigDecimal MAX_FTE = new BigDecimal("9999");

    @Column(name = "headcount")
    private @Nullable Integer headcount;

    @Column(name = "fte", precision = 10, scale = FTE_SCALE)
    private @Nullable BigDecimal fte;

    protected RoleFigures() {
    }

    public RoleFigures(@Nullable Integer headcount, @Nullable BigDecimal fte) {
        if (headcount != null && (headcount < 0 || headcount > 9999)) {
            throw new IllegalArgumentException("A headcount must be between 0 and 9,999");
        }
        if (fte != null && (fte.signum() < 0 || fte.compareTo(MAX_FTE) > 0)) {
            throw new IllegalArgumentException("An FTE must be between 0 and 9,999");
        }
        this.headcount = headcount;
        this.fte = fte == null ? null : fte.setScale(FTE_SCALE, RoundingMode.HALF_UP);
    }

    public @Nullable Integer headcount() {
        return headcount;
    }

    public @Nullable BigDecimal fte() {
        return fte;
    }

    public boolean isEmpty() {
        return headcount == null && fte == null;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RoleFigures other && java.util.Objects.equals(headcount, other.headcount)
                && java.util.Objects.equals(fte, other.fte);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(headcount, fte);
    }

    @Override
    public String toString() {
        return "headcount " + (headcount == null ? "not supplied" : headcount) + ", FTE " + (fte == null ? "not supplied" : fte.toPlainString());
    }
}
