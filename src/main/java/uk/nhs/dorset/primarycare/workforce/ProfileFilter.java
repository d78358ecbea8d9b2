package uk.nhs.dorset.primarycare.workforce;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.practice.Cluster;

/** Filters of the profiles grid; null means "any". */
public record ProfileFilter(@Nullable String locality, @Nullable Cluster cluster, @Nullable ProfileStatus status,
                            @Nullable LocalDate snapshot, @Nullable String text) {

    public static ProfileFilter all() {
        return new ProfileFilter(null, null, null, null, null);
    }
}
