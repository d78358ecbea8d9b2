package uk.nhs.dorset.primarycare.base.workflow;

/**
 * A workflow step refused by its guard. The message is written for the user, saying what to
 * do about it ("Approve needs an approved amount"), and is shown as it is.
 */
public class TransitionNotAllowed extends RuntimeException {

    public TransitionNotAllowed(String message) {
        super(message);
    }

    /** Throws with a formatted message unless the condition holds. */
    public static void require(boolean condition, String message, Object... args) {
        if (!condition) {
            throw new TransitionNotAllowed(args.length == 0 ? message : String.format(message, args));
        }
    }
}
