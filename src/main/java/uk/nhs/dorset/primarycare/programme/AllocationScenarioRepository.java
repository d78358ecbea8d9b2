package uk.nhs.dorset.primarycare.programme;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface AllocationScenarioRepository extends JpaRepository<AllocationScenario, Long> {

    @EntityGraph(attributePaths = "populations")
    List<AllocationScenario> findAllByOrderByFyStartAscIdAsc();
}
