package uk.nhs.dorset.primarycare.mergers;

import java.util.List;
import java.util.Map;

/**
 * What completing a merger changed and what it left for a person to do: the absorbed
 * practices' open work elsewhere (grant bids, workforce profiles...), listed per practice
 * label for someone to reassign.
 */
public record CompletionResult(MergerCase mergerCase, Map<String, List<String>> openWorkToReassign) {

    public boolean hasOpenWork() {
        return openWorkToReassign.values().stream().anyMatch(list -> !list.isEmpty());
    }
}
