package uk.nhs.dorset.primarycare.mergers;

import uk.nhs.dorset.primarycare.base.Labelled;

/** Progress of one action plan area. */
public enum ActionStatus implements Labelled {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    COMPLETE("Complete"),
    NOT_NEEDED("Not needed");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Complete, or deliberately not needed for this merger: nothing left to do. */
    public boolean isSettled() {
        return this == COMPLETE || this == NOT_NEEDED;
    }
}
