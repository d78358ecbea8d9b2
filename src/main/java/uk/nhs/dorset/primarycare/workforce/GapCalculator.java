package uk.nhs.dorset.primarycare.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.practice.Cluster;

/**
 * Target minus baseline FTE. A locality's target is shared between its practices by list
 * size. Where a practice did not supply a group's figures, neither its baseline nor its share
 * of the target enters the locality's gap: the gap is measured over the practices that
 * supplied, and the coverage says how many that was, so a missing return never reads as a
 * vacancy.
 */
public final class GapCalculator {

    private GapCalculator() {
    }

    /** A practice's baseline: supplied FTE per group (a missing entry is "not supplied"). */
    public record PracticeBaseline(String odsCode, String practiceName, String locality, Cluster cluster,
                                   @Nullable Integer listSize, Map<StaffGroup, BigDecimal> fte) {
    }

    /** One practice's gap in one group; baseline and gap null when not supplied. */
    public record PracticeGap(String odsCode, String practiceName, String locality, Cluster cluster,
                              StaffGroup group, @Nullable BigDecimal target, @Nullable BigDecimal baseline,
                              @Nullable BigDecimal gap) {
    }

    /**
     * A locality's or cluster's gap in one group. {@code target} is the whole target;
     * {@code coveredTarget} the part for practices that supplied figures, which {@code gap}
     * compares with their {@code baseline}.
     */
    public record GapLine(String scope, Cluster cluster, StaffGroup group, @Nullable BigDecimal target,
                          @Nullable BigDecimal coveredTarget, @Nullable BigDecimal baseline, @Nullable BigDecimal gap,
                          int practicesSupplied, int practices) {

        public boolean isComplete() {
            return practicesSupplied == practices;
        }

        public String coverage() {
            return practicesSupplied + " of " + practices;
        }
    }

    public record Result(List<PracticeGap> practices, List<GapLine> localities, List<GapLine> clusters) {
    }

    /**
     * @param baselines every practice in scope, whether it supplied figures or not
     * @param targets   target FTE per locality name and group
     */
    public static Result calculate(List<PracticeBaseline> baselines, Map<String, Map<StaffGroup, BigDecimal>> targets) {
        Map<String, Long> localityList = new LinkedHashMap<>();
        for (PracticeBaseline b : baselines) {
            localityList.merge(b.locality(), b.listSize() == null ? 0L : b.listSize(), Long::sum);
        }
        return calculate(baselines, targets, localityList);
    }

    /**
     * As {@link #calculate(List, Map)} for some of the practices only, such as a page of them:
     * each practice's share of its locality's target is of the whole locality's list size, given.
     */
    public static Result calculate(List<PracticeBaseline> baselines, Map<String, Map<StaffGroup, BigDecimal>> targets,
                                   Map<String, Long> localityList) {
        List<PracticeGap> practiceGaps = new ArrayList<>();
        Map<String, Acc> byLocality = new LinkedHashMap<>();
        for (PracticeBaseline b : baselines.stream().sorted(Comparator.comparing(PracticeBaseline::locality)
                .thenComparing(PracticeBaseline::practiceName)).toList()) {
            for (StaffGroup group : StaffGroup.values()) {
                BigDecimal localityTarget = targets.getOrDefault(b.locality(), Map.of()).get(group);
                long list = localityList.getOrDefault(b.locality(), 0L);
                BigDecimal share = localityTarget == null || b.listSize() == null || list == 0 ? null
                        : localityTarget.multiply(BigDecimal.valueOf(b.listSize()))
                        .divide(BigDecimal.valueOf(list), 6, RoundingMode.HALF_UP);
                BigDecimal baseline = b.fte().get(group);
                BigDecimal gap = share == null || baseline == null ? null : share.subtract(baseline);
                practiceGaps.add(new PracticeGap(b.odsCode(), b.practiceName(), b.locality(), b.cluster(), group,
                        round(share), round(baseline), round(gap)));
                Acc acc = byLocality.computeIfAbsent(b.locality() + "|" + group.name(),
                        k -> new Acc(b.locality(), b.cluster(), group, localityTarget));
                acc.practices++;
                // Without a list size a practice's share of the target is unknown, so its
                // baseline cannot be set against one either.
                if (baseline != null && (localityTarget == null || share != null)) {
                    acc.supplied++;
                    acc.baseline = acc.baseline.add(baseline);
                    if (share != null) {
                        acc.coveredTarget = acc.coveredTarget.add(share);
                    }
                }
            }
        }
        List<GapLine> localityLines = byLocality.values().stream().map(Acc::line).toList();
        Map<String, Acc> byCluster = new LinkedHashMap<>();
        for (GapLine l : localityLines.stream().sorted(Comparator.comparing(GapLine::cluster)).toList()) {
            Acc acc = byCluster.computeIfAbsent(l.cluster().name() + "|" + l.group().name(),
                    k -> new Acc(l.cluster().label(), l.cluster(), l.group(), null));
            acc.practices += l.practices();
            acc.supplied += l.practicesSupplied();
            if (l.target() != null) {
                acc.target = acc.target == null ? l.target() : acc.target.add(l.target());
            }
            if (l.baseline() != null) {
                acc.baseline = acc.baseline.add(l.baseline());
            }
            if (l.coveredTarget() != null) {
                acc.coveredTarget = acc.coveredTarget.add(l.coveredTarget());
            }
            acc.anyTarget |= l.target() != null;
        }
        return new Result(practiceGaps, localityLines, byCluster.values().stream().map(Acc::line).toList());
    }

    private static @Nullable BigDecimal round(@Nullable BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }

    private static final class Acc {
        final String scope;
        final Cluster cluster;
        final StaffGroup group;
        @Nullable BigDecimal target;
        BigDecimal baseline = BigDecimal.ZERO;
        BigDecimal coveredTarget = BigDecimal.ZERO;
        int practices;
        int supplied;
        boolean anyTarget;

        Acc(String scope, Cluster cluster, StaffGroup group, @Nullable BigDecimal target) {
            this.scope = scope;
            this.cluster = cluster;
            this.group = group;
            this.target = target;
            this.anyTarget = target != null;
        }

        GapLine line() {
            BigDecimal base = supplied == 0 ? null : baseline;
            BigDecimal covered = anyTarget && supplied > 0 ? coveredTarget : null;
            BigDecimal gap = base == null || covered == null ? null : covered.subtract(base);
            return new GapLine(scope, cluster, group, round(target), round(covered), round(base), round(gap), supplied, practices);
        }
    }
}
