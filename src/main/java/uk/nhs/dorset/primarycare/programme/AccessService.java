package uk.nhs.dorset.primarycare.programme;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.practice.Cluster;
import uk.nhs.dorset.primarycare.practice.LocalityPopulation;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.security.CurrentUser;

/**
 * Improved access coverage per cluster and for the whole organisation, week by week, against the
 * requirement of {@code hub.access.minutes-per-thousand} (45 by the national rule) minutes per
 * 1,000 population and the national trajectory.
 */
@Service
public class AccessService {

    /** One cluster's (or, with no cluster, the whole area's) coverage in one week. */
    public record Coverage(@Nullable Cluster cluster, long population, @Nullable BigDecimal hours,
                           BigDecimal requiredHours, @Nullable BigDecimal coverage) {
    }

    /** One week: each cluster's coverage and the whole organisation's. */
    public record Week(LocalDate weekStart, List<Coverage> clusters, Coverage whole, BigDecimal trajectory) {
    }

    private final AccessWeekRepository weeks;
    private final PracticeService practices;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final BigDecimal minutesPerThousand;

    AccessService(AccessWeekRepository weeks, PracticeService practices, CurrentUser currentUser, Clock clock,
                  @Value("${hub.access.minutes-per-thousand:45}") BigDecimal minutesPerThousand) {
        this.weeks = weeks;
        this.practices = practices;
        this.currentUser = currentUser;
        this.clock = clock;
        if (minutesPerThousand.signum() <= 0) {
            throw new IllegalStateException("hub.access.minutes-per-thousand must be above 0, such as 45");
        }
        this.minutesPerThousand = minutesPerThousand;
    }

    /** Minutes of clinical time a week per 1,000 population that make full coverage. */
    public BigDecimal minutesPerThousand() {
        return minutesPerThousand;
    }

    /** Hours a week that make full coverage for this population. */
    public BigDecimal requiredHours(long population) {
        return AccessCoverage.requiredHours(population, minutesPerThousand);
    }

    /** Population per cluster: the sum of its localities' practice populations (see {@link PracticeService#localityPopulations()}). */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public Map<Cluster, Long> clusterPopulations() {
        Map<Cluster, Long> result = new LinkedHashMap<>();
        for (Cluster c : practices.clusters()) {
            result.put(c, 0L);
        }
        for (LocalityPopulation l : practices.localityPopulations()) {
            result.merge(l.cluster(), l.population(), Long::sum);
        }
        return result;
    }

    /** Every recorded week, oldest first. The whole area's hours are known only when all clusters reported. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public List<Week> weeks() {
        Map<Cluster, Long> populations = clusterPopulations();
        long total = populations.values().stream().mapToLong(Long::longValue).sum();
        Map<LocalDate, Map<Cluster, BigDecimal>> byWeek = new TreeMap<>();
        for (AccessWeek w : weeks.findAllByOrderByWeekStartAsc()) {
            byWeek.computeIfAbsent(w.getWeekStart(), k -> new HashMap<>()).put(w.getCluster(), w.getHoursDelivered());
        }
        List<Week> result = new ArrayList<>();
        byWeek.forEach((start, hours) -> {
            List<Coverage> clusters = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (Map.Entry<Cluster, Long> c : populations.entrySet()) {
                BigDecimal h = hours.get(c.getKey());
                clusters.add(coverage(c.getKey(), c.getValue(), h));
                sum = h == null ? sum : sum.add(h);
            }
            BigDecimal wholeHours = !populations.isEmpty() && hours.keySet().containsAll(populations.keySet()) ? sum : null;
            result.add(new Week(start, clusters, coverage(null, total, wholeHours), AccessCoverage.trajectory(start)));
        });
        return result;
    }

    @RolesAllowed({Role.TEAM_, Role.MANAGER_})
    @Transactional
    public void record(LocalDate weekStart, Cluster named, BigDecimal hours) {
        AccessWeek.checkWeekStart(weekStart);
        AccessWeek.checkHours(hours);
        Cluster cluster = practices.clusters().stream().filter(named::sameAs).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no cluster called " + named.name()));
        String by = currentUser.actor().username();
        AccessWeek week = weeks.findByWeekStartAndCluster(weekStart, cluster).orElse(null);
        if (week == null) {
            weeks.saveAndFlush(new AccessWeek(weekStart, cluster, hours, by, clock.instant()));
        } else {
            week.record(hours, by, clock.instant());
            weeks.saveAndFlush(week);
        }
    }

    private Coverage coverage(@Nullable Cluster cluster, long population, @Nullable BigDecimal hours) {
        return new Coverage(cluster, population, hours, requiredHours(population),
                hours == null || population == 0 ? null : AccessCoverage.coverage(hours, population, minutesPerThousand));
    }
}
