package uk.nhs.dorset.primarycare.grants;

import uk.nhs.dorset.primarycare.base.Labelled;

/** What kind of premises work a bid pays for. */
public enum SchemeType implements Labelled {
    IMPROVEMENT("Improvement"),
    EXTENSION("Extension"),
    REFURBISHMENT("Refurbishment"),
    CONVERSION("Conversion"),
    OTHER("Other");

    private final String label;

    SchemeType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
