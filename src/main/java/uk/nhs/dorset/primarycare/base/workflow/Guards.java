package uk.nhs.dorset.primarycare.base.workflow;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every unmet condition of a move before refusing it, so the user sees all that stands
 * in the way at once rather than one refusal after another. A condition that can only be judged
 * when an earlier one held (a date that must be set before it is compared) is checked inside
 * {@code if (guards.require(...))}.
 */
public final class Guards {

    private final List<String> unmet = new ArrayList<>();

    /** Notes the message unless the condition holds; says whether it held. */
    public boolean require(boolean condition, String message, Object... args) {
        if (!condition) {
            unmet.add(args.length == 0 ? message : String.format(message, args));
        }
        return condition;
    }

    /** Notes a condition found unmet elsewhere (a rule that returns its problem). */
    public void unmet(String message) {
        unmet.add(message);
    }

    /** Refuses the move with every unmet condition, if there is any. */
    public void check() {
        if (!unmet.isEmpty()) {
            throw new TransitionNotAllowed(unmet);
        }
    }
}
