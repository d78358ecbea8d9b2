package uk.nhs.dorset.primarycare.workforce;

import uk.nhs.dorset.primarycare.base.audit.FieldHistory;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A profile's figures compared between two revisions, role by role: the shared field history
 * reads single-valued fields, and a profile keeps its figures in a collection keyed by role.
 */
final class FigureChanges {

    private FigureChanges() {
    }

    /** Which role's headcount or FTE changed from what to what. */
    static void compare(WorkforceProfile before, WorkforceProfile after, FieldHistory.Changes changes) {
        Map<StaffRole, RoleFigures> was = before.getLines();
        Map<StaffRole, RoleFigures> now = after.getLines();
        for (StaffRole role : StaffRole.values()) {
            RoleFigures from = was.get(role);
            RoleFigures to = now.get(role);
            changes.add(role.label() + " headcount", whole(from == null ? null : from.headcount()),
                    whole(to == null ? null : to.headcount()));
            changes.add(role.label() + " FTE", fte(from == null ? null : from.fte()), fte(to == null ? null : to.fte()));
        }
    }

    /** Blank is "not supplied", as the field history writes an empty value. */
    private static String whole(@Nullable Integer value) {
        return Objects.toString(value, "");
    }

    private static String fte(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
