package uk.nhs.dorset.primarycare.estates;

/** What the capital buys. */
public enum ProjectType {
    NEW_BUILD("New build"),
    RELOCATION("Relocation to new leased premises"),
    EXTENSION("Extension"),
    REFURBISHMENT("Refurbishment"),
    TECHNOLOGY("Technology");

    private final String label;

    ProjectType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
