package uk.nhs.dorset.primarycare.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.security.AppUser;
import uk.nhs.dorset.primarycare.security.AppUserRepository;
import uk.nhs.dorset.primarycare.testing.BrowserTest;
import uk.nhs.dorset.primarycare.testing.pages.MainFrame;
import uk.nhs.dorset.primarycare.testing.pages.SignInPage;
import uk.nhs.dorset.primarycare.testing.pages.UsersPage;

/** Sessions and the browser's own protections, in Chromium. */
class SessionSecurityJourneyIT extends BrowserTest {

    static final String PASSWORD = "Meadow-Compass-Lighthouse-3";

    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void aUserDisabledWhileSignedInIsSentToSignInOnTheirNextAction() {
        String username = "journey" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        users.save(new AppUser(username, "Disabled while signed in", encoder.encode(PASSWORD), EnumSet.of(Role.TEAM), null));
        MainFrame theirs = new SignInPage(page, base()).open().signIn(username, PASSWORD);
        assertThat(theirs.userName()).hasText("Disabled while signed in");

        Page adminPage = anotherBrowser();
        new SignInPage(adminPage, base()).open().signIn("admin", "demo");
        new UsersPage(adminPage, base()).open().disable(username);

        theirs.menuItem("Grants").click();
        SignInPage signIn = new SignInPage(page, base()).waitUntilShown();
        assertThat(signIn.notice()).containsText("Your account has been disabled");
    }

    @Test
    void theMainPagesRunUnderTheContentSecurityPolicyWithoutViolations() {
        List<String> violations = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
                violations.add(message.text());
            }
        });
        Response login = page.navigate(url("/login"));
        assertThat(login.headers()).containsKey("content-security-policy");
        new SignInPage(page, base()).signIn("manager", "demo");
        for (String path : List.of("/", "/practices", "/practices/J81002", "/grants", "/estates", "/mergers", "/workforce",
                "/programme", "/programme/allocation", "/programme/access")) {
            Response response = page.navigate(url(path));
            assertThat(response.headers().get("content-security-policy")).as(path).contains("default-src 'self'");
            page.waitForSelector("vaadin-app-layout");
            assertThat(page.locator("h1.view-title")).not().isEmpty();
        }
        page.navigate(url("/grants"));
        page.locator("vaadin-grid-cell-content").first().waitFor();
        assertThat(violations).as("CSP violations in the console").isEmpty();
    }

    @Test
    void afterFiveWrongPasswordsTheSignInPageSaysToWait() {
        String username = "lockout" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        users.save(new AppUser(username, "Locked out", encoder.encode(PASSWORD), EnumSet.of(Role.TEAM), null));
        SignInPage signIn = new SignInPage(page, base()).open();
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn.signInExpectingRefusal(username, "wrong guess " + attempt);
        }
        signIn.signInExpectingRefusal(username, PASSWORD);
        assertThat(signIn.notice()).hasText("Too many failed sign-ins; try again in 5 minutes");
    }
}
