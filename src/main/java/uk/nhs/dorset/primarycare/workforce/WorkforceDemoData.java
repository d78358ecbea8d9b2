package uk.nhs.dorset.primarycare.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.nhs.dorset.primarycare.base.ApplicationClock;
import uk.nhs.dorset.primarycare.base.DemoLoader;
import uk.nhs.dorset.primarycare.base.StartUpUser;
import uk.nhs.dorset.primarycare.base.workflow.MoveRequest;
import uk.nhs.dorset.primarycare.practice.Locality;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeService;

/**
 * The October 2017 baseline the seeds describe: a profile for every open practice with
 * figures in proportion to its list (some groups not supplied), the ICPCS model's v6 and v7
 * targets per locality, and validation under way: most localities complete, some profiles
 * queried, and J81002's profile circulated for its practice manager to validate. The team
 * enters and circulates the profiles and records the practices' answers, through the
 * workforce service, on the days the validation round took.
 */
@Component
class WorkforceDemoData extends DemoLoader {

    static final LocalDate BASELINE = LocalDate.of(2017, 9, 30);
    static final String DEMO_PRACTICE = "J81002";
    private static final LocalDate CREATED = LocalDate.of(2017, 10, 2);
    private static final LocalDate CIRCULATED = LocalDate.of(2017, 10, 16);
    private static final LocalDate ANSWERED = LocalDate.of(2017, 12, 4);
    private static final String HEALTHCHECK = "Validated by the practice with the Wessex LMC Practice Healthcheck tool";
    private static final String QUERY = "Our salaried GP left in August; the locum cover is not shown";

    private final WorkforceService workforce;
    private final PracticeService practices;

    WorkforceDemoData(WorkforceService workforce, PracticeService practices, StartUpUser users, ApplicationClock clock) {
        super(users, clock);
        this.workforce = workforce;
        this.practices = practices;
    }

    @Override
    public int order() {
        return 140;
    }

    @Override
    public boolean isLoaded() {
        return as("team", CREATED, () -> !workforce.snapshots().isEmpty() || !workforce.modelVersions().isEmpty());
    }

    @Override
    protected void loadAll() {
        Map<Locality, List<Practice>> byLocality = new LinkedHashMap<>();
        as("team", CREATED, () -> practices.openPractices()).stream()
                .filter(p -> p.getLocality() != null)
                .sorted(java.util.Comparator.comparing((Practice p) -> p.getLocality().getName()).thenComparing(Practice::getOdsCode))
                .forEach(p -> byLocality.computeIfAbsent(p.getLocality(), k -> new ArrayList<>()).add(p));
        int localityIndex = 0;
        for (var entry : byLocality.entrySet()) {
            long list = entry.getValue().stream().mapToLong(p -> p.getListSize() == null ? 0 : p.getListSize()).sum();
            saveTargets(entry.getKey(), list);
            boolean complete = localityIndex % 2 == 0 || localityIndex == 3;
            int i = 0;
            for (Practice practice : entry.getValue()) {
                WorkforceProfile profile = baseline(practice);
                if (practice.getOdsCode().equals(DEMO_PRACTICE) || i % 4 == 3 && !complete) {
                    move(profile, CIRCULATED, ProfileStatus.CIRCULATED, MoveRequest.none());
                } else if (complete || i % 4 == 2) {
                    profile = move(profile, CIRCULATED, ProfileStatus.CIRCULATED, MoveRequest.none());
                    move(profile, ANSWERED, ProfileStatus.VALIDATED, MoveRequest.of(HEALTHCHECK));
                } else if (i % 4 == 1) {
                    profile = move(profile, CIRCULATED, ProfileStatus.CIRCULATED, MoveRequest.none());
                    move(profile, ANSWERED, ProfileStatus.QUERIED, MoveRequest.of(QUERY));
                }
                i++;
            }
            localityIndex++;
        }
    }

    private WorkforceProfile move(WorkforceProfile profile, LocalDate on, ProfileStatus target, MoveRequest request) {
        return as("team", on, () -> workforce.move(profile.getId(), profile.getVersion(), target, request));
    }

    private void saveTargets(Locality locality, long list) {
        Map<StaffGroup, Integer> patientsPerFte = Map.of(StaffGroup.GP, 1650, StaffGroup.NURSES, 3100,
                StaffGroup.DIRECT_PATIENT_CARE, 2400, StaffGroup.ADMIN, 640);
        for (StaffGroup group : StaffGroup.values()) {
            BigDecimal v7 = BigDecimal.valueOf(list).divide(BigDecimal.valueOf(patientsPerFte.get(group)), 2, RoundingMode.HALF_UP);
            as("team", CREATED, () -> {
                workforce.setTarget("v6", locality.getName(), group, v7.multiply(new BigDecimal("0.95")).setScale(2, RoundingMode.HALF_UP));
                return workforce.setTarget("v7", locality.getName(), group, v7);
            });
        }
    }

    /** Plausible figures from the list size, varied per practice; some groups not supplied. */
    private WorkforceProfile baseline(Practice practice) {
        Map<StaffRole, RoleFigures> figures = new EnumMap<>(StaffRole.class);
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
            figures.put(role, new RoleFigures(headcount, value));
        }
        return as("team", CREATED, () -> {
            WorkforceProfile created = workforce.create(practice.getOdsCode(), BASELINE);
            return workforce.updateFigures(created.getId(), created.getVersion(), figures, practice.getListSize());
        });
    }
}
