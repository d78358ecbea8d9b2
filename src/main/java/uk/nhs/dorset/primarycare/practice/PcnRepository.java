package uk.nhs.dorset.primarycare.practice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PcnRepository extends JpaRepository<Pcn, Long> {

    Optional<Pcn> findByCode(String code);

    List<Pcn> findAllByOrderByNameAsc();

    List<Pcn> findByNameContainingIgnoreCaseOrCodeContainingIgnoreCase(String name, String code, Pageable pageable);
}
