package uk.nhs.dorset.primarycare.workforce;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.practice.Cluster;

/** Which gaps by practice to read: a snapshot against a model version, of a locality, cluster or staff group when given. */
public record GapQuery(@Nullable LocalDate snapshot, @Nullable String modelVersion, @Nullable String locality,
                       @Nullable Cluster cluster, @Nullable StaffGroup group) {

    /** A line per staff group, or one when a group is chosen. */
    int linesPerPractice() {
        return group == null ? StaffGroup.values().length : 1;
    }
}
