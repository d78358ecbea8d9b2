package uk.nhs.dorset.primarycare.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.base.FinancialYear;
import uk.nhs.dorset.primarycare.programme.FundAllocation.LocalityPopulation;

class AllocationComparisonTest {

    private static final List<LocalityPopulation> POPULATIONS = List.of(
            new LocalityPopulation("Poole", 1000), new LocalityPopulation("Purbeck", 1000));

    private static AllocationScenario scenario(boolean published, long total) {
        AllocationScenario s = new AllocationScenario(new FinancialYear(published ? 2017 : 2018), published ? "As published" : "Modelled", published);
        s.setFigures(s.getName(), BigDecimal.valueOf(total), new BigDecimal("10000"), LocalDate.of(2017, 4, 1), POPULATIONS, null,
                "manager", Instant.EPOCH);
        return s;
    }

    @Test
    void aModelledYearThatGivesEveryLocalityMoreShowsEveryLocalityAsAGainWhicheverIsShownFirst() {
        AllocationScenario published = scenario(true, 100_000);
        AllocationScenario modelled = scenario(false, 140_000);
        for (AllocationComparison c : List.of(AllocationComparison.of(modelled, published), AllocationComparison.of(published, modelled))) {
            assertThat(c.base()).isSameAs(published);
            assertThat(c.other()).isSameAs(modelled);
            assertThat(c.rows()).extracting(AllocationComparison.Line::difference).containsExactly(20_000L, 20_000L);
            assertThat(c.totalDifference()).isEqualTo(40_000L);
        }
    }

    @Test
    void twoModelledYearsCompareTheOtherAgainstTheOneShown() {
        AllocationScenario shown = scenario(false, 100_000);
        AllocationScenario other = scenario(false, 90_000);
        AllocationComparison c = AllocationComparison.of(shown, other);
        assertThat(c.base()).isSameAs(shown);
        assertThat(c.totalDifference()).isEqualTo(-10_000L);
    }
}
