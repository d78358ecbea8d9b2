package uk.nhs.dorset.primarycare.estates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EttfFilterTest {

    private static final Map<String, Long> LOCALITIES = Map.of("Purbeck", 3L, "Poole", 4L);
    private static final Function<String, @Nullable Long> ID_BY_NAME = LOCALITIES::get;
    private static final Function<Long, @Nullable String> NAME_BY_ID = id -> LOCALITIES.entrySet().stream()
            .filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst().orElse(null);

    @Test
    void readsTheLocalityByItsNameAndEnumsByTheirNamesInAnyCase() {
        EttfFilter f = EttfFilter.fromQuery(Map.of("q", " surgery ", "stage", "NHSE_PANEL", "rag", "amber",
                "locality", "Purbeck", "lead", "NHS_TRUST", "show", "on_hold", "overdue", "true"), ID_BY_NAME);
        assertThat(f).isEqualTo(new EttfFilter("surgery", ProjectStage.NHSE_PANEL, Rag.AMBER, 3L,
                LeadOrganisation.NHS_TRUST, EttfFilter.Activity.ON_HOLD, true));
    }

    @Test
    void readsReadableLabels() {
        EttfFilter f = EttfFilter.fromQuery(Map.of("rag", "Red", "lead", "NHS Property Services", "show", "On hold",
                "stage", ProjectStage.NHSE_PANEL.label()), ID_BY_NAME);
        assertThat(f.rag()).isEqualTo(Rag.RED);
        assertThat(f.leadOrganisation()).isEqualTo(LeadOrganisation.NHS_PROPERTY_SERVICES);
        assertThat(f.activity()).isEqualTo(EttfFilter.Activity.ON_HOLD);
        assertThat(f.stage()).isEqualTo(ProjectStage.NHSE_PANEL);
    }

    @Test
    void ignoresUnknownAndBlankValues() {
        EttfFilter f = EttfFilter.fromQuery(Map.of("stage", "Dreaming", "rag", "Purple", "locality", "Atlantis",
                "lead", "Nobody", "show", "Some", "overdue", "yes", "q", "  ", "view", "grid"), ID_BY_NAME);
        assertThat(f).isEqualTo(EttfFilter.all());
    }

    @Test
    void writesWhatIsSetInTheWordsLinksUseAndRoundTrips() {
        EttfFilter f = new EttfFilter(" surgery ", ProjectStage.NHSE_PANEL, Rag.GREEN, 4L, LeadOrganisation.PRACTICE,
                EttfFilter.Activity.ACTIVE, true);
        Map<String, String> query = f.toQuery(NAME_BY_ID);
        assertThat(query).containsExactly(Map.entry("q", "surgery"), Map.entry("stage", "NHSE_PANEL"),
                Map.entry("rag", "GREEN"), Map.entry("locality", "Poole"), Map.entry("lead", "PRACTICE"),
                Map.entry("show", "ACTIVE"), Map.entry("overdue", "true"));
        assertThat(EttfFilter.fromQuery(query, ID_BY_NAME))
                .isEqualTo(new EttfFilter("surgery", ProjectStage.NHSE_PANEL, Rag.GREEN, 4L, LeadOrganisation.PRACTICE,
                        EttfFilter.Activity.ACTIVE, true));
        assertThat(EttfFilter.all().toQuery(NAME_BY_ID)).isEmpty();
        assertThat(new EttfFilter("", null, null, null, null, null, false).toQuery(NAME_BY_ID)).isEmpty();
    }
}
