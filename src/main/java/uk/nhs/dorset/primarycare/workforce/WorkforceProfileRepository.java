package uk.nhs.dorset.primarycare.workforce;

import java.util.Collection;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.jspecify.annotations.Nullable;

/**
 * A profile's practice and role lines are read lazily; the finders whose profiles are shown after
 * their transaction has closed load them (and the practice's locality) in the same statement.
 */
interface WorkforceProfileRepository extends JpaRepository<WorkforceProfile, Long>, JpaSpecificationExecutor<WorkforceProfile> {

    @EntityGraph(attributePaths = {"practice", "practice.locality", "lines"})
    @Override
    Optional<WorkforceProfile> findById(Long id);

    @EntityGraph(attributePaths = {"practice", "practice.locality", "lines"})
    @Query("select p from WorkforceProfile p where p.practice.odsCode = :odsCode and p.snapshotDate = :snapshot")
    Optional<WorkforceProfile> findByPracticeAndSnapshot(String odsCode, LocalDate snapshot);

    @EntityGraph(attributePaths = {"practice", "practice.locality", "lines"})
    @Query("select p from WorkforceProfile p where p.practice.odsCode = :odsCode order by p.snapshotDate desc")
    List<WorkforceProfile> findByPractice(String odsCode);

    @EntityGraph(attributePaths = {"practice", "practice.locality", "lines"})
    @Query("select p from WorkforceProfile p where p.snapshotDate = :snapshot")
    List<WorkforceProfile> findBySnapshot(LocalDate snapshot);

    /** The profiles of some practices at a snapshot with their lines, in one statement: a page of the gaps by practice. */
    @EntityGraph(attributePaths = {"practice", "lines"})
    @Query("select p from WorkforceProfile p where p.snapshotDate = :snapshot and p.practice.odsCode in :odsCodes")
    List<WorkforceProfile> findBySnapshotAndOdsCodes(LocalDate snapshot, Collection<String> odsCodes);

    @Query("select max(p.snapshotDate) from WorkforceProfile p")
    @Nullable LocalDate latestSnapshot();

    @Query("select max(p.snapshotDate) from WorkforceProfile p where p.practice.odsCode = :odsCode")
    @Nullable LocalDate latestSnapshotOf(String odsCode);

    /** ODS code, profile id and status of every profile at the snapshot. */
    @Query("select pr.odsCode, p.id, p.status from WorkforceProfile p join p.practice pr where p.snapshotDate = :snapshot")
    List<Object[]> idsAtSnapshot(LocalDate snapshot);

    @Query("select distinct p.snapshotDate from WorkforceProfile p order by p.snapshotDate desc")
    List<LocalDate> snapshotDates();

    @EntityGraph(attributePaths = {"practice", "practice.locality", "lines"})
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from WorkforceProfile p where p.id = :id")
    Optional<WorkforceProfile> lockById(long id);

    @EntityGraph(attributePaths = {"practice", "practice.locality", "lines"})
    List<WorkforceProfile> findByPracticeOdsCodeAndStatusNotIn(String odsCode, Collection<ProfileStatus> statuses);

    @EntityGraph(attributePaths = {"practice", "practice.locality"})
    List<WorkforceProfile> findByStatus(ProfileStatus status);
}
