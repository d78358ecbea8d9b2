package uk.nhs.dorset.primarycare.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;
import uk.nhs.dorset.primarycare.testing.SignIn;

/**
 * The localities' gaps the database sums are exactly those of the whole calculation over every
 * open practice and its profile, line for line, and the validation counts are those of the
 * practices and profiles themselves: on the demo data, and where practices lack a profile, a
 * list size, a locality or a group's figures, or have closed.
 */
@IntegrationTest
class LocalityGapsIT {

    /** A snapshot the demo has no profile at, so the profiles made here are its only ones. */
    private static final LocalDate SPARSE = LocalDate.of(2015, 6, 30);

    @Autowired
    WorkforceService workforce;
    @Autowired
    PracticeService practices;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entities;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    @Transactional(readOnly = true)
    void onTheDemoDataTheSumsGiveTheWholeCalculationsLines() {
        SignIn.as(users, "manager");
        LocalDate latest = workforce.latestSnapshot().orElseThrow();
        for (LocalDate snapshot : new LocalDate[] {WorkforceDemoData.BASELINE, latest, null}) {
            for (String model : new String[] {"v7", "v6", null}) {
                assertSame(snapshot, model);
            }
        }
        assertThat(workforce.localityGaps(WorkforceDemoData.BASELINE, "v7").localities())
                .as("the demo has gaps to compare").anyMatch(l -> l.gap() != null);
    }

    @Test
    @Transactional
    void practicesWithoutProfilesListSizesLocalitiesOrFiguresCountAsTheWholeCalculationCountsThem() {
        SignIn.as(users, "team");
        List<Practice> open = practices.openPractices().stream().filter(p -> p.getLocality() != null).toList();
        Map<String, List<Practice>> byLocality = new HashMap<>();
        open.forEach(p -> byLocality.computeIfAbsent(p.getLocality().getName(), k -> new ArrayList<>()).add(p));
        List<Practice> purbeckish = byLocality.values().stream().filter(l -> l.size() >= 4).findFirst().orElseThrow();
        Practice full = purbeckish.get(0);
        Practice unlisted = purbeckish.get(1);
        Practice partial = purbeckish.get(2);
        Practice closing = purbeckish.get(3);
        Practice elsewhere = open.stream().filter(p -> !p.getLocality().getName().equals(full.getLocality().getName()))
                .findFirst().orElseThrow();
        profile(full, Map.of(StaffRole.GP_PARTNER, new RoleFigures(3, new BigDecimal("2.125")),
                StaffRole.GP_LOCUM, new RoleFigures(1, new BigDecimal("0.333")),
                StaffRole.NURSE, new RoleFigures(2, new BigDecimal("1.6"))));
        profile(unlisted, Map.of(StaffRole.GP_PARTNER, new RoleFigures(2, new BigDecimal("1.75"))));
        // Only a headcount for the nurses: not supplied as FTE, so no nurse baseline.
        profile(partial, Map.of(StaffRole.NURSE, new RoleFigures(4, null),
                StaffRole.HCA, new RoleFigures(1, new BigDecimal("0.8")),
                StaffRole.RECEPTIONIST, new RoleFigures(5, new BigDecimal("3.2"))));
        profile(closing, Map.of(StaffRole.GP_PARTNER, new RoleFigures(9, new BigDecimal("9"))));
        profile(elsewhere, Map.of(StaffRole.GP_SALARIED, new RoleFigures(1, new BigDecimal("0.5"))));
        jdbc.update("update practice set list_size = null where ods_code = ?", unlisted.getOdsCode());
        jdbc.update("update practice set status = 'CLOSED' where ods_code = ?", closing.getOdsCode());
        jdbc.update("update practice set locality_id = null where ods_code = ?", elsewhere.getOdsCode());
        // The whole calculation reads practices as entities: forget the ones read before the changes.
        entities.clear();

        SignIn.as(users, "manager");
        for (String model : new String[] {"v7", "v6", null}) {
            assertSame(SPARSE, model);
        }
        LocalityGaps sparse = workforce.localityGaps(SPARSE, "v7");
        assertThat(sparse.localities()).as("the sparse snapshot has a gap").anyMatch(l -> l.gap() != null)
                .as("and incomplete coverage").anyMatch(l -> !l.isComplete() && l.practicesSupplied() > 0);
    }

    private void profile(Practice practice, Map<StaffRole, RoleFigures> figures) {
        WorkforceProfile created = workforce.create(practice.getOdsCode(), SPARSE);
        workforce.updateFigures(created.getId(), created.getVersion(), figures, practice.getListSize());
    }

    private void assertSame(LocalDate snapshot, String model) {
        GapCalculator.Result whole = workforce.gaps(snapshot, model);
        LocalityGaps summed = workforce.localityGaps(snapshot, model);
        assertThat(summed.localities()).as("localities at %s against %s", snapshot, model)
                .containsExactlyElementsOf(whole.localities());
        assertThat(summed.clusters()).as("clusters at %s against %s", snapshot, model)
                .containsExactlyElementsOf(whole.clusters());
        assertThat(summed.validation()).as("validation at %s", snapshot).containsExactlyElementsOf(validation(snapshot));
        assertThat(workforce.validation(snapshot)).as("validation alone at %s", snapshot).containsExactlyElementsOf(validation(snapshot));
    }

    /** Each locality's open practices and their profiles' statuses at the snapshot, counted one by one. */
    private List<LocalityValidation> validation(LocalDate snapshot) {
        Map<String, ProfileStatus> statusByPractice = new HashMap<>();
        if (snapshot != null) {
            workforce.search(new ProfileFilter(null, null, null, snapshot, null), org.springframework.data.domain.Pageable.unpaged())
                    .forEach(p -> statusByPractice.put(p.odsCode(), p.status()));
        }
        List<LocalityValidation> expected = new ArrayList<>();
        for (Locality locality : practices.localities()) {
            List<Practice> in = practices.openPractices().stream()
                    .filter(p -> p.getLocality() != null && Objects.equals(p.getLocality().getId(), locality.getId())).toList();
            List<ProfileStatus> statuses = in.stream().map(p -> statusByPractice.get(p.getOdsCode())).filter(Objects::nonNull).toList();
            expected.add(new LocalityValidation(locality.getName(), locality.getCluster(), in.size(), statuses.size(),
                    (int) statuses.stream().filter(s -> s == ProfileStatus.CIRCULATED).count(),
                    (int) statuses.stream().filter(s -> s == ProfileStatus.VALIDATED).count(),
                    (int) statuses.stream().filter(s -> s == ProfileStatus.QUERIED).count()));
        }
        return expected;
    }
}
