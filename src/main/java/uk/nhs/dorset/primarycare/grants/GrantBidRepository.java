package uk.nhs.dorset.primarycare.grants;

import java.util.List;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GrantBidRepository extends JpaRepository<GrantBid, Long>, JpaSpecificationExecutor<GrantBid> {

    @Query("select coalesce(sum(b.approvedGrant), 0) from GrantBid b where b.programme.id = :programmeId and b.status in :statuses")
    BigDecimal sumApproved(@Param("programmeId") long programmeId, @Param("statuses") Collection<BidStatus> statuses);

    @Query("select coalesce(sum(b.requestedGrant), 0) from GrantBid b where b.programme.id = :programmeId and b.status in :statuses")
    BigDecimal sumRequested(@Param("programmeId") long programmeId, @Param("statuses") Collection<BidStatus> statuses);

    @Query("select count(b) from GrantBid b where b.programme.id = :programmeId and b.status in :statuses")
    long countIn(@Param("programmeId") long programmeId, @Param("statuses") Collection<BidStatus> statuses);

    /** Approved grants of unfinished works whose spend deadline has passed. */
    @Query("""
            select coalesce(sum(b.approvedGrant), 0) from GrantBid b
            where b.programme.id = :programmeId and b.status in :statuses and b.programme.spendDeadline < :today""")
    BigDecimal sumSlipped(@Param("programmeId") long programmeId, @Param("statuses") Collection<BidStatus> statuses,
                          @Param("today") LocalDate today);

    List<GrantBid> findTop20ByStatusInOrderByIdAsc(Collection<BidStatus> statuses);

    List<GrantBid> findTop20ByStatusInAndPracticeOdsCodeOrderByIdAsc(Collection<BidStatus> statuses, String odsCode);

    List<GrantBid> findByPracticeOdsCodeAndStatusNotIn(String odsCode, Collection<BidStatus> statuses);
}
