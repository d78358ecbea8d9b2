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
    private final PcnRepository pcns;
    private final ClusterTable clusters;

    SetupService(OrganisationSettings organisation, PracticeRepository practices, LocalityRepository localities,
                 PcnRepository pcns, ClusterTable clusters) {
        this.organisation = organisation;
        this.practices = practices;
        this.localities = localities;
        this.pcns = pcns;
        this.clusters = clusters;
    }

    /** What the start with one locality per network did. */
    public record NetworkStart(int localities, int practices) {
    }

    @PermitAll
    @Transactional(readOnly = true)
    public SetupStatus status() {
        List<Practice> open = practices.findByStatusOrderByNameAsc(PracticeStatus.OPEN);
        return new SetupStatus(organisation.isNamed(), practices.count(),
                open.stream().filter(p -> p.getListSize() != null).count(), open.size(), localities.count(),
                open.stream().filter(p -> p.getLocality() == null).count(), open.stream().filter(p -> p.getPcn() != null).count());
    }

    /** A new locality in the named cluster, which is created if the organisation has none of that name. */
    @RolesAllowed(Role.ADMIN_)
    @Transactional
    public Locality createLocality(String name, String clusterName) {
        String trimmed = localityName(name);
        if (localities.findByNameIgnoreCase(trimmed).isPresent()) {
            throw new IllegalArgumentException("There is already a locality called " + trimmed);
        }
        Cluster cluster = clusters.findOrCreate(new Cluster(clusterName));
        // No census figure: its population is its practices' list sizes until one is recorded.
        return localities.saveAndFlush(new Locality(trimmed, cluster, 0));
    }

    /**
     * A start for an organisation that groups its practices by network: each network not yet a
     * locality becomes one, in the named cluster, and takes its member practices that are in no
     * locality. Practices already placed stay where the administrator put them.
     */
    @RolesAllowed(Role.ADMIN_)
    @Transactional
    public NetworkStart oneLocalityPerNetwork(String clusterName) {
        Cluster cluster = clusters.findOrCreate(new Cluster(clusterName));
        List<Practice> unplaced = practices.findByStatusOrderByNameAsc(PracticeStatus.OPEN).stream()
                .filter(p -> p.getLocality() == null && p.getPcn() != null).toList();
        if (unplaced.isEmpty()) {
            throw new IllegalArgumentException("Every open practice in a network is already in a locality: "
                    + "import the networks' member practices first, or assign the rest below");
        }
        int created = 0;
        for (Pcn pcn : pcns.findAllByOrderByNameAsc()) {
            List<Practice> members = unplaced.stream().filter(p -> pcn.equals(p.getPcn())).toList();
            if (members.isEmpty()) {
                continue;
            }
            String name = localityName(pcn.getName());
            Locality locality = localities.findByNameIgnoreCase(name).orElse(null);
            if (locality == null) {
                locality = localities.save(new Locality(name, cluster, 0));
                created++;
            }
            if (pcn.getLocality() == null) {
                pcn.setLocality(locality);
            }
            for (Practice member : members) {
                member.setLocality(locality);
            }
        }
        practices.flush();
        return new NetworkStart(created, unplaced.size());
    }

    /** Puts a locality in another cluster (created if new), with its population. */
    @RolesAllowed(Role.ADMIN_)
    @Transactional
    public Locality moveToCluster(String localityName, String clusterName) {
        Locality locality = localities.findByNameIgnoreCase(localityName.strip())
                .orElseThrow(() -> new IllegalArgumentException("There is no locality called " + localityName));
        locality.setCluster(clusters.findOrCreate(new Cluster(clusterName)));
        return localities.saveAndFlush(locality);
    }

    /** Renames a cluster; its localities and recorded access weeks keep belonging to it. */
    @RolesAllowed(Role.ADMIN_)
    @Transactional
    public Cluster renameCluster(String from, String to) {
        Cluster existing = clusters.find(new Cluster(from))
                .orElseThrow(() -> new IllegalArgumentException("There is no cluster called " + from.strip()));
        Cluster renamed = new Cluster(to);
        clusters.find(renamed).filter(other -> !other.sameAs(existing)).ifPresent(other -> {
            throw new IllegalArgumentException("There is already a cluster called " + other.name());
        });
        clusters.rename(existing, renamed);
        return renamed;
    }

    @RolesAllowed(Role.ADMIN_)
    @Transactional(readOnly = true)
    public List<Cluster> clusters() {
        return clusters.all();
    }

    private static String localityName(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Enter the locality's name");
        }
        if (trimmed.length() > 100) {
            throw new IllegalArgumentException("A locality's name can be at most 100 characters");
        }
        return trimmed;
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
