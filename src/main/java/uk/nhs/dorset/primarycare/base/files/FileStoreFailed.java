package uk.nhs.dorset.primarycare.base.files;

/**
 * A file could not be written to the file store (full disk, failed write). Its message is for the
 * user; the cause has been logged for the administrator where it happened.
 */
public class FileStoreFailed extends IllegalStateException {

    public FileStoreFailed(String message) {
        super(message);
    }

    public FileStoreFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
