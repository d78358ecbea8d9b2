package uk.nhs.dorset.primarycare.base.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredFilesTest {

    @TempDir
    Path dir;

    /** A disk that fills up part way through a write, as a full volume does. */
    private static final class FillingDisk implements StoredFiles.Disk {
        private final long room;

        FillingDisk(long room) {
            this.room = room;
        }

        @Override
        public long usableSpace(Path folder) {
            return room;
        }

        @Override
        public void write(Path file, byte[] data) throws IOException {
            Files.write(file, Arrays.copyOf(data, data.length / 2));
            throw new IOException("No space left on device");
        }
    }

    private static final byte[] PDF = "%PDF-1.4\n%a plan of the new consulting rooms\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aWriteThatRunsOutOfSpaceRemovesItsPartSaysTheStoreIsFullAndLogsIt() throws IOException {
        StoredFiles files = new StoredFiles(dir.toString(), new FillingDisk(Long.MAX_VALUE));
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(StoredFiles.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            assertThatThrownBy(() -> files.keep("grants", "plan.pdf", PDF, StoredFiles.MAX_BYTES, "team", Instant.EPOCH))
                    .isInstanceOf(FileStoreFailed.class)
                    .hasMessage(StoredFiles.STORE_FULL);
        } finally {
            logger.detachAppender(logged);
        }
        try (Stream<Path> left = Files.list(dir.resolve("grants"))) {
            assertThat(left).isEmpty();
        }
        assertThat(logged.list).anySatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getFormattedMessage()).contains("Could not store plan.pdf").contains("No space left on device");
        });
    }

    @Test
    void aFileLargerThanTheRoomLeftIsRefusedBeforeAByteIsWritten() throws IOException {
        StoredFiles files = new StoredFiles(dir.toString(), new FillingDisk(PDF.length - 1));
        assertThatThrownBy(() -> files.keep("grants", "plan.pdf", PDF, StoredFiles.MAX_BYTES, "team", Instant.EPOCH))
                .hasMessage(StoredFiles.STORE_FULL);
        try (Stream<Path> left = Files.list(dir.resolve("grants"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void acceptsEachTypeByNameAndContent() {
        assertThat(StoredFiles.check("a.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)).contentType()).isEqualTo("application/pdf");
        assertThat(StoredFiles.check("a.PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}).extension()).isEqualTo("png");
        assertThat(StoredFiles.check("a.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).contentType()).isEqualTo("image/jpeg");
        assertThat(StoredFiles.check("a.xlsx", new byte[] {'P', 'K', 3, 4, 0}).extension()).isEqualTo("xlsx");
        assertThat(StoredFiles.check("a.docx", new byte[] {'P', 'K', 3, 4, 0}).extension()).isEqualTo("docx");
        assertThat(StoredFiles.check("a.csv", "a,b\r\n1,2\n".getBytes(StandardCharsets.UTF_8)).contentType()).isEqualTo("text/csv");
    }

    @Test
    void refusesWrongTypesDisguisesEmptyAndOversizedFiles() {
        assertThatThrownBy(() -> StoredFiles.check("run.sh", "#!/bin/sh".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("is not a file type the hub accepts");
        assertThatThrownBy(() -> StoredFiles.check("photo.png", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageStartingWith("photo.png does not contain what its name says (.png)");
        assertThatThrownBy(() -> StoredFiles.check("data.csv", new byte[] {'a', 0, 'b'}))
                .hasMessageStartingWith("data.csv does not contain what its name says");
        assertThatThrownBy(() -> StoredFiles.check("empty.pdf", new byte[0])).hasMessage("empty.pdf is empty");
        assertThatThrownBy(() -> StoredFiles.check("big.pdf", new byte[(int) (12.5 * 1024 * 1024)]))
                .hasMessage("big.pdf is 12.5 MB; files can be at most 10 MB");
    }

    @Test
    void storesUnderAGeneratedNameInsideItsFolder() throws Exception {
        StoredFiles files = new StoredFiles(dir.toString());
        byte[] pdf = "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII);
        StoredFiles.Checked checked = StoredFiles.check("C:\\Users\\me\\..\\quote.pdf", pdf);
        assertThat(checked.displayName()).isEqualTo("quote.pdf");
        String stored = files.store("grants", checked, pdf);
        assertThat(stored).matches("[0-9a-f-]{36}\\.pdf");
        assertThat(Files.readAllBytes(dir.resolve("grants").resolve(stored))).isEqualTo(pdf);
        assertThatThrownBy(() -> files.open("grants", "../escape.pdf")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> files.store("../outside", checked, pdf)).isInstanceOf(IllegalArgumentException.class);
        assertThat(files.exists("mergers", stored)).isFalse();
        files.delete("grants", stored);
        assertThat(files.exists("grants", stored)).isFalse();
    }

    @Test
    void refusesAFileOverTheLimitItIsGiven() {
        byte[] pdf = new byte[2 * 1024 * 1024];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 8);
        assertThat(StoredFiles.check("letter.pdf", pdf, 2 * 1024 * 1024).displayName()).isEqualTo("letter.pdf");
        assertThatThrownBy(() -> StoredFiles.check("letter.pdf", pdf, 1024 * 1024))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("letter.pdf is 2.0 MB; files can be at most 1 MB");
        assertThatThrownBy(() -> StoredFiles.check("appraisal.docx", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("appraisal.docx does not contain what its name says (.docx)");
    }

    @Test
    void acceptsOfficeFilesOfBothGenerationsAndRefusesAnExecutableCalledPdf() {
        byte[] compound = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertThat(StoredFiles.check("minutes.doc", compound).contentType()).isEqualTo("application/msword");
        assertThat(StoredFiles.check("budget.xls", compound).extension()).isEqualTo("xls");
        assertThat(StoredFiles.check("panel.ppt", compound).extension()).isEqualTo("ppt");
        assertThat(StoredFiles.check("panel.pptx", new byte[] {'P', 'K', 3, 4, 0}).extension()).isEqualTo("pptx");
        assertThatThrownBy(() -> StoredFiles.check("OBC.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3}))
                .hasMessageStartingWith("OBC.pdf does not contain what its name says (.pdf)");
        assertThat(StoredFiles.acceptedExtensions()).contains(".pdf", ".docx", ".doc", ".pptx", ".csv");
        assertThat(StoredFiles.limitText(20L * 1024 * 1024)).isEqualTo("PDF, Word, Excel, PowerPoint, PNG, JPEG or CSV, at most 20 MB");
    }

    @Test
    void readsAnUploadOnlyUpToItsLimit() throws Exception {
        byte[] small = new byte[1024];
        assertThat(StoredFiles.readAtMost(new java.io.ByteArrayInputStream(small), 1024, "a.pdf")).hasSize(1024);
        // An endless stream proves the read stops at the limit instead of holding the whole upload.
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        assertThatThrownBy(() -> StoredFiles.readAtMost(endless, 1024 * 1024, "C:\\huge.pdf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("huge.pdf is larger than 1 MB; files can be at most 1 MB");
    }

    @Test
    void keepsAFileAndSaysWhatTheRecordShouldHoldOfIt() throws Exception {
        StoredFiles files = new StoredFiles(dir.toString());
        byte[] pdf = "%PDF-1.4 kept".getBytes(StandardCharsets.US_ASCII);
        FileRef kept = files.keep("estates", "PID v2.pdf", pdf, StoredFiles.MAX_BYTES, "estates", java.time.Instant.EPOCH);
        assertThat(kept.getFileName()).isEqualTo("PID v2.pdf");
        assertThat(kept.getContentType()).isEqualTo("application/pdf");
        assertThat(kept.getSizeBytes()).isEqualTo(pdf.length);
        assertThat(kept.getUploadedBy()).isEqualTo("estates");
        try (var in = files.open("estates", kept).content()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThatThrownBy(() -> files.keep("estates", "setup.pdf", new byte[] {'M', 'Z', 0}, StoredFiles.MAX_BYTES, "estates",
                java.time.Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
        try (var listing = Files.list(dir.resolve("estates"))) {
            assertThat(listing.count()).isEqualTo(1);
        }
    }
}
