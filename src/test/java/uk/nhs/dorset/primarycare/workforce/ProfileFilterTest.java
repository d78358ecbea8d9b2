package uk.nhs.dorset.primarycare.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.practice.Cluster;

class ProfileFilterTest {

    @Test
    void readsTheValuesSharedLinksUse() {
        ProfileFilter f = ProfileFilter.fromQuery(Map.of("snapshot", "2024-03-31", "locality", "Purbeck",
                "cluster", "West", "status", "validated", "q", " J81002 "));
        assertThat(f).isEqualTo(new ProfileFilter("Purbeck", new Cluster("West"), ProfileStatus.VALIDATED,
                LocalDate.of(2024, 3, 31), "J81002"));
    }

    @Test
    void acceptsNamesAndLabelsInAnyCase() {
        ProfileFilter f = ProfileFilter.fromQuery(Map.of("cluster", "mid", "status", "Queried by practice"));
        assertThat(f.cluster()).matches(c -> c != null && c.sameAs(new Cluster("Mid")), "the Mid cluster");
        assertThat(f.status()).isEqualTo(ProfileStatus.QUERIED);
    }

    @Test
    void ignoresUnknownAndBlankValues() {
        // A cluster is the organisation's own: the view ignores one it has not (ClusterTest).
        assertThat(ProfileFilter.fromQuery(Map.of("snapshot", "31/03/2024", "status", "lost",
                "locality", " ", "q", "", "model", "v7", "group", "gp"))).isEqualTo(ProfileFilter.all());
    }

    @Test
    void writesOnlyWhatIsSetAndRoundTrips() {
        ProfileFilter f = new ProfileFilter(null, new Cluster("West"), ProfileStatus.CIRCULATED, LocalDate.of(2017, 9, 30), null);
        Map<String, String> query = f.toQuery();
        assertThat(query).containsExactly(Map.entry("snapshot", "2017-09-30"), Map.entry("cluster", "West"),
                Map.entry("status", "circulated"));
        assertThat(ProfileFilter.fromQuery(query)).isEqualTo(f);
        assertThat(new ProfileFilter(" ", null, null, null, " ").toQuery()).isEmpty();
    }
}
