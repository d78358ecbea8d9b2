package uk.nhs.dorset.primarycare.mergers;

import static uk.nhs.dorset.primarycare.base.QueryValues.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.workflow.OwnerFilter;

/**
 * What the case list is narrowed to; every field is optional. Written to and read from the query
 * string ({@code status=COMPLETED&locality=Purbeck&reason=RESILIENCE&funding=NHSE_GPRP}) with enum
 * names, as links already shared use them; any case is accepted and unknown values are ignored.
 */
public record MergerFilter(@Nullable MergerStatus status, @Nullable String locality, @Nullable MergerReason reason,
                           @Nullable FundingSource fundingSource, @Nullable String owner) {

    public MergerFilter(@Nullable MergerStatus status, @Nullable String locality, @Nullable MergerReason reason,
                        @Nullable FundingSource fundingSource) {
        this(status, locality, reason, fundingSource, null);
    }

    public static MergerFilter none() {
        return new MergerFilter(null, null, null, null);
    }

    public static MergerFilter fromQuery(Map<String, String> query) {
        String locality = query.get("locality");
        return new MergerFilter(
                parse(MergerStatus.class, query.get("status")),
                locality == null || locality.isBlank() ? null : locality.strip(),
                parse(MergerReason.class, query.get("reason")),
                parse(FundingSource.class, query.get("funding")),
                OwnerFilter.fromQuery(query));
    }

    /** The query string form: only what is set. */
    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        if (status != null) {
            query.put("status", status.name());
        }
        if (locality != null && !locality.isBlank()) {
            query.put("locality", locality.strip());
        }
        if (reason != null) {
            query.put("reason", reason.name());
        }
        if (fundingSource != null) {
            query.put("funding", fundingSource.name());
        }
        OwnerFilter.toQuery(query, owner);
        return query;
    }
}
