package uk.nhs.dorset.primarycare.grants;

/** How the practice holds its premises: a freehold grant over the threshold needs a legal charge. */
public enum Tenure {
    FREEHOLD("Freehold"),
    LEASEHOLD("Leasehold");

    private final String label;

    Tenure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
