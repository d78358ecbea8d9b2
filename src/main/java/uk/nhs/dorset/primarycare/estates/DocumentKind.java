package uk.nhs.dorset.primarycare.estates;

/** The papers each business case stage produces. */
public enum DocumentKind {
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

    public String label() {
        return label;
    }
}
