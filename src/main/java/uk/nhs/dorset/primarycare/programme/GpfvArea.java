package uk.nhs.dorset.primarycare.programme;

import uk.nhs.dorset.primarycare.base.Labelled;

/** The GP Forward View delivery areas the tracker is organised by, in the appendix's order. */
public enum GpfvArea implements Labelled {
    ENGAGEMENT("Engagement workstream"),
    INVESTMENT("Investment"),
    WORKFORCE("Workforce"),
    WORKLOAD("Workload"),
    INFRASTRUCTURE("Infrastructure"),
    CARE_REDESIGN("Care redesign");

    private final String label;

    GpfvArea(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
