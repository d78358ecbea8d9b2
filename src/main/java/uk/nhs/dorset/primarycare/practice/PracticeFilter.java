package uk.nhs.dorset.primarycare.practice;

import static uk.nhs.dorset.primarycare.base.QueryValues.blankToNull;
import static uk.nhs.dorset.primarycare.base.QueryValues.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the practice grid is filtered by. Written to and read from the query string with
 * readable values ({@code locality=Purbeck&cqc=Good}), so a copied link reproduces the view;
 * enum names ({@code cqc=GOOD}) are accepted too. Unknown values are ignored, not errors.
 */
public record PracticeFilter(@Nullable String text, @Nullable String locality, @Nullable Cluster cluster,
                             @Nullable String pcnCode, @Nullable CqcRating cqc, @Nullable PracticeStatus status,
                             @Nullable Boolean vulnerable) {

    public static final PracticeFilter ALL = new PracticeFilter(null, null, null, null, null, null, null);

    public PracticeFilter {
        text = blankToNull(text);
        locality = blankToNull(locality);
        pcnCode = blankToNull(pcnCode);
    }

    public static PracticeFilter fromQuery(Map<String, String> query) {
        return new PracticeFilter(
                query.get("q"),
                query.get("locality"),
                parse(query.get("cluster"), Cluster::fromLabel),
                query.get("pcn"),
                parse(query.get("cqc"), CqcRating::fromLabel),
                parse(query.get("status"), PracticeFilter::status),
                "true".equalsIgnoreCase(query.get("vulnerable")) ? Boolean.TRUE : null);
    }

    /** The query string form: only what is set, in readable words. */
    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        if (text != null) {
            query.put("q", text);
        }
        if (locality != null) {
            query.put("locality", locality);
        }
        if (cluster != null) {
            query.put("cluster", cluster.label());
        }
        if (pcnCode != null) {
            query.put("pcn", pcnCode);
        }
        if (cqc != null) {
            query.put("cqc", cqc.label());
        }
        if (status != null) {
            query.put("status", status.label());
        }
        if (Boolean.TRUE.equals(vulnerable)) {
            query.put("vulnerable", "true");
        }
        return query;
    }

    public PracticeFilter withText(@Nullable String value) {
        return new PracticeFilter(value, locality, cluster, pcnCode, cqc, status, vulnerable);
    }

    public PracticeFilter withLocality(@Nullable String value) {
        return new PracticeFilter(text, value, cluster, pcnCode, cqc, status, vulnerable);
    }

    public PracticeFilter withCluster(@Nullable Cluster value) {
        return new PracticeFilter(text, locality, value, pcnCode, cqc, status, vulnerable);
    }

    public PracticeFilter withPcnCode(@Nullable String value) {
        return new PracticeFilter(text, locality, cluster, value, cqc, status, vulnerable);
    }

    public PracticeFilter withCqc(@Nullable CqcRating value) {
        return new PracticeFilter(text, locality, cluster, pcnCode, value, status, vulnerable);
    }

    public PracticeFilter withStatus(@Nullable PracticeStatus value) {
        return new PracticeFilter(text, locality, cluster, pcnCode, cqc, value, vulnerable);
    }

    public PracticeFilter withVulnerable(@Nullable Boolean value) {
        return new PracticeFilter(text, locality, cluster, pcnCode, cqc, status, Boolean.TRUE.equals(value) ? Boolean.TRUE : null);
    }

    private static PracticeStatus status(String text) {
        for (PracticeStatus s : PracticeStatus.values()) {
            if (s.label().equalsIgnoreCase(text.strip()) || s.name().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown status: " + text);
    }
}
