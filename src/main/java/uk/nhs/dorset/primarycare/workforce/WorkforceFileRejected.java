package uk.nhs.dorset.primarycare.workforce;

/** The workforce file as a whole cannot be read; the message says why and what to do. */
public class WorkforceFileRejected extends IllegalArgumentException {

    public WorkforceFileRejected(String message) {
        super(message);
    }
}
