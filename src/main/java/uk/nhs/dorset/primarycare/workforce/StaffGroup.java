package uk.nhs.dorset.primarycare.workforce;

import uk.nhs.dorset.primarycare.base.Labelled;

import java.util.Arrays;
import java.util.List;

/** The four staff groups NHS Digital reports and the modelled targets are set for. */
public enum StaffGroup implements Labelled {
    GP("GPs", true),
    NURSES("Nurses", true),
    DIRECT_PATIENT_CARE("Direct patient care", true),
    ADMIN("Admin and non-clinical", false);

    private final String label;
    private final boolean clinical;

    StaffGroup(String label, boolean clinical) {
        this.label = label;
        this.clinical = clinical;
    }

    @Override
    public String label() {
        return label;
    }

    /** GPs, nurses and direct patient care: the denominator of patients per clinical FTE. */
    public boolean isClinical() {
        return clinical;
    }

    public List<StaffRole> roles() {
        return Arrays.stream(StaffRole.values()).filter(r -> r.group() == this).toList();
    }

    public static StaffGroup fromText(String text) {
        for (StaffGroup g : values()) {
            if (g.name().equalsIgnoreCase(text.strip()) || g.label.equalsIgnoreCase(text.strip())) {
                return g;
            }
        }
        throw new IllegalArgumentException("Unknown staff group: " + text);
    }
}
