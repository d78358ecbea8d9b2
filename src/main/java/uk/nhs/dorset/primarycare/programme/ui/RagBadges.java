package uk.nhs.dorset.primarycare.programme.ui;

import uk.nhs.dorset.primarycare.base.ui.StatusBadge;
import uk.nhs.dorset.primarycare.programme.RagStatus;

/** RAG as text in a coloured pill: the words carry the meaning, the colour only helps. */
final class RagBadges {

    private RagBadges() {
    }

    static StatusBadge of(RagStatus rag) {
        StatusBadge badge = new StatusBadge(rag.shortLabel(), switch (rag) {
            case ON_TRACK -> StatusBadge.Tone.SUCCESS;
            case PARTIALLY_ON_TRACK -> StatusBadge.Tone.WARNING;
            case OFF_TRACK -> StatusBadge.Tone.ERROR;
            case PLANNED_NOT_STARTED -> StatusBadge.Tone.NEUTRAL;
            case PREPARATORY -> StatusBadge.Tone.INFO;
        });
        badge.setTitle(rag.label());
        return badge;
    }
}
