package uk.nhs.dorset.primarycare.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.security.AppUser;
import uk.nhs.dorset.primarycare.security.AppUserRepository;
import uk.nhs.dorset.primarycare.testing.BrowserTest;
import uk.nhs.dorset.primarycare.testing.pages.AccountPage;
import uk.nhs.dorset.primarycare.testing.pages.ImportsPage;
import uk.nhs.dorset.primarycare.testing.pages.MainFrame;
import uk.nhs.dorset.primarycare.testing.pages.SignInPage;
import uk.nhs.dorset.primarycare.testing.pages.UsersPage;

/** An administrator adds a user in Chromium, who can then sign in. */
class UsersJourneyIT extends BrowserTest {

    @Autowired
    AppUserRepository users;

    @Test
    void adminCreatesAUserWhoCanSignIn() {
        String username = "j.bloggs" + ThreadLocalRandom.current().nextInt(1000, 9999);
        MainFrame frame = signIn("admin");
        UsersPage admin = new UsersPage(page, base()).open();
        admin.screenshot("foundation-users");
        Locator dialog = admin.fillNewUser(username, "Joe Bloggs", "correct horse battery", "Programme manager");
        admin.screenshot("foundation-users-add");
        admin.confirmNewUser(dialog);
        assertThat(admin.row(username)).isVisible();

        AppUser saved = users.findByUsernameIgnoreCase(username).orElseThrow();
        assertThat(saved.getRoles()).containsExactly(Role.MANAGER);
        assertThat(saved.getDisplayName()).isEqualTo("Joe Bloggs");

        admin.window().phone();
        assertThat(admin.row(username)).isVisible();
        admin.assertFitsPhone(admin.addUserButton(), admin.grid());
        admin.screenshot("foundation-users-narrow");
        admin.window().desktop();

        SignInPage signIn = frame.signOut();
        MainFrame theirs = signIn.signIn(username, "correct horse battery");
        assertThat(theirs.userName()).hasText("Joe Bloggs");

        // The administrator chose that password: nothing else opens until Joe has chosen his own.
        AccountPage account = new AccountPage(page, base());
        assertThat(account.changeRequired()).isVisible();
        theirs.openMenu().menuItem("Grants").click();
        assertThat(account.changeRequired()).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/grants$|.*/account$"));
        account.change("correct horse battery", "Quarry-Pelican-Saucer-61");
        theirs.openMenu().menuItem("Grants").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/grants$"));
        assertThat(account.changeRequired()).hasCount(0);
    }

    @Test
    void importsPageShowsTheDryRunOfAnUploadedFile() {
        signIn("admin");
        ImportsPage imports = new ImportsPage(page, base()).open();
        imports.upload(Path.of("src/test/resources/nhs/epraccur_full_2025-05_raw.csv"));
        assertThat(imports.says("Dry run:")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertThat(imports.applyButton()).isEnabled();
        imports.screenshot("foundation-imports");

        imports.window().phone();
        assertThat(imports.applyButton()).isEnabled();
        // The whole fit is the disabled test below; here what a phone user must at least reach.
        imports.window().assertUsable(imports.heading()).assertUsable(imports.applyButton());
        imports.screenshot("foundation-imports-narrow");
    }

    @Test
    void onAPhoneTheImportsPageFitsTheWindowAfterADryRun() {
        signIn("admin");
        ImportsPage imports = new ImportsPage(page, base());
        imports.window().phone();
        imports.open().upload(Path.of("src/test/resources/nhs/epraccur_full_2025-05_raw.csv"));
        assertThat(imports.says("Dry run:")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        imports.assertFitsPhone(imports.says("Dry run:"), imports.applyButton());
    }
}
