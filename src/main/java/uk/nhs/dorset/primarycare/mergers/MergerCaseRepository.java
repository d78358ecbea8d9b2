package uk.nhs.dorset.primarycare.mergers;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MergerCaseRepository extends JpaRepository<MergerCase, Long>, JpaSpecificationExecutor<MergerCase> {

    @Query("select distinct c from MergerCase c join c.parties p where p.odsCode = :odsCode and c.status in :statuses")
    List<MergerCase> findWithPractice(@Param("odsCode") String odsCode, @Param("statuses") Collection<MergerStatus> statuses);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from MergerCase c where c.id = :id")
    Optional<MergerCase> findForUpdate(@Param("id") long id);
}
