package uk.nhs.dorset.primarycare.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrantFilesTest {

    @TempDir
    Path dir;

    @Test
    void acceptsEachTypeByNameAndContent() {
        assertThat(GrantFiles.check("a.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)).contentType()).isEqualTo("application/pdf");
        assertThat(GrantFiles.check("a.PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}).extension()).isEqualTo("png");
        assertThat(GrantFiles.check("a.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).contentType()).isEqualTo("image/jpeg");
        assertThat(GrantFiles.check("a.xlsx", new byte[] {'P', 'K', 3, 4, 0}).extension()).isEqualTo("xlsx");
        assertThat(GrantFiles.check("a.docx", new byte[] {'P', 'K', 3, 4, 0}).extension()).isEqualTo("docx");
        assertThat(GrantFiles.check("a.csv", "a,b\r\n1,2\n".getBytes(StandardCharsets.UTF_8)).contentType()).isEqualTo("text/csv");
    }

    @Test
    void refusesWrongTypesDisguisesEmptyAndOversizedFiles() {
        assertThatThrownBy(() -> GrantFiles.check("run.sh", "#!/bin/sh".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("is not a file type the hub accepts");
        assertThatThrownBy(() -> GrantFiles.check("photo.png", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageStartingWith("photo.png does not contain what its name says (.png)");
        assertThatThrownBy(() -> GrantFiles.check("data.csv", new byte[] {'a', 0, 'b'}))
                .hasMessageStartingWith("data.csv does not contain what its name says");
        assertThatThrownBy(() -> GrantFiles.check("empty.pdf", new byte[0])).hasMessage("empty.pdf is empty");
        assertThatThrownBy(() -> GrantFiles.check("big.pdf", new byte[(int) (12.5 * 1024 * 1024)]))
                .hasMessage("big.pdf is 12.5 MB; files can be at most 10 MB");
    }

    @Test
    void storesUnderAGeneratedNameInsideItsFolder() throws Exception {
        GrantFiles files = new GrantFiles(dir.toString());
        byte[] pdf = "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII);
        GrantFiles.Checked checked = GrantFiles.check("C:\\Users\\me\\..\\quote.pdf", pdf);
        assertThat(checked.displayName()).isEqualTo("quote.pdf");
        String stored = files.store(checked, pdf);
        assertThat(stored).matches("[0-9a-f-]{36}\\.pdf");
        assertThat(Files.readAllBytes(dir.resolve("grants").resolve(stored))).isEqualTo(pdf);
        assertThatThrownBy(() -> files.open("../escape.pdf")).isInstanceOf(IllegalArgumentException.class);
        files.delete(stored);
        assertThat(files.exists(stored)).isFalse();
    }
}
