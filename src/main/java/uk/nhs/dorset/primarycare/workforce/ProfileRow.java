package uk.nhs.dorset.primarycare.workforce;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Actor;

/**
 * One row of the profiles grid and its export: the profile's own columns, its practice's code
 * and name, its locality's name, and its role lines summed by staff group. A page is read in two
 * statements (the rows, then their lines), so that no entity, practice or line map is held for it.
 */
public record ProfileRow(long id, long version, String odsCode, String practiceName, @Nullable String localityName,
                         LocalDate snapshotDate, ProfileStatus status, @Nullable String owner, GroupTotals totals) {

    /** What a bulk move's result calls the profile, as {@link WorkforceProfile#label()} does. */
    public String label() {
        return WorkforceProfile.label(odsCode, practiceName, snapshotDate);
    }

    public String link() {
        return "workforce/" + odsCode;
    }

    /** The moves this actor may make on the profile, as {@link WorkforceProfile#allowedNext} has them. */
    public Set<ProfileStatus> allowedNext(Actor actor) {
        return WorkforceProfile.allowedNext(status, odsCode, actor);
    }
}
