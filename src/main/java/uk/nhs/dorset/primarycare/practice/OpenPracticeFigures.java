package uk.nhs.dorset.primarycare.practice;

import java.util.Map;

/**
 * The open practices at a glance: how many, how many at each CQC rating (a practice with no
 * rating recorded counts as not yet rated), and the vulnerable or resilience-programme ones per
 * locality, localities by cluster then name, only those with any.
 */
public record OpenPracticeFigures(long open, Map<CqcRating, Long> byRating, Map<String, Long> flaggedByLocality) {

    public long flagged() {
        return flaggedByLocality.values().stream().mapToLong(Long::longValue).sum();
    }
}
