package uk.nhs.dorset.primarycare.mergers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MergerFilterTest {

    @Test
    void readsTheEnumNamesSharedLinksUse() {
        MergerFilter f = MergerFilter.fromQuery(Map.of("status", "COMPLETED", "locality", "Purbeck",
                "reason", "RESILIENCE", "funding", "NHSE_GPRP"));
        assertThat(f).isEqualTo(new MergerFilter(MergerStatus.COMPLETED, "Purbeck", MergerReason.RESILIENCE,
                FundingSource.NHSE_GPRP));
    }

    @Test
    void acceptsNamesInAnyCase() {
        assertThat(MergerFilter.fromQuery(Map.of("status", "due_diligence", "funding", "ccg")))
                .isEqualTo(new MergerFilter(MergerStatus.DUE_DILIGENCE, null, null, FundingSource.CCG));
    }

    @Test
    void ignoresUnknownAndBlankValues() {
        assertThat(MergerFilter.fromQuery(Map.of("status", "Finished", "reason", "boredom", "funding", "lottery",
                "locality", "  ", "other", "x"))).isEqualTo(MergerFilter.none());
    }

    @Test
    void writesOnlyWhatIsSetAndRoundTrips() {
        MergerFilter f = new MergerFilter(MergerStatus.DUE_DILIGENCE, "North Dorset", null, FundingSource.CCG);
        Map<String, String> query = f.toQuery();
        assertThat(query).containsExactly(Map.entry("status", "DUE_DILIGENCE"), Map.entry("locality", "North Dorset"),
                Map.entry("funding", "CCG"));
        assertThat(MergerFilter.fromQuery(query)).isEqualTo(f);
        assertThat(MergerFilter.none().toQuery()).isEmpty();
    }
}
