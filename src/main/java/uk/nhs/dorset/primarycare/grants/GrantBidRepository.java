package uk.nhs.dorset.primarycare.grants;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * A bid's practice and programme are read lazily; the finders whose bids are shown after their
 * transaction has closed load them (and the practice's locality and PCN) in the same statement.
 */
interface GrantBidRepository extends JpaRepository<GrantBid, Long>, JpaSpecificationExecutor<GrantBid> {

    @Override
    @EntityGraph(attributePaths = {"practice", "practice.locality", "practice.pcn", "programme"})
    Optional<GrantBid> findById(Long id);

    @Query("select coalesce(sum(b.approvedGrant), 0) from GrantBid b where b.programme.id = :programmeId and b.status in :statuses")
    BigDecimal sumApproved(@Param("programmeId") long programmeId, @Param("statuses") Collection<BidStatus> statuses);

    @Query("select coalesce(sum(b.requestedGrant), 0) from GrantBid b where b.programme.id = :programmeId and b.status in :statuses")
    BigDecimal sumRequested(@Param("programmeId") long programmeId, @Param("statuses") Collection<BidStatus> statuses);

    /** Per status: approved total, requested total and number of bids, in one grouped statement. */
    @Query("""
            select b.status, coalesce(sum(b.approvedGrant), 0), coalesce(sum(b.requestedGrant), 0), count(b)
            from GrantBid b where b.programme.id = :programmeId group by b.status""")
    List<Object[]> totalsByStatus(@Param("programmeId") long programmeId);

    /** Approved grants of unfinished works whose spend deadline has passed. */
    @Query("""
            select coalesce(sum(b.approvedGrant), 0) from GrantBid b
            where b.programme.id = :programmeId and b.status in :statuses and b.programme.spendDeadline < :today""")
    BigDecimal sumSlipped(@Param("programmeId") long programmeId, @Param("statuses") Collection<BidStatus> statuses,
                          @Param("today") LocalDate today);

    @EntityGraph(attributePaths = {"practice", "programme"})
    List<GrantBid> findByPracticeOdsCodeAndStatusNotIn(String odsCode, Collection<BidStatus> statuses);

    @EntityGraph(attributePaths = {"practice", "programme"})
    List<GrantBid> findByStatusIn(Collection<BidStatus> statuses);
}
