package uk.nhs.dorset.primarycare.practice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface PracticeRepository extends JpaRepository<Practice, Long>, JpaSpecificationExecutor<Practice> {

    Optional<Practice> findByOdsCode(String odsCode);

    List<Practice> findByStatusOrderByNameAsc(PracticeStatus status);

    List<Practice> findByMergedIntoOrderByNameAsc(Practice continuing);
}
