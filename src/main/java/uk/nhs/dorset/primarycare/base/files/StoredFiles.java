package uk.nhs.dorset.primarycare.base.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps attachment files on disk under names the hub generates, so nothing a user types can
 * choose where a file goes. Only a few document types are accepted, recognised by their name
 * and by their first bytes, so a renamed executable is refused.
 */
@Component
public class StoredFiles {

    /** The limit features use unless they have reason for another. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** Accepted extensions and the type each is served as, in the order users are told them. */
    public static final Map<String, String> TYPES = orderedTypes();

    /** The accepted types as users are told them. */
    public static final String ACCEPTED = "PDF, Word, Excel, PowerPoint, PNG, JPEG or CSV";

    private static Map<String, String> orderedTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("pdf", "application/pdf");
        types.put("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        types.put("doc", "application/msword");
        types.put("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        types.put("xls", "application/vnd.ms-excel");
        types.put("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
        types.put("ppt", "application/vnd.ms-powerpoint");
        types.put("png", "image/png");
        types.put("jpg", "image/jpeg");
        types.put("jpeg", "image/jpeg");
        types.put("csv", "text/csv");
        return Collections.unmodifiableMap(types);
    }

    /** The extensions an upload may offer, with their dots (".pdf"). */
    public static String[] acceptedExtensions() {
        return TYPES.keySet().stream().map(extension -> "." + extension).toArray(String[]::new);
    }

    /** What an upload tells its user: "PDF, Word, ... or CSV, at most 10 MB". */
    public static String limitText(long maxBytes) {
        return ACCEPTED + ", at most " + megabytes(maxBytes);
    }

    /**
     * Reads an upload, refusing it as soon as it passes {@code maxBytes}, so an oversized file
     * is never held whole in memory whatever the browser claimed its size was.
     */
    public static byte[] readAtMost(InputStream in, long maxBytes, String fileName) throws IOException {
        byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (data.length > maxBytes) {
            throw new IllegalArgumentException(tooLarge(fileName, maxBytes));
        }
        return data;
    }

    /** What a user is told of a file over the limit. */
    public static String tooLarge(String fileName, long maxBytes) {
        return displayName(fileName) + " is larger than " + megabytes(maxBytes) + "; files can be at most " + megabytes(maxBytes);
    }

    /** What the user is told when the disk the files live on has no room. */
    public static final String STORE_FULL = "The file store is full; nothing was saved. Tell the system administrator.";

    private static final Logger log = LoggerFactory.getLogger(StoredFiles.class);

    /** The disk under the files folder, apart so a test can fill it. */
    interface Disk {
        long usableSpace(Path dir) throws IOException;

        void write(Path file, byte[] data) throws IOException;
    }

    private static final Disk LOCAL_DISK = new Disk() {
        @Override
        public long usableSpace(Path dir) throws IOException {
            return Files.getFileStore(dir).getUsableSpace();
        }

        @Override
        public void write(Path file, byte[] data) throws IOException {
            Files.write(file, data, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    };

    private final Path root;
    private final Disk disk;

    @Autowired
    public StoredFiles(@Value("${hub.files.dir:./data/files}") String dir) {
        this(dir, LOCAL_DISK);
    }

    StoredFiles(String dir, Disk disk) {
        this.root = Path.of(dir).toAbsolutePath().normalize();
        this.disk = disk;
    }

    /** A checked upload: the name to show, the extension and type to store it under. */
    public record Checked(String displayName, String extension, String contentType) {
    }

    /** Refuses what may not be stored under the usual 10 MB limit. */
    public static Checked check(String fileName, byte[] data) {
        return check(fileName, data, MAX_BYTES);
    }

    /** Refuses what may not be stored, with a message naming the limit. */
    public static Checked check(String fileName, byte[] data, long maxBytes) {
        String display = displayName(fileName);
        if (data.length == 0) {
            throw new IllegalArgumentException(display + " is empty");
        }
        if (data.length > maxBytes) {
            throw new IllegalArgumentException(String.format(Locale.UK, "%s is %.1f MB; files can be at most %s",
                    display, data.length / (1024.0 * 1024.0), megabytes(maxBytes)));
        }
        int dot = display.lastIndexOf('.');
        String extension = dot < 0 ? "" : display.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        if (type == null) {
            throw new IllegalArgumentException(display + " is not a file type the hub accepts: attach a " + ACCEPTED);
        }
        if (!contentMatches(extension, data)) {
            throw new IllegalArgumentException(display + " does not contain what its name says (." + extension
                    + "); attach a genuine " + ACCEPTED);
        }
        return new Checked(display, extension, type);
    }

    /** A size as users read it: "10 MB", "2.5 MB". */
    public static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? String.format(Locale.UK, "%d MB", (long) mb) : String.format(Locale.UK, "%.1f MB", mb);
    }

    private static boolean contentMatches(String extension, byte[] data) {
        return switch (extension) {
            case "pdf" -> startsWith(data, '%', 'P', 'D', 'F', '-');
            case "png" -> startsWith(data, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            case "jpg", "jpeg" -> startsWith(data, 0xFF, 0xD8, 0xFF);
            case "xlsx", "docx", "pptx" -> startsWith(data, 'P', 'K', 0x03, 0x04);
            // Word 97-2003, Excel 97-2003 and PowerPoint 97-2003 are compound documents.
            case "doc", "xls", "ppt" -> startsWith(data, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
            case "csv" -> isText(data);
            default -> false;
        };
    }

    private static boolean startsWith(byte[] data, int... magic) {
        if (data.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((data[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text has no NUL or other control bytes besides tab and line ends. */
    private static boolean isText(byte[] data) {
        byte[] head = Arrays.copyOf(data, Math.min(data.length, 8192));
        for (byte b : head) {
            int c = b & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The user's file name without any folders, trimmed to fit. */
    public static String displayName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = name.replaceAll("[\\p{Cntrl}]", "");
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /**
     * Writes checked content into a feature's folder (such as "grants") under a new generated
     * name and returns that name.
     */
    public String store(String folder, Checked checked, byte[] data) {
        String storedName = UUID.randomUUID() + "." + checked.extension();
        Path file = resolve(folder, storedName);
        try {
            Files.createDirectories(folder(folder));
            long room = disk.usableSpace(file.getParent());
            if (room < data.length) {
                log.error("The file store is full: {} bytes free under {}, {} needed for {}", room, root, data.length,
                        checked.displayName());
                throw new FileStoreFailed(STORE_FULL);
            }
            disk.write(file, data);
        } catch (IOException e) {
            // A write that stopped part way must not leave its part on the disk it is filling.
            deleteQuietly(file);
            boolean full = e.getMessage() != null && e.getMessage().contains("No space left");
            log.error("Could not store {} under {}: {}", checked.displayName(), root, e.toString());
            throw new FileStoreFailed(full ? STORE_FULL
                    : "The file could not be stored; nothing was saved. Try again, or tell the system administrator.", e);
        }
        return storedName;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.error("Could not remove the partly written {}: {}", file, e.toString());
        }
    }

    /**
     * Deletes a just-stored file again if the surrounding transaction does not commit, so a
     * refused or failed change leaves no orphan on disk.
     */
    public void deleteUnlessCommitted(String folder, String storedName) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    delete(folder, storedName);
                }
            }
        });
    }

    /**
     * Checks and stores an upload in a feature's folder and says what the record should keep
     * of it. The file is removed again if the surrounding transaction does not commit, so a
     * refused or conflicting change leaves nothing on disk.
     */
    public FileRef keep(String folder, String fileName, byte[] data, long maxBytes, String by, Instant at) {
        Checked checked = check(fileName, data, maxBytes);
        String storedName = store(folder, checked, data);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            deleteUnlessCommitted(folder, storedName);
        }
        return new FileRef(checked.displayName(), storedName, checked.contentType(), data.length, by, at);
    }

    /** A kept file opened for download under the name and type it was kept with. */
    public StoredFile open(String folder, FileRef file) {
        return new StoredFile(file.getFileName(), file.getContentType(), file.getSizeBytes(), open(folder, file.getStoredName()));
    }

    public InputStream open(String folder, String storedName) {
        try {
            return Files.newInputStream(resolve(folder, storedName));
        } catch (IOException e) {
            throw new UncheckedIOException("The stored file is missing", e);
        }
    }

    /** Removes a stored file; one already gone is not an error. */
    public void delete(String folder, String storedName) {
        try {
            Files.deleteIfExists(resolve(folder, storedName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String folder, String storedName) {
        return Files.exists(resolve(folder, storedName));
    }

    /** A feature's folder, which must be a plain name directly under the files root. */
    private Path folder(String folder) {
        Path path = root.resolve(folder).normalize();
        if (folder.isBlank() || path.getParent() == null || !path.getParent().equals(root)) {
            throw new IllegalArgumentException("Not a files folder");
        }
        return path;
    }

    private Path resolve(String folder, String storedName) {
        Path dir = folder(folder);
        Path path = dir.resolve(storedName).normalize();
        if (path.getParent() == null || !path.getParent().equals(dir)) {
            throw new IllegalArgumentException("Not a stored file name");
        }
        return path;
    }
}
