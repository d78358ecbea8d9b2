package uk.nhs.dorset.primarycare.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TrackerFilterTest {

    @Test
    void readsTheLowerCaseNamesSharedLinksUse() {
        TrackerFilter f = TrackerFilter.fromQuery(Map.of("area", "care_redesign", "rag", "off_track",
                "lead", "Jane Smith", "q", " access ", "owner", "estates"));
        assertThat(f).isEqualTo(new TrackerFilter(GpfvArea.CARE_REDESIGN, RagStatus.OFF_TRACK, "Jane Smith", "access", "estates"));
    }

    @Test
    void acceptsNamesInAnyCase() {
        assertThat(TrackerFilter.fromQuery(Map.of("area", "WORKFORCE", "rag", "On_Track")))
                .isEqualTo(new TrackerFilter(GpfvArea.WORKFORCE, RagStatus.ON_TRACK, null, null));
    }

    @Test
    void ignoresUnknownAndBlankValues() {
        assertThat(TrackerFilter.fromQuery(Map.of("area", "estates", "rag", "amber", "lead", " ", "owner", "", "q", "",
                "item", "12"))).isEqualTo(TrackerFilter.none());
    }

    @Test
    void writesOnlyWhatIsSetAndRoundTrips() {
        TrackerFilter f = new TrackerFilter(GpfvArea.WORKLOAD, RagStatus.PLANNED_NOT_STARTED, null, "triage");
        Map<String, String> query = f.toQuery();
        assertThat(query).containsExactly(Map.entry("area", "workload"), Map.entry("rag", "planned_not_started"),
                Map.entry("q", "triage"));
        assertThat(TrackerFilter.fromQuery(query)).isEqualTo(f);
        assertThat(new TrackerFilter(null, null, null, "").toQuery()).isEmpty();
    }
}
