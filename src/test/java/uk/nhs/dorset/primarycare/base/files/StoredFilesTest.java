package uk.nhs.dorset.primarycare.base.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredFilesTest {

    @TempDir
    Path dir;

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
}
