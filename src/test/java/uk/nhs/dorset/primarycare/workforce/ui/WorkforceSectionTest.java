package uk.nhs.dorset.primarycare.workforce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkforceSectionTest {

    @Test
    void everySectionIsFoundByTheNameItWritesInTheAddress() {
        for (WorkforceSection section : WorkforceSection.values()) {
            assertThat(WorkforceSection.fromKey(Optional.of(section.key()))).isEqualTo(section);
        }
        assertThat(WorkforceSection.fromKey(Optional.of(" Validation "))).as("as a person types it").isEqualTo(WorkforceSection.VALIDATION);
    }

    @Test
    void aMissingOrUnknownSectionIsTheProfiles() {
        assertThat(WorkforceSection.fromKey(Optional.empty())).isEqualTo(WorkforceSection.PROFILES);
        assertThat(WorkforceSection.fromKey(Optional.of("gaps"))).isEqualTo(WorkforceSection.PROFILES);
    }

    @Test
    void onlyTheGapSectionsTakeAModelVersionAndStaffGroup() {
        assertThat(WorkforceSection.values()).filteredOn(WorkforceSection::showsGaps)
                .containsExactly(WorkforceSection.LOCALITIES, WorkforceSection.CLUSTERS, WorkforceSection.PRACTICES);
    }
}
