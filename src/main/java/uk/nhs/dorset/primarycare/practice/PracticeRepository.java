package uk.nhs.dorset.primarycare.practice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * A practice's locality, PCN and merged-into practice are read lazily; the finders whose results
 * are shown after their transaction has closed load them in the same statement.
 */
public interface PracticeRepository extends JpaRepository<Practice, Long>, JpaSpecificationExecutor<Practice> {

    @EntityGraph(attributePaths = {"locality", "pcn", "mergedInto", "highImpactActions"})
    Optional<Practice> findByOdsCode(String odsCode);

    @EntityGraph(attributePaths = {"locality", "pcn"})
    List<Practice> findByStatusOrderByNameAsc(PracticeStatus status);

    @EntityGraph(attributePaths = {"locality", "pcn"})
    List<Practice> findByMergedIntoOrderByNameAsc(Practice continuing);
}
