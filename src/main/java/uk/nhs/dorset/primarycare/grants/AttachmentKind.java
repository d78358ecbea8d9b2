package uk.nhs.dorset.primarycare.grants;

/** What an attached file is for: a bid is submitted only with at least one quote. */
public enum AttachmentKind {
    QUOTE("Quote"),
    PLAN("Plan"),
    INVOICE("Invoice"),
    OTHER("Other");

    private final String label;

    AttachmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
