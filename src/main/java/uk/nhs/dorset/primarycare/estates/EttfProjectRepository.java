package uk.nhs.dorset.primarycare.estates;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EttfProjectRepository extends JpaRepository<EttfProject, Long>, JpaSpecificationExecutor<EttfProject> {

    /**
     * Locks the project row so that two changes made at the same moment queue up: the second
     * then sees the first one's version and is told to reload, instead of deadlocking.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from EttfProject p where p.id = :id")
    Optional<EttfProject> findForUpdate(@Param("id") long id);
}
