package uk.nhs.dorset.primarycare.practice;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Actor;
import uk.nhs.dorset.primarycare.base.NotFound;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.base.CurrentActor;

/**
 * The practice feature's public API. A practice manager sees only their own practice: asking
 * for another one gives "not found", exactly as for a code that does not exist.
 */
@Service
public class PracticeService {

    private final PracticeRepository practices;
    private final LocalityRepository localities;
    private final PcnRepository pcns;
    private final CurrentActor currentUser;

    PracticeService(PracticeRepository practices, LocalityRepository localities, PcnRepository pcns,
                    CurrentActor currentUser) {
        this.practices = practices;
        this.localities = localities;
        this.pcns = pcns;
        this.currentUser = currentUser;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Practice> find(String odsCode) {
        Actor actor = currentUser.actor();
        String code = odsCode.strip().toUpperCase();
        if (!actor.maySeePractice(code)) {
            return Optional.empty();
        }
        return practices.findByOdsCode(code);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Practice get(String odsCode) {
        return find(odsCode).orElseThrow(() -> new NotFound("Practice " + odsCode));
    }

    /** Open practices the signed-in user may see, by name: for pickers in other features. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<Practice> openPractices() {
        Actor actor = currentUser.actor();
        return practices.findByStatusOrderByNameAsc(PracticeStatus.OPEN).stream()
                .filter(p -> actor.maySeePractice(p.getOdsCode()))
                .toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<Locality> localities() {
        return localities.findAllByOrderByNameAsc();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<Pcn> pcns() {
        return pcns.findAllByOrderByNameAsc();
    }

    /**
     * Completes a merger on the practice records: the absorbed practice closes as "merged into"
     * the continuing one, which takes the combined list. Joins the caller's transaction so a
     * merger case's completion and the practice changes commit or fail together.
     */
    @RolesAllowed({Role.TEAM_, Role.MANAGER_})
    @Transactional
    public void recordMerger(String absorbedOdsCode, String continuingOdsCode, int combinedListSize, LocalDate date) {
        Practice absorbed = practices.findByOdsCode(absorbedOdsCode).orElseThrow(() -> new NotFound("Practice " + absorbedOdsCode));
        Practice continuing = practices.findByOdsCode(continuingOdsCode).orElseThrow(() -> new NotFound("Practice " + continuingOdsCode));
        if (!absorbed.isOpen() || !continuing.isOpen()) {
            throw new IllegalStateException("Both practices must be open to merge");
        }
        absorbed.mergeInto(continuing, date);
        continuing.setListSize(combinedListSize, date);
    }
}
