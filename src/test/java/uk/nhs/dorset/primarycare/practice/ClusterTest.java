package uk.nhs.dorset.primarycare.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterTest {

    @Test
    void aClusterIsNamedAndTheNameIsTrimmed() {
        assertThat(new Cluster("  North Durham ").name()).isEqualTo("North Durham");
        assertThatThrownBy(() -> new Cluster("   ")).hasMessage("Enter the cluster's name");
        assertThatThrownBy(() -> new Cluster("x".repeat(101))).hasMessage("A cluster's name can be at most 100 characters");
    }

    @Test
    void namesDifferingOnlyInCaseAreOneClusterAndSortAlphabetically() {
        assertThat(new Cluster("west").sameAs(new Cluster("West"))).isTrue();
        assertThat(new Cluster("West").sameAs(new Cluster("East"))).isFalse();
        assertThat(List.of(new Cluster("west"), new Cluster("East"), new Cluster("Mid")).stream().sorted().map(Cluster::name))
                .containsExactly("East", "Mid", "west");
    }

    @Test
    void aLinksClusterIsSpelledAsTheOrganisationSpellsIt() {
        List<Cluster> known = List.of(new Cluster("East"), new Cluster("West"));
        assertThat(Cluster.spelledAs(known, new Cluster("WEST"))).isEqualTo(new Cluster("West"));
        assertThat(Cluster.spelledAs(known, new Cluster("Nowhere"))).as("a cluster the organisation has not").isNull();
        assertThat(Cluster.spelledAs(known, null)).isNull();
    }
}
