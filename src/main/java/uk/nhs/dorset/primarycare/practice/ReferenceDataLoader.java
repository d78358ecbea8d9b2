package uk.nhs.dorset.primarycare.practice;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.OrganisationSettings;

/**
 * Loads the embedded demo's organisation into an empty database: NHS Dorset CCG (11J), its 13
 * localities, the 2019 PCNs, the Aug 2018 practices (open and closed), Jan 2021 list sizes and
 * CQC ratings. Only with the demo data: a production database starts with no organisation's
 * practices, and its administrator imports their own in the first-run set-up. Runs only while
 * there are no practices, so an administrator's corrections and imports are never overwritten.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "hub.demo-data", havingValue = "true")
class ReferenceDataLoader implements ApplicationRunner {

    static final LocalDate LIST_SIZE_DATE = LocalDate.of(2021, 1, 1);
    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

    private final LocalityRepository localities;
    private final PcnRepository pcns;
    private final PracticeRepository practices;
    private final OrganisationSettings organisation;
    private final ClusterTable clusters;

    ReferenceDataLoader(LocalityRepository localities, PcnRepository pcns, PracticeRepository practices,
                        OrganisationSettings organisation, ClusterTable clusters) {
        this.localities = localities;
        this.pcns = pcns;
        this.practices = practices;
        this.organisation = organisation;
        this.clusters = clusters;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        // Before the practices' guard: a demo database made before organisations were named gets its name too.
        organisation.nameIfUnnamed("NHS Dorset CCG", "11J");
        if (practices.count() > 0) {
            return;
        }
        Map<String, Locality> localityByName = loadLocalities();
        Map<String, Pcn> pcnByCode = loadPcns(localityByName);
        Map<String, Pcn> pcnByPractice = new HashMap<>();
        for (CSVRecord row : csv("dorset_pcn_members_ePCN_2019-12.csv")) {
            Pcn pcn = pcnByCode.get(row.get("PCN Code"));
            if (pcn != null) {
                pcnByPractice.put(row.get("Partner Organisation Code").strip(), pcn);
            }
        }
        Map<String, Integer> listSizes = new HashMap<>();
        for (CSVRecord row : csv("gp-reg-pat-prac-all_2021-01_dorset_11J.csv")) {
            listSizes.put(row.get("CODE").strip(), Integer.parseInt(row.get("NUMBER_OF_PATIENTS").strip()));
        }
        Map<String, CqcRating> ratings = new HashMap<>();
        for (CSVRecord row : csv("cqc_gp_ratings_dorset_HEEC.csv")) {
            ratings.put(row.get("Practice.Code").strip(), CqcRating.fromLabel(row.get("latest_rating")));
        }
        int loaded = 0;
        for (CSVRecord row : csv("epraccur_dorset_11J_2018-08.csv")) {
            EpraccurRecord record = EpraccurRecord.parse(row.toList());
            if (!record.isGpPractice()) {
                continue;
            }
            Practice practice = new Practice(record.odsCode(), record.displayName());
            practice.setAddress(EpraccurRecord.titleCase(record.address()));
            practice.setPostcode(record.postcode());
            practice.setOpenDate(record.openDate());
            practice.setCloseDate(record.closeDate());
            practice.setStatus(record.practiceStatus());
            Pcn pcn = pcnByPractice.get(record.odsCode());
            practice.setPcn(pcn);
            practice.setLocality(pcn == null ? null : pcn.getLocality());
            practice.setListSize(listSizes.get(record.odsCode()), listSizes.containsKey(record.odsCode()) ? LIST_SIZE_DATE : null);
            practice.setCqcRating(ratings.get(record.odsCode()), null);
            practices.save(practice);
            loaded++;
        }
        log.info("Loaded reference data: {} localities, {} PCNs, {} practices", localityByName.size(), pcnByCode.size(), loaded);
    }

    private Map<String, Locality> loadLocalities() throws IOException {
        Map<String, Locality> byName = new HashMap<>();
        for (CSVRecord row : csv("dorset_localities.csv")) {
            Locality locality = localities.findByNameIgnoreCase(row.get("locality").strip()).orElseGet(() ->
                    localities.save(new Locality(row.get("locality").strip(), clusters.findOrCreate(new Cluster(row.get("cluster"))),
                            Integer.parseInt(row.get("practice_population_2016_12_31").strip()))));
            byName.put(locality.getName(), locality);
        }
        return byName;
    }

    private Map<String, Pcn> loadPcns(Map<String, Locality> localityByName) throws IOException {
        Map<String, Locality> localityByPcn = new HashMap<>();
        for (CSVRecord row : csv("dorset_pcn_to_locality.csv")) {
            localityByPcn.put(row.get("pcn_code").strip(), localityByName.get(row.get("locality").strip()));
        }
        Map<String, Pcn> byCode = new HashMap<>();
        for (CSVRecord row : csv("dorset_pcn_details_ePCN_2019-12.csv")) {
            String code = row.get("PCN Code").strip();
            Pcn pcn = pcns.findByCode(code).orElseGet(() -> pcns.save(
                    new Pcn(code, EpraccurRecord.titleCase(row.get("PCN Name").strip()).replace(" Pcn", " PCN"), localityByPcn.get(code))));
            byCode.put(code, pcn);
        }
        return byCode;
    }

    private static List<CSVRecord> csv(String name) throws IOException {
        try (Reader reader = new InputStreamReader(new ClassPathResource("reference/" + name).getInputStream(), StandardCharsets.UTF_8)) {
            return new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords());
        }
    }
}
