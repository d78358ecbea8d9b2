package uk.nhs.dorset.primarycare.mergers;

import uk.nhs.dorset.primarycare.base.Labelled;

/** Who pays the resilience funding that supports a merger. */
public enum FundingSource implements Labelled {
    NHSE_GPRP("NHS England General Practice Resilience Programme"),
    CCG("CCG funds");

    private final String label;

    FundingSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
