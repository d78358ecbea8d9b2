package uk.nhs.dorset.primarycare.workforce;

import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.OpenWorkElsewhere;

/** A merging practice's workforce profiles not yet validated, listed on completion for someone to reassign. */
@Component
class WorkforceOpenWork implements OpenWorkElsewhere {

    private final WorkforceProfileRepository profiles;

    WorkforceOpenWork(WorkforceProfileRepository profiles) {
        this.profiles = profiles;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> openItemsFor(String odsCode) {
        return profiles.findByPracticeOdsCodeAndStatusNotIn(odsCode, EnumSet.of(ProfileStatus.VALIDATED))
                .stream()
                .map(p -> "Workforce profile at " + Formats.date(p.getSnapshotDate()) + " (" + p.getStatus().label().toLowerCase() + ")")
                .toList();
    }
}
