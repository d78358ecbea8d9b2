package uk.nhs.dorset.primarycare.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.security.AppUser;
import uk.nhs.dorset.primarycare.security.AppUserRepository;
import uk.nhs.dorset.primarycare.testing.BrowserTest;

/** An administrator adds a user in Chromium, who can then sign in. */
class UsersJourneyIT extends BrowserTest {

    @Autowired
    AppUserRepository users;

    private void screenshot(String name) {
        if (System.getenv("SCREENSHOTS") != null) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/foundation-" + name + ".png")).setFullPage(true));
        }
    }

    @Test
    void adminCreatesAUserWhoCanSignIn() {
        String username = "j.bloggs" + ThreadLocalRandom.current().nextInt(1000, 9999);
        signIn("admin");
        open("/admin/users");
        screenshot("users");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Username").fill(username);
        dialog.getByLabel("Display name").fill("Joe Bloggs");
        dialog.getByLabel("Password", new Locator.GetByLabelOptions().setExact(true)).fill("correct horse battery");
        dialog.getByLabel("Roles").click();
        page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText("Programme manager")).click();
        page.keyboard().press("Escape");
        screenshot("users-add");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add user")).click();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(username))).isVisible();

        AppUser saved = users.findByUsernameIgnoreCase(username).orElseThrow();
        assertThat(saved.getRoles()).containsExactly(Role.MANAGER);
        assertThat(saved.getDisplayName()).isEqualTo("Joe Bloggs");
        page.setViewportSize(400, 800);
        screenshot("users-narrow");
        page.setViewportSize(1440, 900);

        page.getByText("Sign out").click();
        page.waitForURL("**/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill("correct horse battery");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        assertThat(page.locator(".user-name")).hasText("Joe Bloggs");
    }

    @Test
    void importsPageShowsTheDryRunOfAnUploadedFile() {
        signIn("admin");
        open("/admin/imports");
        page.locator("vaadin-upload input[type=file]").first().setInputFiles(Path.of("src/test/resources/nhs/epraccur_full_2025-05_raw.csv"));
        assertThat(page.getByText("Dry run:").first()).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply").setExact(true)).first()).isEnabled();
        screenshot("imports");
        page.setViewportSize(400, 800);
        screenshot("imports-narrow");
    }
}
