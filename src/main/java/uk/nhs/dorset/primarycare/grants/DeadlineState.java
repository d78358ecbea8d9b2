package uk.nhs.dorset.primarycare.grants;

import uk.nhs.dorset.primarycare.base.Labelled;

/**
 * Where an approved bid stands against its programme's spend deadline: at risk when its works
 * or evidence are not complete 30 days before the deadline, slipped once the deadline passed.
 */
public enum DeadlineState implements Labelled {
    NONE(""),
    ON_TRACK("On track"),
    AT_RISK("At risk"),
    SLIPPED("Slipped");

    /** Days before the spend deadline from which unfinished work is at risk. */
    public static final int AT_RISK_DAYS = 30;

    private final String label;

    DeadlineState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
