package uk.nhs.dorset.primarycare.mergers;

import uk.nhs.dorset.primarycare.base.Labelled;

/** Why the practices want to merge. */
public enum MergerReason implements Labelled {
    RESILIENCE("Resilience"),
    PARTNER_RETIREMENT("Partner retirement"),
    CQC_RATING("CQC rating"),
    WORKFORCE("Workforce"),
    SUSTAINABILITY_AT_SCALE("Sustainability at scale");

    private final String label;

    MergerReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
