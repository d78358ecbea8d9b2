package uk.nhs.dorset.primarycare.practice;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.OrganisationSettings;
import uk.nhs.dorset.primarycare.base.Role;

/**
 * The first-run set-up of a new organisation: its name and commissioner codes, then its
 * practices and list sizes (through {@link PracticeImportService}), then its localities with
 * practices assigned to them in bulk.
 */
@Service
public class SetupService {

    private final OrganisationSettings organisation;
    private final PracticeRepository practices;
    private final LocalityRepository localities;

    SetupService(OrganisationSettings organisation, PracticeRepository practices, LocalityRepository localities) {
        this.organisation = organisation;
        this.practices = practices;
        this.localities = localities;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public SetupStatus status() {
        List<Practice> open = practices.findByStatusOrderByNameAsc(PracticeStatus.OPEN);
        return new SetupStatus(organisation.isNamed(), practices.count(),
                open.stream().filter(p -> p.getListSize() != null).count(), open.size(), localities.count(),
                open.stream().filter(p -> p.getLocality() == null).count(), open.stream().filter(p -> p.getPcn() != null).count());
    }

    @RolesAllowed(Role.ADMIN_)
    @Transactional
    public Locality createLocality(String name, Cluster cluster) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Enter the locality's name");
        }
        if (trimmed.length() > 100) {
            throw new IllegalArgumentException("A locality's name can be at most 100 characters");
        }
        if (localities.findByNameIgnoreCase(trimmed).isPresent()) {
            throw new IllegalArgumentException("There is already a locality called " + trimmed);
        }
        // No census figure: its population is its practices' list sizes until one is recorded.
        return localities.saveAndFlush(new Locality(trimmed, cluster, 0));
    }

    @RolesAllowed(Role.ADMIN_)
    @Transactional(readOnly = true)
    public List<Locality> localities() {
        return localities.findAllByOrderByNameAsc();
    }

    /** Open practices in no locality yet, by name: the ones the administrator still has to place. */
    @RolesAllowed(Role.ADMIN_)
    @Transactional(readOnly = true)
    public List<Practice> withoutLocality() {
        return practices.findByStatusOrderByNameAsc(PracticeStatus.OPEN).stream().filter(p -> p.getLocality() == null).toList();
    }

    /** Puts the practices in one locality; returns how many moved. */
    @RolesAllowed(Role.ADMIN_)
    @Transactional
    public int assign(Collection<String> odsCodes, String localityName) {
        if (odsCodes.isEmpty()) {
            throw new IllegalArgumentException("Choose the practices to put in the locality");
        }
        Locality locality = localities.findByNameIgnoreCase(localityName.strip())
                .orElseThrow(() -> new IllegalArgumentException("There is no locality called " + localityName));
        int moved = 0;
        for (String code : odsCodes) {
            Practice practice = practices.findByOdsCode(code.strip().toUpperCase(Locale.ROOT))
                    .orElseThrow(() -> new IllegalArgumentException("There is no practice with code " + code));
            if (!locality.equals(practice.getLocality())) {
                practice.setLocality(locality);
                moved++;
            }
        }
        practices.flush();
        return moved;
    }
}
