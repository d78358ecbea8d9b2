package uk.nhs.dorset.primarycare.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.programme.FundAllocation.LocalityPopulation;
import uk.nhs.dorset.primarycare.programme.FundAllocation.Row;
import uk.nhs.dorset.primarycare.programme.FundAllocation.Table;

class FundAllocationTest {

    /** Figure 3 of the CCG's paper: local deployment of investment 2017/18, as published. */
    private static final Object[][] PUBLISHED_2017_18 = {
            {"Bournemouth North", 66_808, 30_000, 32_836, 62_836},
            {"Central Bournemouth", 63_981, 30_000, 31_446, 61_446},
            {"Christchurch", 54_566, 30_000, 26_819, 56_819},
            {"Dorset West", 41_105, 30_000, 20_203, 50_203},
            {"East Bournemouth", 67_784, 30_000, 33_316, 63_316},
            {"East Dorset", 69_813, 30_000, 34_313, 64_313},
            {"Mid Dorset", 44_100, 30_000, 21_675, 51_675},
            {"North Dorset", 86_781, 30_000, 42_653, 72_653},
            {"Poole Bay", 74_162, 30_000, 36_450, 66_450},
            {"Poole Central", 62_582, 30_000, 30_759, 60_759},
            {"Poole North", 52_569, 30_000, 25_837, 55_837},
            {"Purbeck", 34_066, 30_000, 16_743, 46_743},
            {"Weymouth & Portland", 75_179, 30_000, 36_950, 66_950},
    };

    private static List<LocalityPopulation> published2016Populations() {
        return java.util.Arrays.stream(PUBLISHED_2017_18)
                .map(r -> new LocalityPopulation((String) r[0], (Integer) r[1]))
                .toList();
    }

    @Test
    void reproducesThePublished2017_18TableToThePound() {
        Table table = FundAllocation.allocate(780_000, 30_000, published2016Populations());

        assertThat(table.rows()).hasSize(13);
        for (int i = 0; i < PUBLISHED_2017_18.length; i++) {
            Object[] expected = PUBLISHED_2017_18[i];
            Row row = table.rows().get(i);
            assertThat(row.locality()).isEqualTo(expected[0]);
            assertThat(row.population()).as("population of %s", expected[0]).isEqualTo(expected[1]);
            assertThat(row.baseline()).as("baseline of %s", expected[0]).isEqualTo(((Integer) expected[2]).longValue());
            assertThat(row.capitation()).as("capitation of %s", expected[0]).isEqualTo(((Integer) expected[3]).longValue());
            assertThat(row.total()).as("total of %s", expected[0]).isEqualTo(((Integer) expected[4]).longValue());
        }
        // Grand Total row: 793,496 | 390,000 | 390,000 | 780,000
        assertThat(table.totalPopulation()).isEqualTo(793_496);
        assertThat(table.baseline()).isEqualTo(390_000);
        assertThat(table.capitation()).isEqualTo(390_000);
        assertThat(table.total()).isEqualTo(780_000);
        assertThat(table.rows().stream().mapToLong(Row::total).sum()).isEqualTo(780_000);
    }

    @Test
    void plainRoundingWouldMissThePotButLargestRemainderKeepsColumnsExact() {
        // Three equal localities sharing £100: a third each is £33.33, so rounding each share
        // gives £99 in all; the column must still add up to the pot.
        List<LocalityPopulation> equal = List.of(
                new LocalityPopulation("A", 1000), new LocalityPopulation("B", 1000), new LocalityPopulation("C", 1000));
        Table table = FundAllocation.allocate(100 + 3 * 10, 10, equal);

        assertThat(table.rows()).extracting(Row::capitation).containsExactly(34L, 33L, 33L);
        assertThat(table.rows().stream().mapToLong(Row::capitation).sum()).isEqualTo(100);
        assertThat(table.rows().stream().mapToLong(Row::total).sum()).isEqualTo(130);
    }

    @Test
    void modelledYearWithAwkwardRoundingKeepsEveryColumnExact() {
        // 2018/19 modelled: £1,000,003 total, £31,337 baseline, populations grown unevenly.
        List<LocalityPopulation> grown = published2016Populations().stream()
                .map(p -> new LocalityPopulation(p.locality(), p.population() + p.locality().length() * 97 + 7))
                .toList();
        Table table = FundAllocation.allocate(1_000_003, 31_337, grown);

        long pot = 1_000_003 - 13L * 31_337;
        assertThat(table.capitation()).isEqualTo(pot);
        assertThat(table.rows().stream().mapToLong(Row::capitation).sum()).isEqualTo(pot);
        assertThat(table.rows().stream().mapToLong(Row::baseline).sum()).isEqualTo(13L * 31_337);
        assertThat(table.rows().stream().mapToLong(Row::total).sum()).isEqualTo(1_000_003);
        long totalPopulation = grown.stream().mapToLong(LocalityPopulation::population).sum();
        for (Row row : table.rows()) {
            double exact = (double) pot * row.population() / totalPopulation;
            assertThat(Math.abs(row.capitation() - exact)).as(row.locality()).isLessThan(1.0);
        }
    }

    @Test
    void refusesBaselinesAboveTheTotal() {
        assertThatThrownBy(() -> FundAllocation.allocate(100_000, 30_000, published2016Populations()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exceed the total");
    }
}
