package uk.nhs.dorset.primarycare.notifications;

import uk.nhs.dorset.primarycare.base.Labelled;

/** The kinds of news a user chooses how to hear of. */
public enum NotificationKind implements Labelled {
    WAITING("Moves waiting for me"),
    PRACTICE("My practice's records"),
    ASSIGNED("Records assigned to me"),
    MENTIONED("Mentions of me in comments"),
    SHARED_COMMENT("Comments shared with my practice"),
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
