package uk.nhs.dorset.primarycare.practice;

/** The ten high impact actions to release time for care named in the GP Forward View. */
public enum HighImpactAction {
    ACTIVE_SIGNPOSTING("Active signposting"),
    NEW_CONSULTATION_TYPES("New consultation types"),
    REDUCE_DNAS("Reduce DNAs"),
    DEVELOP_THE_TEAM("Develop the team"),
    PRODUCTIVE_WORK_FLOWS("Productive work flows"),
    PERSONAL_PRODUCTIVITY("Personal productivity"),
    PARTNERSHIP_WORKING("Partnership working"),
    SOCIAL_PRESCRIBING("Social prescribing"),
    SUPPORT_SELF_CARE("Support self-care"),
    DEVELOP_QI_EXPERTISE("Develop QI expertise");

    private final String label;

    HighImpactAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
