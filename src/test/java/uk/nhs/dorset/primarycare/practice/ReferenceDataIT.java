package uk.nhs.dorset.primarycare.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;

/** The shipped NHS files load as the seeds describe Dorset. */
@IntegrationTest
class ReferenceDataIT {

    @Autowired
    PracticeRepository practices;
    @Autowired
    LocalityRepository localities;
    @Autowired
    PcnRepository pcns;

    @Test
    void loadsThirteenLocalitiesEighteenPcnsAndEightySixOpenPractices() {
        assertThat(localities.count()).isEqualTo(13);
        assertThat(pcns.count()).isEqualTo(18);
        // Completed merger cases turn open practices into merged branches; neither count changes the 86.
        assertThat(practices.findByStatusOrderByNameAsc(PracticeStatus.OPEN).size()
                + practices.findByStatusOrderByNameAsc(PracticeStatus.MERGED).size()).isEqualTo(86);
        assertThat(practices.findByStatusOrderByNameAsc(PracticeStatus.CLOSED)).hasSize(16);
        Practice orchid = practices.findByOdsCode("J81002").orElseThrow();
        assertThat(orchid.getName()).isEqualTo("Orchid House Surgery");
        assertThat(orchid.getListSize()).isEqualTo(8840);
        assertThat(orchid.getCqcRating()).isEqualTo(CqcRating.GOOD);
        assertThat(orchid.getPcn()).isNotNull();
        assertThat(orchid.getLocality()).isNotNull();
    }
}
