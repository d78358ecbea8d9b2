package uk.nhs.dorset.primarycare.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import uk.nhs.dorset.primarycare.base.OrganisationSettings;
import uk.nhs.dorset.primarycare.practice.SetupService.NetworkStart;
import uk.nhs.dorset.primarycare.programme.AccessService;
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

    private static final String PCN_MEMBERS_HEADER = "Partner Organisation Code,Partner Name,Practice Parent CCG Code,"
            + "Practice Parent CCG Name,PCN Code,PCN Name,PCN Parent CCG Code,PCN Parent CCG Name,"
            + "Practice to PCN Relationship Start Date,Practice to PCN Relationship End Date\n";

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
    @Autowired
    AccessService access;
    @Autowired
    JdbcTemplate jdbc;

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
        setup.createLocality("Durham Dales, Easington and Sedgefield", "South Durham");
        int moved = setup.assign(setup.withoutLocality().stream().map(Practice::getOdsCode).toList(), "durham dales, easington and sedgefield");
        assertThat(moved).isEqualTo(open.size());

        List<LocalityPopulation> populations = practiceService.localityPopulations();
        assertThat(populations).singleElement().satisfies(l ->
                assertThat(l.population()).as("the open practices' list sizes").isEqualTo(NationalFiles.totalListSize(open)));
        SetupStatus status = setup.status();
        assertThat(status.complete()).isTrue();
        assertThat(status.withoutLocality()).isZero();
    }

    @Test
    @Order(3)
    void practicesJoinTheirNetworksFromTheEpcnMembersFile() throws Exception {
        assumeTrue(NationalFiles.present(), "the national NHS files are not at " + NationalFiles.DIR);
        SignIn.as(userDetailsService, FreshProdDatabase.ADMIN);
        List<String> two = NationalFiles.gpPractices("84H", true).stream().sorted().limit(3).toList();
        String file = PCN_MEMBERS_HEADER
                + two.get(0) + ",A,84H,X,U99991,DURHAM CITY PCN,84H,X,20190701,\n"
                + two.get(1) + ",B,84H,X,U99991,DURHAM CITY PCN,84H,X,20190701,\n"
                // A membership that has ended, and a practice of another organisation: neither counts.
                + two.get(2) + ",C,84H,X,U99992,OLD PCN,84H,X,20190701,20200331\n"
                + "J81002,ORCHID HOUSE SURGERY,11J,X,U19923,WIMBORNE & FERNDOWN PCN,11J,X,20191001,\n";

        ImportPlan plan = imports.dryRunPcnMembers(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(plan.toChange()).extracting(ImportPlan.Row::odsCode).containsExactly(two.get(0), two.get(1));
        assertThat(plan.skipped()).isEqualTo(2);
        assertThat(plan.notices()).containsExactly("Applying adds 1 PCN: Durham City PCN (U99991).");
        assertThat(imports.applyPcnMembers(plan, f -> { }, () -> false)).isEqualTo(2);

        assertThat(pcns.findByCode("U99991")).get().extracting(Pcn::getName).isEqualTo("Durham City PCN");
        assertThat(practices.findByOdsCode(two.get(0)).orElseThrow().getPcn()).extracting(Pcn::getCode).isEqualTo("U99991");
        assertThat(practices.findByOdsCode(two.get(2)).orElseThrow().getPcn()).isNull();
        assertThat(setup.status().withPcn()).isEqualTo(2);
    }

    @Test
    @Order(4)
    void aFileWithoutTheEpcnColumnsIsRefusedWithWhatItNeeds() {
        SignIn.as(userDetailsService, FreshProdDatabase.ADMIN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.dryRunPcnMembers("CODE,NAME\nA1,B\n".getBytes()))
                .hasMessage("The PCN members file needs a header with the columns Partner Organisation Code, PCN Code and PCN Name "
                        + "(NHS Digital's ePCN core partner details)");
    }

    @Test
    @Order(5)
    void eachNetworkBecomesALocalityInAClusterTheAdministratorNamesThenRenamesAndRegroups() throws Exception {
        assumeTrue(NationalFiles.present(), "the national NHS files are not at " + NationalFiles.DIR);
        SignIn.as(userDetailsService, FreshProdDatabase.ADMIN);
        organisation.save("NHS County Durham and Tees Valley", "84H, 16C");
        imports.applyEpraccur(imports.dryRunEpraccur(Files.readAllBytes(NationalFiles.EPRACCUR), "84H, 16C"), f -> { }, () -> false);
        imports.applyListSizes(imports.dryRunListSizes(Files.readAllBytes(NationalFiles.LIST_SIZES)), f -> { }, () -> false);
        List<String> tees = NationalFiles.gpPractices("16C", true).stream().sorted().limit(3).toList();
        String members = PCN_MEMBERS_HEADER
                + tees.get(0) + ",A,16C,X,U88881,STOCKTON PCN,16C,X,20190701,\n"
                + tees.get(1) + ",B,16C,X,U88881,STOCKTON PCN,16C,X,20190701,\n"
                + tees.get(2) + ",C,16C,X,U88882,HARTLEPOOL PCN,16C,X,20190701,\n";
        imports.applyPcnMembers(imports.dryRunPcnMembers(members.getBytes(java.nio.charset.StandardCharsets.UTF_8)), f -> { }, () -> false);
        int unplaced = setup.withoutLocality().size();

        assertThatThrownBy(() -> setup.oneLocalityPerNetwork("  ")).hasMessage("Enter the cluster's name");
        assertThat(setup.oneLocalityPerNetwork("Tees Valley")).isEqualTo(new NetworkStart(2, 3));
        assertThat(localityOf(tees.get(0))).isEqualTo("Stockton PCN / Tees Valley");
        assertThat(localityOf(tees.get(1))).isEqualTo("Stockton PCN / Tees Valley");
        assertThat(localityOf(tees.get(2))).isEqualTo("Hartlepool PCN / Tees Valley");
        assertThat(setup.withoutLocality()).as("practices in no network stay to be placed").hasSize(unplaced - 3);
        assertThatThrownBy(() -> setup.oneLocalityPerNetwork("Tees Valley"))
                .hasMessageStartingWith("Every open practice in a network is already in a locality");
        assertThat(practiceService.clusters()).containsExactly(new Cluster("South Durham"), new Cluster("Tees Valley"));
        assertThat(access.clusterPopulations()).containsEntry(new Cluster("Tees Valley"), NationalFiles.totalListSize(Set.copyOf(tees)));

        assertThat(setup.renameCluster(" tees valley ", "Tees")).isEqualTo(new Cluster("Tees"));
        assertThat(localityOf(tees.get(2))).as("a renamed cluster keeps its localities").isEqualTo("Hartlepool PCN / Tees");
        assertThatThrownBy(() -> setup.renameCluster("Tees", "south durham")).hasMessage("There is already a cluster called South Durham");
        assertThatThrownBy(() -> setup.renameCluster("Nowhere", "Somewhere")).hasMessage("There is no cluster called Nowhere");
        setup.moveToCluster("hartlepool pcn", "Hartlepool");
        assertThat(localityOf(tees.get(2))).isEqualTo("Hartlepool PCN / Hartlepool");
        assertThat(practiceService.clusters()).extracting(Cluster::name).containsExactly("Hartlepool", "South Durham", "Tees");
        assertThatThrownBy(() -> setup.createLocality("Stockton PCN", "Tees")).hasMessage("There is already a locality called Stockton PCN");
        assertThatThrownBy(() -> setup.createLocality("Yarm", "")).hasMessage("Enter the cluster's name");
    }

    /** The practice's locality and that locality's cluster, as the database holds them. */
    private String localityOf(String odsCode) {
        return jdbc.queryForObject("select concat(l.name, ' / ', l.cluster) from practice p join locality l on l.id = p.locality_id "
                + "where p.ods_code = ?", String.class, odsCode);
    }
}
