package uk.nhs.dorset.primarycare.base;

/**
 * Someone else saved the record after this user loaded it. Services translate the
 * persistence layer's optimistic-lock failure into this, with a message a user can act on.
 */
public class ConcurrentChange extends RuntimeException {

    public ConcurrentChange(String what) {
        super("Someone else changed this " + what + "; reload to see their change");
    }
}
