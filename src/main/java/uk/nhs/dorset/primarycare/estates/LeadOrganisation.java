package uk.nhs.dorset.primarycare.estates;

import uk.nhs.dorset.primarycare.base.Labelled;

/** Who leads the business case; the seeds' projects are led by the CCG, a trust or a practice. */
public enum LeadOrganisation implements Labelled {
    CCG("CCG"),
    NHS_TRUST("NHS trust"),
    PRACTICE("Practice"),
    NHS_PROPERTY_SERVICES("NHS Property Services");

    private final String label;

    LeadOrganisation(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
