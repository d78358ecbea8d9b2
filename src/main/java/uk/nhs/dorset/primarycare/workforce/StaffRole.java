package uk.nhs.dorset.primarycare.workforce;

import uk.nhs.dorset.primarycare.base.Labelled;

/** The roles a profile records, each in one staff group. */
public enum StaffRole implements Labelled {
    GP_PARTNER(StaffGroup.GP, "GP partners"),
    GP_SALARIED(StaffGroup.GP, "Salaried GPs"),
    GP_LOCUM(StaffGroup.GP, "Locum GPs"),
    GP_RETAINER(StaffGroup.GP, "GP retainers"),
    GP_TRAINEE(StaffGroup.GP, "GP trainees and registrars"),
    NURSE(StaffGroup.NURSES, "Nurses"),
    CLINICAL_PHARMACIST(StaffGroup.DIRECT_PATIENT_CARE, "Clinical pharmacists"),
    PHYSICIAN_ASSOCIATE(StaffGroup.DIRECT_PATIENT_CARE, "Physician associates"),
    PHYSIOTHERAPIST(StaffGroup.DIRECT_PATIENT_CARE, "Physiotherapists"),
    MENTAL_HEALTH_THERAPIST(StaffGroup.DIRECT_PATIENT_CARE, "Mental health therapists"),
    PARAMEDIC(StaffGroup.DIRECT_PATIENT_CARE, "Paramedics"),
    HCA(StaffGroup.DIRECT_PATIENT_CARE, "Healthcare assistants"),
    DPC_OTHER(StaffGroup.DIRECT_PATIENT_CARE, "Other direct patient care"),
    PRACTICE_MANAGER(StaffGroup.ADMIN, "Practice managers"),
    RECEPTIONIST(StaffGroup.ADMIN, "Receptionists"),
    ADMIN_OTHER(StaffGroup.ADMIN, "Other admin and non-clinical");

    private final StaffGroup group;
    private final String label;

    StaffRole(StaffGroup group, String label) {
        this.group = group;
        this.label = label;
    }

    public StaffGroup group() {
        return group;
    }

    @Override
    public String label() {
        return label;
    }
}
