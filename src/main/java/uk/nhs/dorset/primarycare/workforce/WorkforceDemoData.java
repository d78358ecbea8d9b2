package uk.nhs.dorset.primarycare.workforce;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.DemoData;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.workflow.Move;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeStatus;

/**
 * The October 2017 baseline the seeds describe: a profile for every open practice with
 * figures in proportion to its list (some groups not supplied), the ICPCS model's v6 and v7
 * targets per locality, and validation under way: most localities complete, some profiles
 * queried, and J81002's profile circulated for its practice manager to validate.
 */
@Component
class WorkforceDemoData implements DemoData {

    static final LocalDate BASELINE = LocalDate.of(2017, 9, 30);
    static final String DEMO_PRACTICE = "J81002";
    private static final Instant CREATED = Instant.parse("2017-10-02T09:00:00Z");
    private static final Instant CIRCULATED = Instant.parse("2017-10-16T09:00:00Z");
    private static final Instant ANSWERED = Instant.parse("2017-12-04T14:00:00Z");
    private static final Actor TEAM = Actor.of("team", Role.TEAM);
    private static final String HEALTHCHECK = "Validated by the practice with the Wessex LMC Practice Healthcheck tool";

    private final WorkforceProfileRepository profiles;
    private final ModelledTargetRepository targets;

    @PersistenceContext
    private EntityManager em;

    WorkforceDemoData(WorkforceProfileRepository profiles, ModelledTargetRepository targets) {
        this.profiles = profiles;
        this.targets = targets;
    }

    @Override
    public int order() {
        return 140;
    }

    @Override
    @Transactional
    public void load() {
        if (profiles.count() > 0 || targets.count() > 0) {
            return;
        }
        List<Practice> practices = em.createQuery(
                        "select p from Practice p where p.status = :open and p.locality is not null order by p.locality.name, p.odsCode",
                        Practice.class)
                .setParameter("open", PracticeStatus.OPEN).getResultList();
        Map<Locality, List<Practice>> byLocality = new LinkedHashMap<>();
        for (Practice p : practices) {
            byLocality.computeIfAbsent(p.getLocality(), k -> new ArrayList<>()).add(p);
        }
        int localityIndex = 0;
        for (var entry : byLocality.entrySet()) {
            long list = entry.getValue().stream().mapToLong(p -> p.getListSize() == null ? 0 : p.getListSize()).sum();
            saveTargets(entry.getKey(), list);
            boolean complete = localityIndex % 2 == 0 || localityIndex == 3;
            int i = 0;
            for (Practice practice : entry.getValue()) {
                WorkforceProfile profile = baseline(practice);
                profiles.save(profile);
                if (practice.getOdsCode().equals(DEMO_PRACTICE)) {
                    profile.move(ProfileStatus.CIRCULATED, new Move(TEAM, CIRCULATED, null));
                } else if (complete) {
                    profile.move(ProfileStatus.CIRCULATED, new Move(TEAM, CIRCULATED, null));
                    profile.move(ProfileStatus.VALIDATED, new Move(TEAM, ANSWERED, HEALTHCHECK));
                } else if (i % 4 == 1) {
                    profile.move(ProfileStatus.CIRCULATED, new Move(TEAM, CIRCULATED, null));
                    profile.move(ProfileStatus.QUERIED, new Move(Actor.practiceManager("practice manager " + practice.getOdsCode(),
                            practice.getOdsCode()), ANSWERED, "Our salaried GP left in August; the locum cover is not shown"));
                } else if (i % 4 == 2) {
                    profile.move(ProfileStatus.CIRCULATED, new Move(TEAM, CIRCULATED, null));
                    profile.move(ProfileStatus.VALIDATED, new Move(TEAM, ANSWERED, HEALTHCHECK));
                } else if (i % 4 == 3) {
                    profile.move(ProfileStatus.CIRCULATED, new Move(TEAM, CIRCULATED, null));
                }
                i++;
            }
            localityIndex++;
        }
    }

    private void saveTargets(Locality locality, long list) {
        Map<StaffGroup, Integer> patientsPerFte = Map.of(StaffGroup.GP, 1650, StaffGroup.NURSES, 3100,
                StaffGroup.DIRECT_PATIENT_CARE, 2400, StaffGroup.ADMIN, 640);
        for (StaffGroup group : StaffGroup.values()) {
            BigDecimal v7 = BigDecimal.valueOf(list).divide(BigDecimal.valueOf(patientsPerFte.get(group)), 2, RoundingMode.HALF_UP);
            targets.save(new ModelledTarget("v6", locality, group, v7.multiply(new BigDecimal("0.95"))));
            targets.save(new ModelledTarget("v7", locality, group, v7));
        }
    }

    /** Plausible figures from the list size, varied per practice; some groups not supplied. */
    private WorkforceProfile baseline(Practice practice) {
        WorkforceProfile p = new WorkforceProfile(practice, BASELINE, "Practice returns (demo)", TEAM, CREATED);
        int list = practice.getListSize() == null ? 6000 : practice.getListSize();
        int seed = Math.abs(practice.getOdsCode().hashCode());
        double vary = 0.85 + (seed % 30) / 100.0;
        double gp = list / 2100.0 * vary;
        Map<StaffRole, Double> fte = new EnumMap<>(StaffRole.class);
        fte.put(StaffRole.GP_PARTNER, gp * 0.62);
        fte.put(StaffRole.GP_SALARIED, gp * 0.22);
        fte.put(StaffRole.GP_LOCUM, gp * 0.08);
        fte.put(StaffRole.GP_RETAINER, seed % 5 == 0 ? 0.5 : 0.0);
        fte.put(StaffRole.GP_TRAINEE, seed % 3 == 0 ? 1.0 : 0.0);
        fte.put(StaffRole.NURSE, list / 3600.0 * vary);
        fte.put(StaffRole.CLINICAL_PHARMACIST, seed % 4 == 0 ? 0.6 : 0.0);
        fte.put(StaffRole.PHYSICIAN_ASSOCIATE, 0.0);
        fte.put(StaffRole.PHYSIOTHERAPIST, seed % 9 == 0 ? 0.4 : 0.0);
        fte.put(StaffRole.MENTAL_HEALTH_THERAPIST, 0.0);
        fte.put(StaffRole.PARAMEDIC, seed % 7 == 0 ? 1.0 : 0.0);
        fte.put(StaffRole.HCA, list / 5200.0 * vary);
        fte.put(StaffRole.DPC_OTHER, list > 9000 ? 0.8 : 0.0);
        fte.put(StaffRole.PRACTICE_MANAGER, 1.0);
        fte.put(StaffRole.RECEPTIONIST, list / 1500.0 * vary);
        fte.put(StaffRole.ADMIN_OTHER, list / 2400.0 * vary);
        boolean nursesNotSupplied = seed % 7 == 3;
        boolean dpcNotSupplied = seed % 11 == 5;
        for (var e : fte.entrySet()) {
            StaffRole role = e.getKey();
            if ((nursesNotSupplied && role.group() == StaffGroup.NURSES)
                    || (dpcNotSupplied && role.group() == StaffGroup.DIRECT_PATIENT_CARE)) {
                continue;
            }
            BigDecimal value = BigDecimal.valueOf(e.getValue()).setScale(2, RoundingMode.HALF_UP);
            int headcount = value.signum() == 0 ? 0 : (int) Math.ceil(e.getValue() * 1.3);
            p.setFigures(role, headcount, value);
        }
        p.setRegisteredPatients(practice.getListSize());
        return p;
    }
}
