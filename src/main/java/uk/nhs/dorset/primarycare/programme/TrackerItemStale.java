package uk.nhs.dorset.primarycare.programme;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.WorkingDays;

/** A tracker item not yet complete whose progress and RAG nobody has touched for 90 working days. */
public record TrackerItemStale(String label, String link, LocalDate lastUpdatedOn) {

    /** Working days without an update after which the team is reminded of an item. */
    public static final int WORKING_DAYS_UNTOUCHED = 90;

    static Optional<TrackerItemStale> of(TrackerItem item, LocalDate today, WorkingDays days) {
        if (Objects.equals(item.getPercentComplete(), 100)) {
            return Optional.empty();
        }
        LocalDate lastUpdatedOn = LocalDate.ofInstant(item.getLastUpdated(), Formats.ZONE);
        if (!days.after(lastUpdatedOn, WORKING_DAYS_UNTOUCHED).equals(today)) {
            return Optional.empty();
        }
        return Optional.of(new TrackerItemStale(item.kind() + " " + item.label(), item.link(), lastUpdatedOn));
    }
}
