package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import uk.nhs.dorset.primarycare.base.files.StoredFiles;

/**
 * The one way an upload reaches the hub: limited on the server while it streams, whatever the
 * browser was told. A request that declares more than the limit is refused before a byte is
 * read; one that does not say its size is counted and stopped just past the limit. Nothing is
 * held beyond the limit, in memory or on disk, and the user is told the limit.
 */
public final class BoundedUpload implements UploadHandler {

    /** Receives an upload held in memory, on the UI thread. */
    public interface InMemory {
        void received(String fileName, byte[] data);
    }

    /**
     * Receives an upload written to a temporary file, on the UI thread, with the size the
     * request announced (-1 when it announced none), so a reader can tell a file cut short. The
     * receiver owns the file from then on and deletes it when its work with it ends.
     */
    public interface ToFile {
        void received(String fileName, long announcedBytes, Path file);
    }

    /** How the temporary files of uploads are named, in the JVM's temporary folder. */
    public static final String TEMP_PREFIX = "hub-upload-";

    private final long maxBytes;
    private final InMemory inMemory;
    private final ToFile toFile;
    private Consumer<String> refused = Notifications::error;

    private BoundedUpload(long maxBytes, InMemory inMemory, ToFile toFile) {
        this.maxBytes = maxBytes;
        this.inMemory = inMemory;
        this.toFile = toFile;
    }

    /** An upload of at most {@code maxBytes}, handed over as bytes. */
    public static BoundedUpload inMemory(long maxBytes, InMemory received) {
        return new BoundedUpload(maxBytes, received, null);
    }

    /** An upload of at most {@code maxBytes}, handed over as a temporary file (for large imports). */
    public static BoundedUpload toTempFile(long maxBytes, ToFile received) {
        return new BoundedUpload(maxBytes, null, received);
    }

    /** Where a refusal is shown, on the UI thread; a notification unless the screen says otherwise. */
    public BoundedUpload onRefused(Consumer<String> shown) {
        this.refused = shown;
        return this;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        // A multipart request carries a little besides the file.
        return maxBytes + 64 * 1024;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String fileName = event.getFileName();
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui, tooLarge(fileName));
            return;
        }
        if (inMemory != null) {
            byte[] data;
            try (InputStream in = event.getInputStream()) {
                data = StoredFiles.readAtMost(in, maxBytes, fileName);
            } catch (IllegalArgumentException tooLarge) {
                refuse(event, ui, tooLarge.getMessage());
                return;
            }
            ui.access(() -> inMemory.received(fileName, data));
            return;
        }
        Path file = Files.createTempFile(TEMP_PREFIX, ".part");
        long size;
        try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            size = copyAtMost(in, out, maxBytes + 1);
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(file);
            throw failed;
        }
        if (size > maxBytes) {
            Files.deleteIfExists(file);
            refuse(event, ui, tooLarge(fileName));
            return;
        }
        long announced = event.getFileSize();
        ui.access(() -> toFile.received(fileName, announced, file));
    }

    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) >= 0; ) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }

    private String tooLarge(String fileName) {
        return StoredFiles.tooLarge(fileName, maxBytes);
    }

    private void refuse(UploadEvent event, UI ui, String message) {
        event.reject(message);
        ui.access(() -> refused.accept(message));
    }
}
