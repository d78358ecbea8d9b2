package uk.nhs.dorset.primarycare.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.UploadTester;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.dorset.primarycare.testing.ViewTest;

/** The practice imports on /admin/imports: an upload shows its dry run, a bad file its reason. */
class PracticeImportSectionIT extends ViewTest {

    private ImportPanel epraccurPanel() {
        UI.getCurrent().navigate("admin/imports");
        List<ImportPanel> panels = find(ImportPanel.class).all();
        assertThat(panels).as("epraccur, list sizes, PCN members").hasSize(3);
        return panels.stream().filter(p -> p.commissioner != null).findFirst().orElseThrow();
    }

    @Test
    void aBinaryUploadIsRefusedWithAClearMessageAndCannotBeApplied() {
        signIn("admin");
        ImportPanel panel = epraccurPanel();
        UploadTester<?> upload = test(panel.upload);
        upload.upload("epraccur.csv", "text/csv", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        assertThat(panel.message.isVisible()).isTrue();
        assertThat(panel.message.getText()).startsWith("This is not a CSV text file");
        assertThat(panel.apply.isEnabled()).isFalse();
    }

    @Test
    void theNationalFileShowsItsDryRunFor11J() throws Exception {
        signIn("admin");
        ImportPanel panel = epraccurPanel();
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("/nhs/epraccur_full_2025-05_raw.csv")) {
            file = in.readAllBytes();
        }
        test(panel.upload).upload("epraccur.csv", "text/csv", file);
        assertThat(panel.summary.getText()).startsWith("Dry run: ").contains("0 rejected", "16534 rows read");
        assertThat(panel.apply.isEnabled()).isTrue();
        assertThat(panel.lines.isVisible()).isTrue();

        test(panel.commissioner).setValue("ZZZ");
        assertThat(panel.message.getText()).startsWith("The file has no GP practices (prescribing setting 4) for commissioner ZZZ");
        assertThat(panel.apply.isEnabled()).isFalse();
    }

    @Test
    void aFileLackingManyPracticesAppliesOnlyAfterTheAdministratorConfirmsItIsComplete() throws Exception {
        signIn("admin");
        ImportPanel panel = epraccurPanel();
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("/ods/epraccur_dorset_11J_2018-08.csv")) {
            file = in.readAllBytes();
        }
        String[] lines = new String(file, java.nio.charset.StandardCharsets.UTF_8).split("\r?\n");
        // Cut at a line end, and one practice's name changed so there is something to apply.
        lines[1] = lines[1].replace("ORCHID HOUSE SURGERY", "ORCHID HOUSE MEDICAL PRACTICE");
        String cut = String.join("\n", java.util.Arrays.copyOfRange(lines, 0, 30)) + "\n";
        test(panel.upload).upload("epraccur.csv", "text/csv", cut.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(panel.notices.isVisible()).isTrue();
        assertThat(panel.notices.getElement().getTextRecursively()).contains("practices are not in this file: is it complete?");
        assertThat(panel.complete.isVisible()).isTrue();
        assertThat(panel.apply.isEnabled()).isFalse();
        test(panel.complete).click();
        assertThat(panel.apply.isEnabled()).isTrue();
        test(panel.complete).click();
        assertThat(panel.apply.isEnabled()).isFalse();
    }

    @Test
    void onlyAdministratorsSeeThePracticeImports() {
        signIn("team");
        UI.getCurrent().navigate("admin/imports");
        assertThat(find(ImportPanel.class).all()).isEmpty();
    }
}
