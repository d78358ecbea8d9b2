package uk.nhs.dorset.primarycare.programme;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.workflow.Workflows;
import uk.nhs.dorset.primarycare.base.FinancialYear;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.practice.PracticeService;
import uk.nhs.dorset.primarycare.security.CurrentUser;

/**
 * The transformation fund's locality allocations: the published year as the CCG decided it,
 * and the years the programme manager models with other figures to compare against it.
 */
@Service
public class AllocationService {

    private final AllocationScenarioRepository scenarios;
    private final PracticeService practices;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AllocationMethod method;

    AllocationService(AllocationScenarioRepository scenarios, PracticeService practices, CurrentUser currentUser, Clock clock,
                      @Value("${hub.allocation.method:baseline-plus-capitation}") String method) {
        this.scenarios = scenarios;
        this.practices = practices;
        this.currentUser = currentUser;
        this.clock = clock;
        this.method = AllocationMethod.fromSetting(method);
    }

    /** How this organisation shares the fund (the setting {@code hub.allocation.method}). */
    public AllocationMethod method() {
        return method;
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public List<AllocationScenario> scenarios() {
        return scenarios.findAllByOrderByFyStartAscIdAsc();
    }

    /** The organisation's localities with their practice populations: the starting figures of a new model. */
    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public List<FundAllocation.LocalityPopulation> currentPopulations() {
        return practices.localityPopulations().stream()
                .map(l -> new FundAllocation.LocalityPopulation(l.locality(), Math.toIntExact(l.population()))).toList();
    }

    @RolesAllowed({Role.MANAGER_})
    @Transactional
    public AllocationScenario create(FinancialYear year, String name, BigDecimal total, BigDecimal baseline,
                                     LocalDate censusDate, List<FundAllocation.LocalityPopulation> populations,
                                     @Nullable String notes) {
        checkMethod(baseline);
        AllocationScenario scenario = new AllocationScenario(year, name, false);
        scenario.setFigures(name, total, baseline, censusDate, populations, notes, currentUser.actor().username(), clock.instant());
        return scenarios.saveAndFlush(scenario);
    }

    @RolesAllowed({Role.MANAGER_})
    @Transactional
    public AllocationScenario update(long id, long versionSeen, String name, BigDecimal total, BigDecimal baseline,
                                     LocalDate censusDate, List<FundAllocation.LocalityPopulation> populations,
                                     @Nullable String notes) {
        AllocationScenario scenario = Workflows.seen(scenarios.findById(id).orElseThrow(() -> new NotFound("Allocation " + id)), versionSeen, "allocation");
        checkMethod(baseline);
        if (scenario.isPublished()) {
            throw new IllegalArgumentException("The published allocation is the CCG's decision: model a new year instead");
        }
        scenario.setFigures(name, total, baseline, censusDate, populations, notes, currentUser.actor().username(), clock.instant());
        return Workflows.flush(scenarios, scenario, "allocation");
    }

    private void checkMethod(BigDecimal baseline) {
        if (!method.hasBaseline() && baseline.signum() != 0) {
            throw new IllegalArgumentException("Your organisation shares the whole fund by capitation: set the baseline to £0");
        }
    }
}
