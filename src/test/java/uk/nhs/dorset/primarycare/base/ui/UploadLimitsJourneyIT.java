package uk.nhs.dorset.primarycare.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.dorset.primarycare.testing.BrowserTest;
import uk.nhs.dorset.primarycare.testing.RawUpload;
import uk.nhs.dorset.primarycare.testing.pages.GrantBidPage;
import uk.nhs.dorset.primarycare.testing.pages.GrantsPage;
import uk.nhs.dorset.primarycare.testing.pages.ImportsPage;

/**
 * Uploads larger than their limit, posted straight to the upload address in a signed-in session
 * as an attacker would: the server refuses them while they stream, holds no more than the limit,
 * and tells the user the limit.
 */
class UploadLimitsJourneyIT extends BrowserTest {

    private static final long MB = 1024 * 1024;

    @Test
    void anAttachmentStreamedPastItsLimitIsStoppedAndNeverHeldWhole() {
        signIn("practice");
        GrantBidPage bid = new GrantsPage(page, base()).open().createDraft("J81002", "2018/19", "Upload limit: a huge plan");

        RawUpload.Result result = RawUpload.post(context, bid.uploadAddress(), "huge-plan.pdf", 600 * MB, false);
        System.out.printf("600 MB streamed to a 10 MB attachment: %d MB sent, old generation grew %d MB, status %d%n",
                result.bytesSent() / MB, result.oldGenerationGrowthBytes() / MB, result.status());

        assertThat(result.bytesSent()).isLessThan(100 * MB);
        assertThat(result.oldGenerationGrowthBytes()).isLessThan(40 * MB);
        assertThat(result.status()).isEqualTo(422);
        assertThat(result.answer()).contains("huge-plan.pdf is larger than 10 MB; files can be at most 10 MB");
        page.reload();
        assertThat(bid.attachment("huge-plan.pdf")).hasCount(0);
    }

    @Test
    void anImportAnnouncingMoreThanItsLimitIsRefusedBeforeItIsRead() {
        signIn("admin");
        ImportsPage imports = new ImportsPage(page, base()).open().openSection("GP practices (ODS epraccur)");

        RawUpload.Result result = RawUpload.post(context, imports.uploadAddress("GP practices (ODS epraccur)"),
                "epraccur.csv", 600 * MB, true);
        System.out.printf("600 MB announced to a 50 MB import: %d MB sent, old generation grew %d MB, status %d%n",
                result.bytesSent() / MB, result.oldGenerationGrowthBytes() / MB, result.status());

        assertThat(result.bytesSent()).isLessThan(50 * MB);
        assertThat(result.oldGenerationGrowthBytes()).isLessThan(10 * MB);
        assertThat(result.status()).isEqualTo(422);
        assertThat(result.answer()).contains("epraccur.csv is larger than 50 MB; files can be at most 50 MB");
    }

    @Test
    void aWorkforceFilePastItsLimitIsRefusedWithAMessageAndLeavesNoFileBehind() {
        signIn("admin");
        ImportsPage imports = new ImportsPage(page, base()).open().openSection("GP workforce");
        long before = RawUpload.uploadsOnDisk();

        RawUpload.Result result = RawUpload.post(context, imports.uploadAddress("GP workforce"), "workforce.csv", 300 * MB, false);
        System.out.printf("300 MB streamed to a 100 MB workforce import: %d MB sent, status %d%n",
                result.bytesSent() / MB, result.status());

        assertThat(result.bytesSent()).isLessThan(200 * MB);
        assertThat(result.status()).isEqualTo(422);
        assertThat(result.answer()).contains("workforce.csv is larger than 100 MB; files can be at most 100 MB");
        assertThat(RawUpload.uploadsOnDisk()).isEqualTo(before);
    }

    @Test
    void aWorkforceFileTooLargeForTheBrowserToSendIsRefusedWithTheLimit(@TempDir Path dir) throws IOException {
        Path large = dir.resolve("national-workforce.csv");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(101 * MB);
        }
        signIn("admin");
        ImportsPage imports = new ImportsPage(page, base()).open().openSection("GP workforce");
        imports.upload("GP workforce", large);

        assertThat(imports.says("Upload a .csv file of at most 100 MB")).isVisible();
    }
}
