package uk.nhs.dorset.primarycare.mergers.ui;

import uk.nhs.dorset.primarycare.base.ui.StatusBadge;
import uk.nhs.dorset.primarycare.mergers.MergerStatus;

/** One colour per kind of status, so the list and the case read the same. */
final class MergerBadges {

    private MergerBadges() {
    }

    static StatusBadge of(MergerStatus status) {
        return new StatusBadge(status.label(), tone(status));
    }

    static StatusBadge.Tone tone(MergerStatus status) {
        return switch (status) {
            case ENQUIRY -> StatusBadge.Tone.NEUTRAL;
            case ADVISORY_REVIEW, SUPPORT_AGREED, DUE_DILIGENCE -> StatusBadge.Tone.INFO;
            case APPLICATION -> StatusBadge.Tone.WARNING;
            case APPROVED, COMPLETED -> StatusBadge.Tone.SUCCESS;
            case DECLINED -> StatusBadge.Tone.ERROR;
            case WITHDRAWN -> StatusBadge.Tone.NEUTRAL;
        };
    }
}
