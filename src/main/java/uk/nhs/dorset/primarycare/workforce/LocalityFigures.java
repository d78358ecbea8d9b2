package uk.nhs.dorset.primarycare.workforce;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.nhs.dorset.primarycare.practice.Cluster;
import uk.nhs.dorset.primarycare.practice.PracticeStatus;
import uk.nhs.dorset.primarycare.workforce.GapCalculator.GapLine;
import uk.nhs.dorset.primarycare.workforce.GapCalculator.LocalitySums;

/**
 * Every locality's validation and gap figures at a snapshot, summed by the database in one
 * statement: a country's profiles and their role lines are never read to draw its localities.
 * A practice's group baseline is the sum of its supplied role FTEs, as {@link WorkforceProfile#groupFte}
 * has it, and only open practices with a locality count, as in {@link WorkforceService#gaps}.
 */
@Component
class LocalityFigures {

    private final EntityManager entities;

    LocalityFigures(EntityManager entities) {
        this.entities = entities;
    }

    LocalityGaps at(@Nullable LocalDate snapshot, @Nullable String modelVersion) {
        NativeQuery<?> query = entities.createNativeQuery(SQL).unwrap(NativeQuery.class);
        query.setParameter("snapshot", snapshot, LocalDate.class);
        query.setParameter("model", modelVersion, String.class);
        List<LocalityValidation> validation = new ArrayList<>();
        List<LocalitySums> sums = new ArrayList<>();
        Map<String, Map<StaffGroup, BigDecimal>> targets = new LinkedHashMap<>();
        String last = null;
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            String locality = (String) r[0];
            Cluster cluster = new Cluster((String) r[1]);
            StaffGroup group = StaffGroup.valueOf((String) r[2]);
            int practices = count(r[3]);
            if (!locality.equals(last)) {
                validation.add(new LocalityValidation(locality, cluster, practices, count(r[5]), count(r[6]), count(r[7]), count(r[8])));
                last = locality;
            }
            if (r[14] != null) {
                targets.computeIfAbsent(locality, k -> new EnumMap<>(StaffGroup.class)).put(group, (BigDecimal) r[14]);
            }
            if (practices > 0) {
                sums.add(new LocalitySums(locality, cluster, group, practices, number(r[4]), count(r[9]), decimal(r[10]),
                        count(r[11]), decimal(r[12]), number(r[13])));
            }
        }
        List<GapLine> localities = GapCalculator.localityLines(sums, targets);
        return new LocalityGaps(validation, localities, GapCalculator.clusterLines(localities));
    }

    /** Each locality's validation progress at a snapshot, in one statement that reads no role line. */
    List<LocalityValidation> validationAt(@Nullable LocalDate snapshot) {
        NativeQuery<?> query = entities.createNativeQuery(VALIDATION_SQL).unwrap(NativeQuery.class);
        query.setParameter("snapshot", snapshot, LocalDate.class);
        List<LocalityValidation> validation = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            validation.add(new LocalityValidation((String) r[0], new Cluster((String) r[1]), count(r[2]), count(r[3]), count(r[4]),
                    count(r[5]), count(r[6])));
        }
        return validation;
    }

    private static int count(@Nullable Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static long number(@Nullable Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(@Nullable Object value) {
        return value == null ? BigDecimal.ZERO : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    /** Which staff group each stored role belongs to, from {@link StaffRole} itself. */
    private static final String GROUP_OF_ROLE = Arrays.stream(StaffRole.values())
            .map(r -> "when '" + r.name() + "' then '" + r.group().name() + "'")
            .collect(Collectors.joining(" ", "case wl.staff_role ", " end"));

    private static final String GROUPS = Arrays.stream(StaffGroup.values())
            .map(g -> "select '" + g.name() + "' as staff_group, " + g.ordinal() + " as ord")
            .collect(Collectors.joining(" union all "));

    private static final String OPEN = "'" + PracticeStatus.OPEN.name() + "'";

    private static String status(ProfileStatus status) {
        return "sum(case when w.status = '" + status.name() + "' then 1 else 0 end)";
    }

    /** Per locality: its open practices, their list sizes, and how many of their profiles at the snapshot are at each status. */
    private static final String PROGRESS = """
            select l.id as locality_id, count(distinct pr.id) as practices, sum(pr.list_size) as list_size,
                   count(w.id) as profiles, %s as circulated, %s as validated, %s as queried
            from locality l
            left join practice pr on pr.locality_id = l.id and pr.status = %s
            left join workforce_profile w on w.practice_id = pr.id and w.snapshot_date = :snapshot
            group by l.id""".formatted(status(ProfileStatus.CIRCULATED), status(ProfileStatus.VALIDATED),
            status(ProfileStatus.QUERIED), OPEN);

    /*
     * Per locality (v): its open practices, their list sizes and how far their profiles at the
     * snapshot have got. Per practice and group (b): the supplied FTE, summed per locality and
     * group (s), and over the practices with a list size apart, since only those hold a share
     * of the target. A practice has at most one profile per snapshot, so v counts no practice twice.
     */
    private static final String SQL = """
            select loc.name, loc.cluster, g.staff_group,
                   v.practices, v.list_size, v.profiles, v.circulated, v.validated, v.queried,
                   s.supplied, s.baseline, s.supplied_listed, s.baseline_listed, s.listed_size, t.target_fte
            from locality loc
            join (%s) v on v.locality_id = loc.id
            cross join (%s) g
            left join (select b.locality_id, b.staff_group, count(*) as supplied, sum(b.fte) as baseline,
                              count(b.list_size) as supplied_listed,
                              sum(case when b.list_size is not null then b.fte end) as baseline_listed,
                              sum(b.list_size) as listed_size
                       from (select pr.id, pr.locality_id, pr.list_size, %s as staff_group, sum(wl.fte) as fte
                             from workforce_profile w
                             join practice pr on pr.id = w.practice_id
                             join workforce_profile_line wl on wl.profile_id = w.id
                             where w.snapshot_date = :snapshot and pr.status = %s and pr.locality_id is not null
                               and wl.fte is not null
                             group by pr.id, pr.locality_id, pr.list_size, %s) b
                       group by b.locality_id, b.staff_group) s on s.locality_id = loc.id and s.staff_group = g.staff_group
            left join workforce_target t on t.locality_id = loc.id and t.staff_group = g.staff_group and t.model_version = :model
            order by loc.name, loc.id, g.ord
            """.formatted(PROGRESS, GROUPS, GROUP_OF_ROLE, OPEN, GROUP_OF_ROLE);

    /** Validation alone: the localities' progress (v), without the gap sums over every role line. */
    private static final String VALIDATION_SQL = """
            select loc.name, loc.cluster, v.practices, v.profiles, v.circulated, v.validated, v.queried
            from locality loc
            join (%s) v on v.locality_id = loc.id
            order by loc.name, loc.id
            """.formatted(PROGRESS);
}
