package uk.nhs.dorset.primarycare.base.files;

import java.io.InputStream;

/** An attachment's content opened for download, with the name and type to offer it under. */
public record StoredFile(String fileName, String contentType, long size, InputStream content) {
}
