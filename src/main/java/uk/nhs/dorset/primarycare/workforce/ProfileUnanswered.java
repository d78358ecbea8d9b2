package uk.nhs.dorset.primarycare.workforce;

import java.time.LocalDate;
import java.util.Optional;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.WorkingDays;
import org.jspecify.annotations.Nullable;

/**
 * A profile circulated to its practice and neither validated nor queried 21 working days later.
 *
 * @param profile which profile: its practice and snapshot ("J81002 2017-09-30"), as one practice has one per snapshot
 */
public record ProfileUnanswered(String profile, String label, String link, String practiceOdsCode, LocalDate circulatedOn,
                                @Nullable String owner) {

    /** Working days a circulated profile may wait for its practice's answer before a reminder. */
    public static final int WORKING_DAYS_UNANSWERED = 21;

    static Optional<ProfileUnanswered> of(WorkforceProfile profile, LocalDate today, WorkingDays days) {
        if (profile.getStatus() != ProfileStatus.CIRCULATED) {
            return Optional.empty();
        }
        // The status is circulated, so the last move is the circulation.
        LocalDate circulatedOn = LocalDate.ofInstant(profile.lastChange().getChangedAt(), Formats.ZONE);
        if (!days.after(circulatedOn, WORKING_DAYS_UNANSWERED).equals(today)) {
            return Optional.empty();
        }
        return Optional.of(new ProfileUnanswered(profile.getOdsCode() + " " + profile.getSnapshotDate(),
                profile.kind() + " " + profile.label(), profile.link(), profile.practiceOdsCode(), circulatedOn, profile.getOwner()));
    }
}
