package uk.nhs.dorset.primarycare.base;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findFirstByOrderByIdAsc();
}
