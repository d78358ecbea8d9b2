package uk.nhs.dorset.primarycare.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.practice.Cluster;
import uk.nhs.dorset.primarycare.workforce.GapCalculator.GapLine;
import uk.nhs.dorset.primarycare.workforce.GapCalculator.PracticeBaseline;
import uk.nhs.dorset.primarycare.workforce.GapCalculator.PracticeGap;

class GapCalculatorTest {

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static final Map<String, Map<StaffGroup, BigDecimal>> TARGETS = Map.of(
            "Purbeck", Map.of(StaffGroup.GP, d("10"), StaffGroup.NURSES, d("8")),
            "Poole North", Map.of(StaffGroup.GP, d("6")));

    static List<PracticeBaseline> baselines() {
        return List.of(
                // 6,000 and 4,000 patients: 60% and 40% of Purbeck's target.
                new PracticeBaseline("J1", "Alpha", "Purbeck", new Cluster("West"), 6000, Map.of(StaffGroup.GP, d("4.5"), StaffGroup.NURSES, d("3"))),
                new PracticeBaseline("J2", "Beta", "Purbeck", new Cluster("West"), 4000, Map.of(StaffGroup.GP, d("3.5"))),
                new PracticeBaseline("J3", "Gamma", "Poole North", new Cluster("East"), 5000, Map.of(StaffGroup.GP, d("5"))));
    }

    static PracticeGap practice(GapCalculator.Result r, String ods, StaffGroup g) {
        return r.practices().stream().filter(p -> p.odsCode().equals(ods) && p.group() == g).findFirst().orElseThrow();
    }

    static GapLine line(List<GapLine> lines, String scope, StaffGroup g) {
        return lines.stream().filter(l -> l.scope().equals(scope) && l.group() == g).findFirst().orElseThrow();
    }

    @Test
    void practiceTargetIsTheLocalityTargetScaledByListShare() {
        var r = GapCalculator.calculate(baselines(), TARGETS);
        PracticeGap alpha = practice(r, "J1", StaffGroup.GP);
        assertThat(alpha.target()).isEqualByComparingTo("6.00");
        assertThat(alpha.baseline()).isEqualByComparingTo("4.50");
        assertThat(alpha.gap()).isEqualByComparingTo("1.50");
        PracticeGap beta = practice(r, "J2", StaffGroup.GP);
        assertThat(beta.target()).isEqualByComparingTo("4.00");
        assertThat(beta.gap()).isEqualByComparingTo("0.50");
    }

    @Test
    void notSuppliedHasNoGapAndDoesNotCountAsZero() {
        var r = GapCalculator.calculate(baselines(), TARGETS);
        PracticeGap betaNurses = practice(r, "J2", StaffGroup.NURSES);
        assertThat(betaNurses.target()).isEqualByComparingTo("3.20");
        assertThat(betaNurses.baseline()).isNull();
        assertThat(betaNurses.gap()).isNull();

        GapLine nurses = line(r.localities(), "Purbeck", StaffGroup.NURSES);
        assertThat(nurses.target()).isEqualByComparingTo("8.00");
        // Only Alpha supplied: its 4.80 share against its 3 FTE, not 8 against 3.
        assertThat(nurses.coveredTarget()).isEqualByComparingTo("4.80");
        assertThat(nurses.baseline()).isEqualByComparingTo("3.00");
        assertThat(nurses.gap()).isEqualByComparingTo("1.80");
        assertThat(nurses.coverage()).isEqualTo("1 of 2");
        assertThat(nurses.isComplete()).isFalse();
    }

    @Test
    void localityRollUpWhenAllSupplied() {
        var r = GapCalculator.calculate(baselines(), TARGETS);
        GapLine gp = line(r.localities(), "Purbeck", StaffGroup.GP);
        assertThat(gp.baseline()).isEqualByComparingTo("8.00");
        assertThat(gp.coveredTarget()).isEqualByComparingTo("10.00");
        assertThat(gp.gap()).isEqualByComparingTo("2.00");
        assertThat(gp.isComplete()).isTrue();
    }

    @Test
    void nobodySuppliedMeansNoBaselineAndNoGap() {
        var r = GapCalculator.calculate(baselines(), TARGETS);
        GapLine dpc = line(r.localities(), "Purbeck", StaffGroup.DIRECT_PATIENT_CARE);
        assertThat(dpc.baseline()).isNull();
        assertThat(dpc.gap()).isNull();
        assertThat(dpc.coverage()).isEqualTo("0 of 2");
        GapLine pooleNurses = line(r.localities(), "Poole North", StaffGroup.NURSES);
        assertThat(pooleNurses.target()).isNull();
        assertThat(pooleNurses.gap()).isNull();
    }

    @Test
    void clusterRollUpSumsItsLocalities() {
        List<PracticeBaseline> more = new java.util.ArrayList<>(baselines());
        more.add(new PracticeBaseline("J4", "Delta", "Weymouth", new Cluster("West"), 2000, Map.of(StaffGroup.GP, d("1"))));
        Map<String, Map<StaffGroup, BigDecimal>> targets = new java.util.HashMap<>(TARGETS);
        targets.put("Weymouth", Map.of(StaffGroup.GP, d("2.5")));
        var r = GapCalculator.calculate(more, targets);
        GapLine west = line(r.clusters(), "West", StaffGroup.GP);
        assertThat(west.target()).isEqualByComparingTo("12.50");
        assertThat(west.baseline()).isEqualByComparingTo("9.00");
        assertThat(west.gap()).isEqualByComparingTo("3.50");
        assertThat(west.coverage()).isEqualTo("3 of 3");
        GapLine westNurses = line(r.clusters(), "West", StaffGroup.NURSES);
        assertThat(westNurses.target()).isEqualByComparingTo("8.00");
        assertThat(westNurses.gap()).isEqualByComparingTo("1.80");
        assertThat(westNurses.coverage()).isEqualTo("1 of 3");
        GapLine east = line(r.clusters(), "East", StaffGroup.GP);
        assertThat(east.gap()).isEqualByComparingTo("1.00");
    }

    @Test
    void practiceWithoutListSizeGetsNoShare() {
        var r = GapCalculator.calculate(List.of(
                new PracticeBaseline("J1", "Alpha", "Purbeck", new Cluster("West"), 6000, Map.of(StaffGroup.GP, d("4"))),
                new PracticeBaseline("J2", "Beta", "Purbeck", new Cluster("West"), null, Map.of(StaffGroup.GP, d("3")))), TARGETS);
        assertThat(practice(r, "J2", StaffGroup.GP).target()).isNull();
        GapLine gp = line(r.localities(), "Purbeck", StaffGroup.GP);
        assertThat(gp.baseline()).isEqualByComparingTo("4.00");
        assertThat(gp.gap()).isEqualByComparingTo("6.00");
        assertThat(gp.coverage()).isEqualTo("1 of 2");
    }
}
