package uk.nhs.dorset.primarycare.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two allocation years side by side, locality by locality. The difference is always the other
 * year less the base, and the published year is the base whenever one of the two is published:
 * a modelled year that gives a locality more shows as a gain however the user picked them.
 */
public record AllocationComparison(AllocationScenario base, AllocationScenario other, List<Line> rows, long totalDifference) {

    /** One locality: its total in each year and the other year's total less the base's. */
    public record Line(String locality, long inBase, long inOther) {
        public long difference() {
            return inOther - inBase;
        }
    }

    /** Compares the year shown with the one picked to compare; the published year is the base. */
    public static AllocationComparison of(AllocationScenario shown, AllocationScenario compared) {
        boolean swap = compared.isPublished() && !shown.isPublished();
        AllocationScenario base = swap ? compared : shown;
        AllocationScenario other = swap ? shown : compared;
        Map<String, long[]> byLocality = new LinkedHashMap<>();
        FundAllocation.Table baseTable = base.allocate();
        FundAllocation.Table otherTable = other.allocate();
        for (FundAllocation.Row r : baseTable.rows()) {
            byLocality.computeIfAbsent(r.locality(), k -> new long[2])[0] = r.total();
        }
        for (FundAllocation.Row r : otherTable.rows()) {
            byLocality.computeIfAbsent(r.locality(), k -> new long[2])[1] = r.total();
        }
        List<Line> rows = new ArrayList<>();
        byLocality.forEach((locality, totals) -> rows.add(new Line(locality, totals[0], totals[1])));
        return new AllocationComparison(base, other, List.copyOf(rows), otherTable.total() - baseTable.total());
    }
}
