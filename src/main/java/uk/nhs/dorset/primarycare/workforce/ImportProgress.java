package uk.nhs.dorset.primarycare.workforce;

/** Lets a caller follow an import and stop it; stopping rolls everything back. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
    };

    /** Share of the file read so far, 0 to 1. */
    default void progress(double fraction) {
    }

    default boolean cancelled() {
        return false;
    }
}
