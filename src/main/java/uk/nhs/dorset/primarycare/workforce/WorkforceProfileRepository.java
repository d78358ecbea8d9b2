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

    /**
     * Per locality (by name): open practices, those with a profile at the snapshot, and how many
     * of those are circulated, validated and queried.
     */
    @Query("""
            select l.name, l.cluster, count(distinct pr.id), count(w.id),
                   sum(case when w.status = uk.nhs.dorset.primarycare.workforce.ProfileStatus.CIRCULATED then 1 else 0 end),
                   sum(case when w.status = uk.nhs.dorset.primarycare.workforce.ProfileStatus.VALIDATED then 1 else 0 end),
                   sum(case when w.status = uk.nhs.dorset.primarycare.workforce.ProfileStatus.QUERIED then 1 else 0 end)
            from Locality l
            left join Practice pr on pr.locality = l and pr.status = uk.nhs.dorset.primarycare.practice.PracticeStatus.OPEN
            left join WorkforceProfile w on w.practice = pr and w.snapshotDate = :snapshot
            group by l.id, l.name, l.cluster
            order by l.name""")
    List<Object[]> validationByLocality(@Nullable LocalDate snapshot);

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
    List<WorkforceProfile> findTop20ByStatusInOrderByIdAsc(Collection<ProfileStatus> statuses);

    @EntityGraph(attributePaths = {"practice", "practice.locality", "lines"})
    List<WorkforceProfile> findTop20ByStatusInAndPracticeOdsCodeOrderByIdAsc(Collection<ProfileStatus> statuses, String odsCode);

    @EntityGraph(attributePaths = {"practice", "practice.locality", "lines"})
    List<WorkforceProfile> findByPracticeOdsCodeAndStatusNotIn(String odsCode, Collection<ProfileStatus> statuses);

    @EntityGraph(attributePaths = {"practice", "practice.locality"})
    List<WorkforceProfile> findByStatus(ProfileStatus status);
}
