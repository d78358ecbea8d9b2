package uk.nhs.dorset.primarycare.programme;

import static uk.nhs.dorset.primarycare.base.QueryValues.blankToNull;
import static uk.nhs.dorset.primarycare.base.QueryValues.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.workflow.OwnerFilter;

/**
 * What the tracker grid is filtered by; null or blank means "any". Written to and read from the
 * query string ({@code area=workforce&rag=red&lead=...&owner=estates&q=...}) with lower-case enum names, as
 * links already shared use them; any case is accepted and unknown values are ignored. The lead is the
 * delivery plan's named lead (free text); the owner is the user who has taken the item on.
 */
public record TrackerFilter(@Nullable GpfvArea area, @Nullable RagStatus rag, @Nullable String lead,
                            @Nullable String text, @Nullable String owner) {

    public TrackerFilter(@Nullable GpfvArea area, @Nullable RagStatus rag, @Nullable String lead, @Nullable String text) {
        this(area, rag, lead, text, null);
    }

    public static TrackerFilter none() {
        return new TrackerFilter(null, null, null, null);
    }

    public static TrackerFilter fromQuery(Map<String, String> query) {
        return new TrackerFilter(
                parse(GpfvArea.class, query.get("area")),
                parse(RagStatus.class, query.get("rag")),
                blankToNull(query.get("lead")),
                blankToNull(query.get("q")),
                OwnerFilter.fromQuery(query));
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
        String l = blankToNull(lead);
        if (l != null) {
            query.put("lead", l);
        }
        String t = blankToNull(text);
        if (t != null) {
            query.put("q", t);
        }
        OwnerFilter.toQuery(query, owner);
        return query;
    }
}
