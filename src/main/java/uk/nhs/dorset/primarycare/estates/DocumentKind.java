package uk.nhs.dorset.primarycare.estates;

import uk.nhs.dorset.primarycare.base.Labelled;

/** The papers each business case stage produces. */
public enum DocumentKind implements Labelled {
    PID("PID"),
    REVISED_PID("Revised PID"),
    OBC("Outline business case"),
    FBC("Full business case"),
    PANEL_PAPERS("Panel papers"),
    SCHEDULE_OF_WORKS("Schedule of works");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
