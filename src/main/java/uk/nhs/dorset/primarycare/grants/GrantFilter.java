package uk.nhs.dorset.primarycare.grants;

import org.jspecify.annotations.Nullable;

/** What the bid grid is filtered by; every part is optional. */
public record GrantFilter(@Nullable Long programmeId, @Nullable BidStatus status, @Nullable String practiceOdsCode,
                          @Nullable String locality, @Nullable DeadlineState deadline, @Nullable String text) {

    public static GrantFilter all() {
        return new GrantFilter(null, null, null, null, null, null);
    }

    public GrantFilter withProgramme(@Nullable Long id) {
        return new GrantFilter(id, status, practiceOdsCode, locality, deadline, text);
    }
}
