package uk.nhs.dorset.primarycare.practice;

/** The practice's primary medical services contract. */
public enum ContractType {
    GMS("General Medical Services"),
    PMS("Personal Medical Services"),
    APMS("Alternative Provider Medical Services");

    private final String label;

    ContractType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
