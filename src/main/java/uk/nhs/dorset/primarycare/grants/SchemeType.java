package uk.nhs.dorset.primarycare.grants;

/** What kind of premises work a bid pays for. */
public enum SchemeType {
    IMPROVEMENT("Improvement"),
    EXTENSION("Extension"),
    REFURBISHMENT("Refurbishment"),
    CONVERSION("Conversion"),
    OTHER("Other");

    private final String label;

    SchemeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
