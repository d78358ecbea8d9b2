package uk.nhs.dorset.primarycare.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tile charts an area's localities, or of a country's the largest gaps, in their own order. */
class WorkforceTileTest {

    private static Map<String, BigDecimal> localities(int n) {
        Map<String, BigDecimal> gaps = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            gaps.put(String.format("Locality %03d", i), BigDecimal.valueOf((i * 37L) % 101 - 20));
        }
        return gaps;
    }

    @Test
    void anAreasLocalitiesAreAllCharted() {
        Map<String, BigDecimal> area = localities(13);
        assertThat(WorkforceTile.largest(area)).isEqualTo(area);
    }

    @Test
    void ofACountrysLocalitiesTheLargestGapsAreChartedInTheirOwnOrder() {
        Map<String, BigDecimal> country = localities(244);
        Map<String, BigDecimal> charted = WorkforceTile.largest(country);
        assertThat(charted).hasSize(WorkforceTile.CHARTED_LOCALITIES);
        BigDecimal smallestCharted = charted.values().stream().min(BigDecimal::compareTo).orElseThrow();
        assertThat(country.entrySet()).filteredOn(e -> !charted.containsKey(e.getKey()))
                .allSatisfy(e -> assertThat(e.getValue()).isLessThanOrEqualTo(smallestCharted));
        assertThat(java.util.List.copyOf(charted.keySet())).isSorted();
    }
}
