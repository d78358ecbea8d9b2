package uk.nhs.dorset.primarycare.programme;

import static uk.nhs.dorset.primarycare.base.QueryValues.blankToNull;
import static uk.nhs.dorset.primarycare.base.QueryValues.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the tracker grid is filtered by; null or blank means "any". Written to and read from the
 * query string ({@code area=workforce&rag=red&owner=...&q=...}) with lower-case enum names, as
 * links already shared use them; any case is accepted and unknown values are ignored.
 */
public record TrackerFilter(@Nullable GpfvArea area, @Nullable RagStatus rag, @Nullable String owner,
                            @Nullable String text) {

    public static TrackerFilter none() {
        return new TrackerFilter(null, null, null, null);
    }

    public static TrackerFilter fromQuery(Map<String, String> query) {
        return new TrackerFilter(
                parse(GpfvArea.class, query.get("area")),
                parse(RagStatus.class, query.get("rag")),
                blankToNull(query.get("owner")),
                blankToNull(query.get("q")));
    }

    /** The query string form: only what is set. */
    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        if (area != null) {
            query.put("area", area.name().toLowerCase());
        }
        if (rag != null) {
            query.put("rag", rag.name().toLowerCase());
        }
        String o = blankToNull(owner);
        if (o != null) {
            query.put("owner", o);
        }
        String t = blankToNull(text);
        if (t != null) {
            query.put("q", t);
        }
        return query;
    }
}
