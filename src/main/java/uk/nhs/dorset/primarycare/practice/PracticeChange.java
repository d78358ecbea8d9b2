package uk.nhs.dorset.primarycare.practice;

import java.time.Instant;
import java.util.List;

/** One saved revision of a practice record: who, when and which fields changed from what to what. */
public record PracticeChange(Instant at, String by, String kind, List<String> changes) {
}
