package uk.nhs.dorset.primarycare.practice.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.practice.Practice;
import uk.nhs.dorset.primarycare.practice.PracticeRepository;
import uk.nhs.dorset.primarycare.testing.BrowserTest;
import uk.nhs.dorset.primarycare.testing.pages.ImportsPage;

/** An administrator applies an epraccur file: the work runs off the UI thread and the page reports it. */
class ImportApplyJourneyIT extends BrowserTest {

    @Autowired
    PracticeRepository practices;

    private final String code = "Y8" + ThreadLocalRandom.current().nextInt(1000, 9999);

    @AfterEach
    void removeThePracticeAgain() {
        // Keep the register's demo counts as loaded for the other tests.
        practices.findByOdsCode(code).ifPresent(practices::delete);
    }

    @Test
    void adminAppliesAnEpraccurFileWithProgress() {
        String[] f = new String[27];
        Arrays.fill(f, "");
        f[0] = code;
        f[1] = "JOURNEY SURGERY";
        f[9] = "BH20 4AA";
        f[10] = "20200401";
        f[12] = "A";
        f[14] = "96X";
        f[25] = "4";
        byte[] file = ("\"" + String.join("\",\"", f) + "\"\n").getBytes(StandardCharsets.UTF_8);

        signIn("admin");
        ImportsPage imports = new ImportsPage(page, base()).open();
        imports.commissionerCode("96X").upload(new FilePayload("epraccur.csv", "text/csv", file));
        assertThat(imports.says("Dry run: 1 to add")).isVisible();
        // The register's own practices are not in a file for another commissioner: the dry run asks.
        assertThat(imports.says("practices are not in this file: is it complete?")).isVisible();
        assertThat(imports.applyButton()).isDisabled();
        imports.confirmComplete().apply();
        assertThat(imports.says("Applied: 1 practices updated"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));

        Practice added = practices.findByOdsCode(code).orElseThrow();
        assertThat(added.getName()).isEqualTo("Journey Surgery");
        assertThat(added.isOpen()).isTrue();
    }
}
