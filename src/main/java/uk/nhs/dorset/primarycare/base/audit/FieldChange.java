package uk.nhs.dorset.primarycare.base.audit;

import java.time.Instant;

/** One field of one audited record changed: when, by whom, from what to what (as users read them). */
public record FieldChange(Instant at, String by, String field, String from, String to) {
}
