package uk.nhs.dorset.primarycare.mergers;

import uk.nhs.dorset.primarycare.base.Labelled;

/** The six areas of a resilience action plan, as the case study lists them. */
public enum ActionArea implements Labelled {
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

    @Override
    public String label() {
        return label;
    }
}
