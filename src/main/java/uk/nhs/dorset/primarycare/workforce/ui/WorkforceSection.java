package uk.nhs.dorset.primarycare.workforce.ui;

import java.util.Arrays;
import java.util.Optional;

/**
 * The workforce page's sections, one shown at a time as a tab and kept in the address as
 * {@code tab=}. Each is built only when chosen, so a page reads only what it shows: the profiles
 * grid does not wait for the gap sum over every practice's lines, nor hold the gap tables.
 */
enum WorkforceSection {
    PROFILES("Profiles"),
    LOCALITIES("Gap by locality"),
    CLUSTERS("Gap by cluster"),
    VALIDATION("Validation"),
    PRACTICES("Gap by practice");

    private final String label;

    WorkforceSection(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** How the section is spelled in the address; the profiles, shown by default, are not spelled at all. */
    String key() {
        return name().toLowerCase();
    }

    /** Whether the section shows gaps against a model version, so the model and staff group pickers apply. */
    boolean showsGaps() {
        return this != PROFILES && this != VALIDATION;
    }

    /** The section an address names; an unknown or missing name is the profiles, as an old link expects. */
    static WorkforceSection fromKey(Optional<String> key) {
        return key.flatMap(k -> Arrays.stream(values()).filter(s -> s.key().equalsIgnoreCase(k.strip())).findFirst())
                .orElse(PROFILES);
    }
}
