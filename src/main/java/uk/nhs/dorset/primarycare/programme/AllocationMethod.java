package uk.nhs.dorset.primarycare.programme;

import java.util.Locale;

/**
 * How the transformation fund is shared between localities, chosen with {@code hub.allocation.method}:
 * the same baseline for every locality plus a capitation share of the rest (the published
 * method, the default), or the whole fund by capitation.
 */
public enum AllocationMethod {
    BASELINE_PLUS_CAPITATION("A baseline per locality, plus a capitation share of the rest by practice population at the census date."),
    CAPITATION("The whole fund is shared by capitation on each locality's practice population at the census date.");

    private final String explanation;

    AllocationMethod(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }

    public boolean hasBaseline() {
        return this == BASELINE_PLUS_CAPITATION;
    }

    /** "baseline-plus-capitation" or "capitation", as the setting is written. */
    public static AllocationMethod fromSetting(String text) {
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (AllocationMethod m : values()) {
            if (m.name().equals(key)) {
                return m;
            }
        }
        throw new IllegalStateException("hub.allocation.method is '" + text + "': use baseline-plus-capitation or capitation");
    }
}
