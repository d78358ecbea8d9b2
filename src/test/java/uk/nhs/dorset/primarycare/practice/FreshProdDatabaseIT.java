package uk.nhs.dorset.primarycare.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import uk.nhs.dorset.primarycare.base.OrganisationSettings;
import uk.nhs.dorset.primarycare.testing.FreshProdDatabase;
import uk.nhs.dorset.primarycare.testing.MariaDbInitializer;
import uk.nhs.dorset.primarycare.testing.NationalFiles;
import uk.nhs.dorset.primarycare.testing.SignIn;

/**
 * A production database starts empty of any one organisation's reference data; the set-up's
 * services then make it County Durham's (sub-ICB 84H) from the national files.
 */
@SpringBootTest
@ActiveProfiles("prod")
@ContextConfiguration(initializers = {MariaDbInitializer.class, FreshProdDatabase.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FreshProdDatabaseIT {

    @Autowired
    PracticeRepository practices;
    @Autowired
    LocalityRepository localities;
    @Autowired
    PcnRepository pcns;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    SetupService setup;
    @Autowired
    PracticeImportService imports;
    @Autowired
    PracticeService practiceService;
    @Autowired
    UserDetailsService userDetailsService;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    @Order(1)
    void startsWithNoPracticesLocalitiesOrNetworksAndNoOrganisation() {
        assertThat(practices.count()).as("practices").isZero();
        assertThat(localities.count()).as("localities").isZero();
        assertThat(pcns.count()).as("PCNs").isZero();
        assertThat(organisation.name()).isEmpty();
        assertThat(setup.status().complete()).as("set-up complete").isFalse();
    }

    @Test
    @Order(2)
    void setsUpCountyDurhamFromTheNationalFiles() throws Exception {
        assumeTrue(NationalFiles.present(), "the national NHS files are not at " + NationalFiles.DIR);
        SignIn.as(userDetailsService, FreshProdDatabase.ADMIN);
        organisation.save("NHS County Durham", "84h");
        assertThat(organisation.commissionerCodes()).containsExactly("84H");

        ImportPlan plan = imports.dryRunEpraccur(Files.readAllBytes(NationalFiles.EPRACCUR), "84H");
        imports.applyEpraccur(plan, f -> { }, () -> false);
        Set<String> all = NationalFiles.gpPractices("84H", false);
        Set<String> open = NationalFiles.gpPractices("84H", true);
        assertThat(practices.count()).as("every 84H GP practice in epraccur").isEqualTo(all.size());
        assertThat(practiceService.openPractices()).hasSize(open.size());

        imports.applyListSizes(imports.dryRunListSizes(Files.readAllBytes(NationalFiles.LIST_SIZES)), f -> { }, () -> false);
        setup.createLocality("Durham Dales, Easington and Sedgefield", Cluster.EAST);
        int moved = setup.assign(setup.withoutLocality().stream().map(Practice::getOdsCode).toList(), "durham dales, easington and sedgefield");
        assertThat(moved).isEqualTo(open.size());

        List<LocalityPopulation> populations = practiceService.localityPopulations();
        assertThat(populations).singleElement().satisfies(l ->
                assertThat(l.population()).as("the open practices' list sizes").isEqualTo(NationalFiles.totalListSize(open)));
        SetupStatus status = setup.status();
        assertThat(status.complete()).isTrue();
        assertThat(status.withoutLocality()).isZero();
    }
}
