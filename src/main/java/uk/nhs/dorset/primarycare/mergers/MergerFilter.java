package uk.nhs.dorset.primarycare.mergers;

import org.jspecify.annotations.Nullable;

/** What the case list is narrowed to; every field is optional. */
public record MergerFilter(@Nullable MergerStatus status, @Nullable String locality, @Nullable MergerReason reason,
                           @Nullable FundingSource fundingSource) {

    public static MergerFilter none() {
        return new MergerFilter(null, null, null, null);
    }
}
