package uk.nhs.dorset.primarycare.mergers;

/** The six areas of a resilience action plan, as the case study lists them. */
public enum ActionArea {
    DIAGNOSTIC_AND_IMPROVEMENT("Diagnostic & improvement"),
    RAPID_INTERVENTION("Rapid intervention"),
    SPECIALIST_ADVICE_AND_GUIDANCE("Specialist advice & guidance"),
    PRACTICE_MANAGEMENT("Practice management"),
    COACHING_SUPERVISION_MENTORSHIP("Coaching/supervision & mentorship"),
    WORKFORCE("Workforce");

    private final String label;

    ActionArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
