package uk.nhs.dorset.primarycare.mergers;

import uk.nhs.dorset.primarycare.base.audit.FieldHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Formats;

/**
 * A case's practices and action plan compared between two revisions: the shared field history
 * reads single-valued fields only, and these are collections, so the practices are compared as
 * one list and each action area on its own.
 */
final class PartyAndPlanChanges {

    private PartyAndPlanChanges() {
    }

    static void compare(MergerCase before, MergerCase after, FieldHistory.Changes changes) {
        changes.add("Practices", practices(before.getParties()), practices(after.getParties()));
        Map<ActionArea, ActionPlanItem> was = byArea(before.getActions());
        Map<ActionArea, ActionPlanItem> now = byArea(after.getActions());
        for (ActionArea area : ActionArea.values()) {
            changes.add("Action plan: " + area.label(), item(was.get(area)), item(now.get(area)));
        }
    }

    private static Map<ActionArea, ActionPlanItem> byArea(List<ActionPlanItem> items) {
        return items.stream().collect(Collectors.toMap(ActionPlanItem::getArea, Function.identity(), (a, b) -> b));
    }

    /** "J81020 Bere Regis Surgery (GMS, 3,500 patients); J81025 ... (GMS, 6,009 patients, continuing)". */
    static String practices(List<MergerParty> parties) {
        return parties.stream().map(p -> p.label() + " (" + (p.getContractType() == null ? "contract not known" : p.getContractType().name())
                        + ", " + (p.getListSize() == null ? "list size not known" : Formats.number(p.getListSize()) + " patients")
                        + (p.isContinuing() ? ", continuing" : "") + ")")
                .collect(Collectors.joining("; "));
    }

    /** "In progress, Practice lead, due 01/03/2018: notes"; empty when the area has no row. */
    static String item(@Nullable ActionPlanItem item) {
        if (item == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        parts.add(item.getStatus().label());
        if (item.getOwner() != null) {
            parts.add(item.getOwner());
        }
        if (item.getDueDate() != null) {
            parts.add("due " + Formats.date(item.getDueDate()));
        }
        return String.join(", ", parts) + (item.getNotes() == null ? "" : ": " + item.getNotes());
    }
}
