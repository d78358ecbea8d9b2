package uk.nhs.dorset.primarycare.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A profile's role lines summed by staff group, with the patients-per-FTE ratios: what grids,
 * exports and the profile itself show of its figures. A group none of whose roles was supplied
 * is absent (shown as "not supplied"), never zero.
 */
public final class GroupTotals {

    private final Map<StaffGroup, BigDecimal> fte = new EnumMap<>(StaffGroup.class);
    private final Map<StaffGroup, Integer> headcount = new EnumMap<>(StaffGroup.class);
    private final @Nullable Integer registeredPatients;

    private GroupTotals(@Nullable Integer registeredPatients) {
        this.registeredPatients = registeredPatients;
    }

    /** Sums the lines a profile holds. */
    public static GroupTotals of(Map<StaffRole, RoleFigures> lines, @Nullable Integer registeredPatients) {
        GroupTotals totals = new GroupTotals(registeredPatients);
        lines.forEach((role, figures) -> totals.add(role, figures.headcount(), figures.fte()));
        return totals;
    }

    /** Totals to be summed line by line, as rows read straight from the database are. */
    static GroupTotals empty(@Nullable Integer registeredPatients) {
        return new GroupTotals(registeredPatients);
    }

    void add(StaffRole role, @Nullable Integer roleHeadcount, @Nullable BigDecimal roleFte) {
        if (roleFte != null) {
            fte.merge(role.group(), roleFte, BigDecimal::add);
        }
        if (roleHeadcount != null) {
            headcount.merge(role.group(), roleHeadcount, Integer::sum);
        }
    }

    public @Nullable BigDecimal fte(StaffGroup group) {
        return fte.get(group);
    }

    public @Nullable Integer headcount(StaffGroup group) {
        return headcount.get(group);
    }

    /** Every group supplied, and its FTE. */
    public Map<StaffGroup, BigDecimal> ftes() {
        return new EnumMap<>(fte);
    }

    public @Nullable Integer registeredPatients() {
        return registeredPatients;
    }

    /** GPs, nurses and direct patient care together; null unless all three were supplied. */
    public @Nullable BigDecimal clinicalFte() {
        BigDecimal sum = BigDecimal.ZERO;
        for (StaffGroup g : StaffGroup.values()) {
            if (g.isClinical()) {
                BigDecimal groupFte = fte.get(g);
                if (groupFte == null) {
                    return null;
                }
                sum = sum.add(groupFte);
            }
        }
        return sum;
    }

    public @Nullable BigDecimal patientsPerGpFte() {
        return perFte(fte.get(StaffGroup.GP));
    }

    public @Nullable BigDecimal patientsPerClinicalFte() {
        return perFte(clinicalFte());
    }

    private @Nullable BigDecimal perFte(@Nullable BigDecimal groupFte) {
        if (registeredPatients == null || groupFte == null || groupFte.signum() == 0) {
            return null;
        }
        return BigDecimal.valueOf(registeredPatients).divide(groupFte, 0, RoundingMode.HALF_UP);
    }
}
