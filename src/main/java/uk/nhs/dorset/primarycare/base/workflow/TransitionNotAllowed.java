package uk.nhs.dorset.primarycare.base.workflow;

import java.util.List;

/**
 * A workflow step refused by its guard. The message is written for the user, saying what to
 * do about it ("Approve needs an approved amount"), and is shown as it is. A move refused for
 * several reasons (collected by {@link Guards}) carries them all, so the user fixes them at once.
 */
public class TransitionNotAllowed extends RuntimeException {

    private final List<String> reasons;

    public TransitionNotAllowed(String message) {
        super(message);
        this.reasons = List.of(message);
    }

    public TransitionNotAllowed(List<String> reasons) {
        super(String.join("; ", reasons));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A refusal needs a reason");
        }
        this.reasons = List.copyOf(reasons);
    }

    /** Every unmet condition, each a sentence of its own. */
    public List<String> reasons() {
        return reasons;
    }

    /** Throws with a formatted message unless the condition holds. */
    public static void require(boolean condition, String message, Object... args) {
        if (!condition) {
            throw new TransitionNotAllowed(args.length == 0 ? message : String.format(message, args));
        }
    }
}
