package uk.nhs.dorset.primarycare.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PracticeFilterTest {

    @Test
    void readsReadableValuesFromTheQueryString() {
        PracticeFilter f = PracticeFilter.fromQuery(Map.of("locality", "Purbeck", "cqc", "Good", "cluster", "West",
                "status", "Open", "vulnerable", "true", "q", " orchid ", "pcn", "U12345"));
        assertThat(f).isEqualTo(new PracticeFilter("orchid", "Purbeck", new Cluster("West"), "U12345", CqcRating.GOOD,
                PracticeStatus.OPEN, true));
    }

    @Test
    void acceptsEnumNamesInAnyCase() {
        PracticeFilter f = PracticeFilter.fromQuery(Map.of("cqc", "requires_improvement", "status", "MERGED", "cluster", "mid"));
        assertThat(f.cqc()).isEqualTo(CqcRating.REQUIRES_IMPROVEMENT);
        assertThat(f.status()).isEqualTo(PracticeStatus.MERGED);
        assertThat(f.cluster()).matches(c -> c != null && c.sameAs(new Cluster("Mid")), "the Mid cluster");
    }

    @Test
    void ignoresUnknownAndBlankValues() {
        PracticeFilter f = PracticeFilter.fromQuery(Map.of("cqc", "Brilliant", "status", "Gone", "q", "  ", "vulnerable", "yes"));
        assertThat(f).isEqualTo(PracticeFilter.ALL);
    }

    @Test
    void writesOnlyWhatIsSetInReadableWordsAndRoundTrips() {
        PracticeFilter f = PracticeFilter.ALL.withLocality("Purbeck").withCqc(CqcRating.REQUIRES_IMPROVEMENT)
                .withVulnerable(true).withStatus(PracticeStatus.OPEN);
        Map<String, String> query = f.toQuery();
        assertThat(query).containsExactly(Map.entry("locality", "Purbeck"), Map.entry("cqc", "Requires improvement"),
                Map.entry("status", "Open"), Map.entry("vulnerable", "true"));
        assertThat(PracticeFilter.fromQuery(query)).isEqualTo(f);
        assertThat(PracticeFilter.ALL.toQuery()).isEmpty();
        assertThat(f.withVulnerable(false).toQuery()).doesNotContainKey("vulnerable");
    }
}
