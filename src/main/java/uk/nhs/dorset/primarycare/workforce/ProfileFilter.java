package uk.nhs.dorset.primarycare.workforce;

import static uk.nhs.dorset.primarycare.base.QueryValues.blankToNull;
import static uk.nhs.dorset.primarycare.base.QueryValues.parse;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.workflow.OwnerFilter;
import uk.nhs.dorset.primarycare.practice.Cluster;

/**
 * Filters of the profiles grid; null means "any". Written to and read from the query string
 * ({@code snapshot=2024-03-31&locality=Purbeck&cluster=West&status=draft&q=...}), as links already
 * shared use them; names or labels in any case are accepted and unknown values are ignored.
 */
public record ProfileFilter(@Nullable String locality, @Nullable Cluster cluster, @Nullable ProfileStatus status,
                            @Nullable LocalDate snapshot, @Nullable String text, @Nullable String owner) {

    public ProfileFilter(@Nullable String locality, @Nullable Cluster cluster, @Nullable ProfileStatus status,
                         @Nullable LocalDate snapshot, @Nullable String text) {
        this(locality, cluster, status, snapshot, text, null);
    }

    public static ProfileFilter all() {
        return new ProfileFilter(null, null, null, null, null);
    }

    public static ProfileFilter fromQuery(Map<String, String> query) {
        return new ProfileFilter(
                blankToNull(query.get("locality")),
                parse(query.get("cluster"), Cluster::fromLabel),
                parse(query.get("status"), ProfileStatus::fromText),
                parse(query.get("snapshot"), LocalDate::parse),
                blankToNull(query.get("q")),
                OwnerFilter.fromQuery(query));
    }

    /** The query string form: only what is set. */
    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        if (snapshot != null) {
            query.put("snapshot", snapshot.toString());
        }
        String l = blankToNull(locality);
        if (l != null) {
            query.put("locality", l);
        }
        if (cluster != null) {
            query.put("cluster", cluster.label());
        }
        if (status != null) {
            query.put("status", status.name().toLowerCase());
        }
        String t = blankToNull(text);
        if (t != null) {
            query.put("q", t);
        }
        OwnerFilter.toQuery(query, owner);
        return query;
    }
}
