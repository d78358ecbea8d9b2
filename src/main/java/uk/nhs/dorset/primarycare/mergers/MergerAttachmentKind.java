package uk.nhs.dorset.primarycare.mergers;

import uk.nhs.dorset.primarycare.base.Labelled;

/** What a case paper is, as the team files them. */
public enum MergerAttachmentKind implements Labelled {
    OPTIONS_APPRAISAL("Options appraisal"),
    LETTER("Letter"),
    APPLICATION("Application"),
    PCSE_NOTIFICATION("PCSE notification"),
    OTHER("Other");

    private final String label;

    MergerAttachmentKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
