package uk.nhs.dorset.primarycare.programme;

import org.jspecify.annotations.Nullable;

/** What the tracker grid is filtered by; null or blank means "any". */
public record TrackerFilter(@Nullable GpfvArea area, @Nullable RagStatus rag, @Nullable String owner,
                            @Nullable String text) {

    public static TrackerFilter none() {
        return new TrackerFilter(null, null, null, null);
    }
}
