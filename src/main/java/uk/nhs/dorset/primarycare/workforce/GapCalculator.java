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
     * What a locality's gap in one group is worked out from: sums over its open practices, which
     * the database can give without reading a practice. {@code supplied} and {@code baseline}
     * count the practices that supplied the group's figures; the {@code listed} ones those of
     * them with a list size, whose {@code listedSize} is the part of the locality's list they
     * hold, and so the part of its target their baseline is set against.
     */
    public record LocalitySums(String locality, Cluster cluster, StaffGroup group, int practices, long listSize,
                               int supplied, BigDecimal baseline, int suppliedListed, BigDecimal baselineListed,
                               long listedSize) {
    }

    /**
     * As {@link #calculate(List, Map)} for some of the practices only, such as a page of them:
     * each practice's share of its locality's target is of the whole locality's list size, given.
     */
    public static Result calculate(List<PracticeBaseline> baselines, Map<String, Map<StaffGroup, BigDecimal>> targets,
                                   Map<String, Long> localityList) {
        List<PracticeGap> practiceGaps = new ArrayList<>();
        Map<String, SumAcc> byLocality = new LinkedHashMap<>();
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
                SumAcc acc = byLocality.computeIfAbsent(b.locality() + "|" + group.name(),
                        k -> new SumAcc(b.locality(), b.cluster(), group, list));
                acc.practices++;
                if (baseline != null) {
                    acc.supplied++;
                    acc.baseline = acc.baseline.add(baseline);
                    if (b.listSize() != null) {
                        acc.suppliedListed++;
                        acc.baselineListed = acc.baselineListed.add(baseline);
                        acc.listedSize += b.listSize();
                    }
                }
            }
        }
        List<GapLine> localityLines = localityLines(byLocality.values().stream().map(SumAcc::sums).toList(), targets);
        return new Result(practiceGaps, localityLines, clusterLines(localityLines));
    }

    /**
     * Each locality's gap per group from its sums and target, by locality and group. A
     * practice's share of the target is its part of the locality's list, so the practices that
     * supplied figures together hold the part {@code listedSize / listSize} of the target.
     */
    public static List<GapLine> localityLines(List<LocalitySums> sums, Map<String, Map<StaffGroup, BigDecimal>> targets) {
        return sums.stream().sorted(Comparator.comparing(LocalitySums::locality).thenComparing(LocalitySums::group))
                .map(s -> {
                    BigDecimal target = targets.getOrDefault(s.locality(), Map.of()).get(s.group());
                    Acc acc = new Acc(s.locality(), s.cluster(), s.group(), target);
                    acc.practices = s.practices();
                    if (target == null) {
                        acc.supplied = s.supplied();
                        acc.baseline = s.baseline();
                    } else if (s.listSize() != 0) {
                        // Without a list size a practice's share of the target is unknown, so its
                        // baseline cannot be set against one either.
                        acc.supplied = s.suppliedListed();
                        acc.baseline = s.baselineListed();
                        acc.coveredTarget = target.multiply(BigDecimal.valueOf(s.listedSize()))
                                .divide(BigDecimal.valueOf(s.listSize()), 6, RoundingMode.HALF_UP);
                    }
                    return acc.line();
                }).toList();
    }

    /** Each cluster's gap per group: the sums of its localities' lines. */
    public static List<GapLine> clusterLines(List<GapLine> localityLines) {
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
        return byCluster.values().stream().map(Acc::line).toList();
    }

    private static final class SumAcc {
        final String locality;
        final Cluster cluster;
        final StaffGroup group;
        final long listSize;
        int practices;
        int supplied;
        BigDecimal baseline = BigDecimal.ZERO;
        int suppliedListed;
        BigDecimal baselineListed = BigDecimal.ZERO;
        long listedSize;

        SumAcc(String locality, Cluster cluster, StaffGroup group, long listSize) {
            this.locality = locality;
            this.cluster = cluster;
            this.group = group;
            this.listSize = listSize;
        }

        LocalitySums sums() {
            return new LocalitySums(locality, cluster, group, practices, listSize, supplied, baseline, suppliedListed,
                    baselineListed, listedSize);
        }
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
