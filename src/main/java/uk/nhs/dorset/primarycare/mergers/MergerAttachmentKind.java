package uk.nhs.dorset.primarycare.mergers;

/** What a case paper is, as the team files them. */
public enum MergerAttachmentKind {
    OPTIONS_APPRAISAL("Options appraisal"),
    LETTER("Letter"),
    APPLICATION("Application"),
    PCSE_NOTIFICATION("PCSE notification"),
    OTHER("Other");

    private final String label;

    MergerAttachmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
