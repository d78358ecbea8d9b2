package uk.nhs.dorset.primarycare.estates;

import uk.nhs.dorset.primarycare.base.Labelled;

/** What the capital buys. */
public enum ProjectType implements Labelled {
    NEW_BUILD("New build"),
    RELOCATION("Relocation to new leased premises"),
    EXTENSION("Extension"),
    REFURBISHMENT("Refurbishment"),
    TECHNOLOGY("Technology");

    private final String label;

    ProjectType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
