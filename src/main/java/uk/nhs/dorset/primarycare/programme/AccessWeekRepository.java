package uk.nhs.dorset.primarycare.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.nhs.dorset.primarycare.practice.Cluster;

interface AccessWeekRepository extends JpaRepository<AccessWeek, Long> {

    Optional<AccessWeek> findByWeekStartAndCluster(LocalDate weekStart, Cluster cluster);

    List<AccessWeek> findAllByOrderByWeekStartAsc();
}
