package uk.nhs.dorset.primarycare.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AccessCoverageTest {

    // Cluster populations: the sum of their localities' practice populations at 31 December 2016.
    private static final long WEST = 41_105 + 44_100 + 86_781 + 75_179;          // Dorset West, Mid Dorset, North Dorset, Weymouth & Portland
    private static final long MID = 69_813 + 74_162 + 62_582 + 52_569 + 34_066; // East Dorset, Poole Bay, Poole Central, Poole North, Purbeck
    private static final long EAST = 66_808 + 63_981 + 54_566 + 67_784;          // Bournemouth North, Central Bournemouth, Christchurch, East Bournemouth

    private static double percent(int hours, long population) {
        return AccessCoverage.coverage(BigDecimal.valueOf(hours), population).doubleValue() * 100;
    }

    @Test
    void week25To31March2018AgreesWithThePublishedPercentages() {
        assertThat(percent(109, WEST)).isCloseTo(59, within(1.0));
        assertThat(percent(112, MID)).isCloseTo(50, within(1.0));
        assertThat(percent(172, EAST)).isCloseTo(91, within(1.0));
        assertThat(percent(393, WEST + MID + EAST)).isCloseTo(66, within(1.0));
        assertThat(WEST + MID + EAST).isEqualTo(793_496);
    }

    @Test
    void requirementIs45MinutesPerThousandPerWeek() {
        assertThat(AccessCoverage.requiredHours(1_000)).isEqualByComparingTo("0.75");
        assertThat(AccessCoverage.requiredHours(793_496)).isEqualByComparingTo("595.12");
        assertThat(AccessCoverage.coverage(new BigDecimal("0.75"), 1_000)).isEqualByComparingTo("1");
    }

    @Test
    void trajectoryReachesHalfInAprilAndFullInOctober2018() {
        assertThat(AccessCoverage.trajectory(LocalDate.of(2017, 9, 25))).isEqualByComparingTo("0");
        assertThat(AccessCoverage.trajectory(LocalDate.of(2018, 4, 1))).isEqualByComparingTo("0.5");
        assertThat(AccessCoverage.trajectory(LocalDate.of(2018, 10, 1))).isEqualByComparingTo("1");
        assertThat(AccessCoverage.trajectory(LocalDate.of(2019, 1, 7))).isEqualByComparingTo("1");
        BigDecimal july = AccessCoverage.trajectory(LocalDate.of(2018, 7, 2));
        assertThat(july).isGreaterThan(new BigDecimal("0.5")).isLessThan(BigDecimal.ONE);
    }

    @Test
    void refusesNegativeHoursAndEmptyPopulations() {
        assertThatThrownBy(() -> AccessCoverage.coverage(BigDecimal.valueOf(-1), 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccessCoverage.coverage(BigDecimal.ONE, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
