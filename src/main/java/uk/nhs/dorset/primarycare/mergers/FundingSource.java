package uk.nhs.dorset.primarycare.mergers;

/** Who pays the resilience funding that supports a merger. */
public enum FundingSource {
    NHSE_GPRP("NHS England General Practice Resilience Programme"),
    CCG("CCG funds");

    private final String label;

    FundingSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
