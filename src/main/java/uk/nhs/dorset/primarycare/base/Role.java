package uk.nhs.dorset.primarycare.base;

/**
 * The roles of the people who use the hub. They live in the shared kernel because every
 * workflow's transition table names them.
 */
public enum Role {
    TEAM("Primary care team"),
    ESTATES("Estates lead"),
    MANAGER("Programme manager"),
    ADMIN("Administrator"),
    PRACTICE("Practice manager");

    /** Constant names for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final String TEAM_ = "TEAM";
    public static final String ESTATES_ = "ESTATES";
    public static final String MANAGER_ = "MANAGER";
    public static final String ADMIN_ = "ADMIN";
    public static final String PRACTICE_ = "PRACTICE";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
