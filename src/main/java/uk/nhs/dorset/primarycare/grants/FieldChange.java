package uk.nhs.dorset.primarycare.grants;

import java.time.Instant;

/** One field of a bid changed in one saved revision: what, from, to, by whom, when. */
public record FieldChange(Instant at, String by, String field, String from, String to) {
}
