package uk.nhs.dorset.primarycare.workforce;

import java.util.Collection;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface WorkforceProfileRepository extends JpaRepository<WorkforceProfile, Long>, JpaSpecificationExecutor<WorkforceProfile> {

    @Query("select p from WorkforceProfile p where p.practice.odsCode = :odsCode and p.snapshotDate = :snapshot")
    Optional<WorkforceProfile> findByPracticeAndSnapshot(String odsCode, LocalDate snapshot);

    @Query("select p from WorkforceProfile p where p.practice.odsCode = :odsCode order by p.snapshotDate desc")
    List<WorkforceProfile> findByPractice(String odsCode);

    @Query("select p from WorkforceProfile p where p.snapshotDate = :snapshot")
    List<WorkforceProfile> findBySnapshot(LocalDate snapshot);

    @Query("select distinct p.snapshotDate from WorkforceProfile p order by p.snapshotDate desc")
    List<LocalDate> snapshotDates();

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from WorkforceProfile p where p.id = :id")
    Optional<WorkforceProfile> lockById(long id);

    List<WorkforceProfile> findTop20ByStatusInOrderByIdAsc(Collection<ProfileStatus> statuses);

    List<WorkforceProfile> findTop20ByStatusInAndPracticeOdsCodeOrderByIdAsc(Collection<ProfileStatus> statuses, String odsCode);

    List<WorkforceProfile> findByPracticeOdsCodeAndStatusNotIn(String odsCode, Collection<ProfileStatus> statuses);
}
