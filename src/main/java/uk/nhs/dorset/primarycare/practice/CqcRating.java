package uk.nhs.dorset.primarycare.practice;

/** CQC overall rating. */
public enum CqcRating {
    OUTSTANDING("Outstanding"),
    GOOD("Good"),
    REQUIRES_IMPROVEMENT("Requires improvement"),
    INADEQUATE("Inadequate"),
    NOT_RATED("Not yet rated");

    private final String label;

    CqcRating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CqcRating fromLabel(String text) {
        String t = text.strip();
        for (CqcRating r : values()) {
            if (r.label.equalsIgnoreCase(t) || r.name().equalsIgnoreCase(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException("Unknown CQC rating: " + text);
    }
}
