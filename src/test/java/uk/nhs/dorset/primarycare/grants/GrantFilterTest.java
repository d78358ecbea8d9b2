package uk.nhs.dorset.primarycare.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class GrantFilterTest {

    private static final Map<String, Long> PROGRAMMES = Map.of("2017/18", 7L, "2018/19", 8L);
    private static final Function<String, @Nullable Long> ID_BY_NAME = PROGRAMMES::get;
    private static final Function<Long, @Nullable String> NAME_BY_ID = id -> PROGRAMMES.entrySet().stream()
            .filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst().orElse(null);

    @Test
    void readsTheProgrammeByItsNameAndEnumsByTheirNames() {
        GrantFilter f = GrantFilter.fromQuery(Map.of("programme", "2017/18", "status", "PAID", "practice", "j01234",
                "locality", "Purbeck", "deadline", "SLIPPED", "q", " roof "), ID_BY_NAME);
        assertThat(f).isEqualTo(new GrantFilter(7L, BidStatus.PAID, "J01234", "Purbeck", DeadlineState.SLIPPED, "roof"));
    }

    @Test
    void readsLabelsAndEnumNamesInAnyCase() {
        GrantFilter f = GrantFilter.fromQuery(Map.of("status", "Under review", "deadline", "at_risk"), ID_BY_NAME);
        assertThat(f.status()).isEqualTo(BidStatus.UNDER_REVIEW);
        assertThat(f.deadline()).isEqualTo(DeadlineState.AT_RISK);
    }

    @Test
    void ignoresUnknownAndBlankValues() {
        GrantFilter f = GrantFilter.fromQuery(Map.of("programme", "1999/00", "status", "Lost", "deadline", "Soon",
                "q", "  ", "practice", " ", "locality", "", "colour", "blue"), ID_BY_NAME);
        assertThat(f).isEqualTo(GrantFilter.all());
    }

    @Test
    void writesWhatIsSetInTheWordsLinksUseAndRoundTrips() {
        GrantFilter f = new GrantFilter(7L, BidStatus.WORKS_IN_PROGRESS, "J01234", "Purbeck", DeadlineState.AT_RISK, "roof");
        Map<String, String> query = f.toQuery(NAME_BY_ID);
        assertThat(query).containsExactly(Map.entry("programme", "2017/18"), Map.entry("status", "WORKS_IN_PROGRESS"),
                Map.entry("practice", "J01234"), Map.entry("locality", "Purbeck"), Map.entry("deadline", "AT_RISK"),
                Map.entry("q", "roof"));
        assertThat(GrantFilter.fromQuery(query, ID_BY_NAME)).isEqualTo(f);
        assertThat(GrantFilter.all().toQuery(NAME_BY_ID)).isEmpty();
    }

    @Test
    void leavesOutAProgrammeThatCannotBeNamed() {
        assertThat(GrantFilter.all().withProgramme(99L).toQuery(NAME_BY_ID)).isEmpty();
    }
}
