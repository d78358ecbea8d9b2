package uk.nhs.dorset.primarycare.base;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who this hub is for. The administrator names the organisation and its commissioner codes in
 * the first-run set-up; until then the {@code hub.organisation.name} setting names it.
 */
@Service
public class OrganisationSettings {

    private final OrganisationRepository organisations;
    private final String configuredName;

    OrganisationSettings(OrganisationRepository organisations, @Value("${hub.organisation.name:}") String configuredName) {
        this.organisations = organisations;
        this.configuredName = configuredName.strip();
    }

    /** The organisation's name, or "" before anyone has named it. */
    @Transactional(readOnly = true)
    public String name() {
        return organisations.findFirstByOrderByIdAsc().map(Organisation::getName).orElse(configuredName);
    }

    /** The name for a sentence or a heading: "your organisation" until it is named. */
    public String nameOr(String fallback) {
        String name = name();
        return name.isEmpty() ? fallback : name;
    }

    /** The sub-ICB location (commissioner) codes whose practices the organisation commissions. */
    @Transactional(readOnly = true)
    public List<String> commissionerCodes() {
        return organisations.findFirstByOrderByIdAsc().map(Organisation::codes).orElse(List.of());
    }

    /** True once the organisation has a name and at least one commissioner code. */
    @Transactional(readOnly = true)
    public boolean isNamed() {
        return organisations.findFirstByOrderByIdAsc().map(o -> !o.codes().isEmpty()).orElse(false);
    }

    @RolesAllowed(Role.ADMIN_)
    @Transactional
    public void save(String name, String commissionerCodes) {
        write(name, commissionerCodes);
    }

    /**
     * Names the organisation at start-up, when no one has yet: the embedded demo's organisation.
     * Unsecured because it runs before anyone signs in, and it never changes a saved name.
     */
    @Transactional
    public void nameIfUnnamed(String name, String commissionerCodes) {
        if (organisations.findFirstByOrderByIdAsc().isEmpty()) {
            write(name, commissionerCodes);
        }
    }

    private void write(String name, String commissionerCodes) {
        Organisation organisation = organisations.findFirstByOrderByIdAsc().orElse(null);
        if (organisation == null) {
            organisations.saveAndFlush(new Organisation(name, commissionerCodes));
        } else {
            organisation.update(name, commissionerCodes);
            organisations.saveAndFlush(organisation);
        }
    }
}
