package uk.nhs.dorset.primarycare.workforce;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ModelledTargetRepository extends JpaRepository<ModelledTarget, Long> {

    @Query("select t from ModelledTarget t join fetch t.locality l where t.modelVersion = :version order by l.name, t.staffGroup")
    List<ModelledTarget> findByVersion(String version);

    @Query("select t from ModelledTarget t where t.modelVersion = :version and t.locality.id = :localityId and t.staffGroup = :group")
    Optional<ModelledTarget> find(String version, long localityId, StaffGroup group);

    @Query("select t.modelVersion from ModelledTarget t group by t.modelVersion order by max(t.id) desc")
    List<String> versionsNewestFirst();
}
