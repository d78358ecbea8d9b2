package uk.nhs.dorset.primarycare.grants;

import uk.nhs.dorset.primarycare.base.Labelled;

/** What an attached file is for: a bid is submitted only with at least one quote. */
public enum AttachmentKind implements Labelled {
    QUOTE("Quote"),
    PLAN("Plan"),
    INVOICE("Invoice"),
    OTHER("Other");

    private final String label;

    AttachmentKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
