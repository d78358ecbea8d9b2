package uk.nhs.dorset.primarycare.notifications;

import uk.nhs.dorset.primarycare.base.Labelled;

/** The kinds of news a user chooses how to hear of. */
public enum NotificationKind implements Labelled {
    WAITING("Moves waiting for me"),
    PRACTICE("My practice's records"),
    REMINDER("Reminders");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
