package uk.nhs.dorset.primarycare.base.files;

import org.jspecify.annotations.Nullable;
import uk.nhs.dorset.primarycare.base.Labelled;

/** A file attached to a record, of one of its feature's kinds (a quote, a PID, a PCSE notification). */
public interface Attachment<K extends Labelled> {

    @Nullable Long getId();

    K getKind();

    FileRef getFile();
}
