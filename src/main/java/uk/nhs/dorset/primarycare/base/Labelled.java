package uk.nhs.dorset.primarycare.base;

/** A value with the words users know it by: statuses, kinds, ratings. */
public interface Labelled {

    /** The label as it starts a sentence or heads a column ("PID submitted", "Under review"). */
    String label();

    /**
     * The label inside a sentence: the first word lower-cased unless it is an acronym, so
     * "Under review" reads "under review" while "PID submitted" and "NHS England panel" keep
     * their capitals.
     */
    default String inSentence() {
        return Labels.inSentence(label());
    }
}
