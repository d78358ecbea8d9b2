package uk.nhs.dorset.primarycare.workforce.ui;

import uk.nhs.dorset.primarycare.base.ui.StatusBadge;
import uk.nhs.dorset.primarycare.workforce.ProfileStatus;

/** A profile's status as a badge: text first, colour as a second cue. */
final class StatusBadges {

    private StatusBadges() {
    }

    static StatusBadge of(ProfileStatus status) {
        return new StatusBadge(status.label(), switch (status) {
            case DRAFT -> StatusBadge.Tone.NEUTRAL;
            case CIRCULATED -> StatusBadge.Tone.INFO;
            case VALIDATED -> StatusBadge.Tone.SUCCESS;
            case QUERIED -> StatusBadge.Tone.WARNING;
        });
    }
}
