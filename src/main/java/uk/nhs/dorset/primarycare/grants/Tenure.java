package uk.nhs.dorset.primarycare.grants;

import uk.nhs.dorset.primarycare.base.Labelled;

/** How the practice holds its premises: a freehold grant over the threshold needs a legal charge. */
public enum Tenure implements Labelled {
    FREEHOLD("Freehold"),
    LEASEHOLD("Leasehold");

    private final String label;

    Tenure(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
