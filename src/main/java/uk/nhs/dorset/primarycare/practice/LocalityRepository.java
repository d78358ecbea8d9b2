package uk.nhs.dorset.primarycare.practice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LocalityRepository extends JpaRepository<Locality, Long> {

    Optional<Locality> findByNameIgnoreCase(String name);

    List<Locality> findAllByOrderByNameAsc();
}
