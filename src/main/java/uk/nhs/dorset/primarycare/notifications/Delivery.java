package uk.nhs.dorset.primarycare.notifications;

import uk.nhs.dorset.primarycare.base.Labelled;

/** How a user hears of a kind of news by email; the application's own list always shows it. */
public enum Delivery implements Labelled {
    IMMEDIATELY("Immediately"),
    DIGEST("Daily digest"),
    OFF("Off");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
