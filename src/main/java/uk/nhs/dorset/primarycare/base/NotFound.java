package uk.nhs.dorset.primarycare.base;

/**
 * The record does not exist, or the user may not see it: the two are deliberately
 * indistinguishable so that a practice manager cannot probe for other practices' records.
 */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what + " not found");
    }
}
