package uk.nhs.dorset.primarycare.practice;

/** The three improved-access clusters the localities are grouped into. */
public enum Cluster implements uk.nhs.dorset.primarycare.base.Labelled {
    EAST("East"), MID("Mid"), WEST("West");

    private final String label;

    Cluster(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Cluster fromLabel(String text) {
        for (Cluster c : values()) {
            if (c.label.equalsIgnoreCase(text.strip()) || c.name().equalsIgnoreCase(text.strip())) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown cluster: " + text);
    }
}
