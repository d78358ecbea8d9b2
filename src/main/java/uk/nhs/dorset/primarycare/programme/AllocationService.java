package uk.nhs.dorset.primarycare.programme;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
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

    AllocationService(AllocationScenarioRepository scenarios, PracticeService practices, CurrentUser currentUser, Clock clock) {
        this.scenarios = scenarios;
        this.practices = practices;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({Role.TEAM_, Role.ESTATES_, Role.MANAGER_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public List<AllocationScenario> scenarios() {
        return scenarios.findAllByOrderByFyStartAscIdAsc();
    }

    /** The localities with their populations at 31 December 2016: the starting figures of a new model. */
    @RolesAllowed({Role.MANAGER_})
    @Transactional(readOnly = true)
    public List<FundAllocation.LocalityPopulation> currentPopulations() {
        return practices.localities().stream()
                .map(l -> new FundAllocation.LocalityPopulation(l.getName(), l.getPopulation2016())).toList();
    }

    @RolesAllowed({Role.MANAGER_})
    @Transactional
    public AllocationScenario create(FinancialYear year, String name, BigDecimal total, BigDecimal baseline,
                                     LocalDate censusDate, List<FundAllocation.LocalityPopulation> populations,
                                     @Nullable String notes) {
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
        if (scenario.isPublished()) {
            throw new IllegalArgumentException("The published allocation is the CCG's decision: model a new year instead");
        }
        scenario.setFigures(name, total, baseline, censusDate, populations, notes, currentUser.actor().username(), clock.instant());
        return Workflows.flush(scenarios, scenario, "allocation");
    }
}
