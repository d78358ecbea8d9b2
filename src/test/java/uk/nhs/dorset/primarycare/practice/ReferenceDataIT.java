package uk.nhs.dorset.primarycare.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
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
    void loadsThirteenLocalitiesEighteenPcnsAndEightySixOpenPractices() throws Exception {
        assertThat(localities.count()).isEqualTo(13);
        assertThat(pcns.count()).isEqualTo(18);
        // Other tests add practices of their own and complete mergers (open becomes merged), so
        // count only the shipped practices, and open and merged together.
        Set<String> shipped = shippedGpPracticeCodes();
        assertThat(shipped).hasSize(102);
        Map<PracticeStatus, Long> byStatus = practices.findAll().stream()
                .filter(p -> shipped.contains(p.getOdsCode()))
                .collect(Collectors.groupingBy(Practice::getStatus, Collectors.counting()));
        assertThat(byStatus.getOrDefault(PracticeStatus.OPEN, 0L) + byStatus.getOrDefault(PracticeStatus.MERGED, 0L)).isEqualTo(86);
        assertThat(byStatus.get(PracticeStatus.CLOSED)).isEqualTo(16);
        Practice orchid = practices.findByOdsCode("J81002").orElseThrow();
        assertThat(orchid.getName()).isEqualTo("Orchid House Surgery");
        assertThat(orchid.getListSize()).isEqualTo(8840);
        assertThat(orchid.getCqcRating()).isEqualTo(CqcRating.GOOD);
        assertThat(orchid.getPcn()).isNotNull();
        assertThat(orchid.getLocality()).isNotNull();
    }

    private static Set<String> shippedGpPracticeCodes() throws Exception {
        try (Reader reader = new InputStreamReader(new ClassPathResource("reference/epraccur_dorset_11J_2018-08.csv").getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .filter(row -> "4".equals(row.get("PrescribingSetting")))
                    .map(row -> row.get("OrganisationCode"))
                    .collect(Collectors.toSet());
        }
    }
}
