package uk.nhs.dorset.primarycare.grants;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GrantProgrammeRepository extends JpaRepository<GrantProgramme, Long> {

    List<GrantProgramme> findAllByOrderByFinancialYearStartDesc();

    Optional<GrantProgramme> findByFinancialYearStart(int financialYearStart);

    /** Serialises everything that commits a programme's money: the row stays locked until commit. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from GrantProgramme p where p.id = :id")
    Optional<GrantProgramme> lockById(@Param("id") long id);
}
