package uk.nhs.dorset.primarycare.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import uk.nhs.dorset.primarycare.security.SignInNotice;
import uk.nhs.dorset.primarycare.testing.BrowserTest;
import uk.nhs.dorset.primarycare.testing.CuttableProxy;
import uk.nhs.dorset.primarycare.testing.pages.ErrorPage;
import uk.nhs.dorset.primarycare.testing.pages.GrantBidPage;
import uk.nhs.dorset.primarycare.testing.pages.GrantsPage;
import uk.nhs.dorset.primarycare.testing.pages.MainFrame;
import uk.nhs.dorset.primarycare.testing.pages.PracticePage;
import uk.nhs.dorset.primarycare.testing.pages.SignInPage;

/**
 * The database goes away while people work: pages and saves say at once that the service is
 * unavailable and nothing was saved, inside the app, and work again when it is back, without a
 * restart. The application reaches its database through a relay the test cuts.
 */
@ContextConfiguration(initializers = DatabaseOutageJourneyIT.ThroughRelay.class)
class DatabaseOutageJourneyIT extends BrowserTest {

    static final CuttableProxy DATABASE = CuttableProxy.toTestDatabase();

    static class ThroughRelay implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            // No read of a user's standing is trusted for later requests: every request asks the
            // database, as one does in production once the few seconds' cache has passed.
            TestPropertyValues.of("spring.datasource.url=" + DATABASE.url(), "hub.session.stamp-cache=0s").applyTo(context);
        }
    }

    @AfterEach
    void databaseBack() {
        DATABASE.restore();
    }

    @Test
    void aPageOpenedDuringAnOutageSaysTheServiceIsUnavailableInsideTheAppAndWorksAgainAfter() {
        signIn("manager");
        // Each of the page's requests waits out the pool's timeout for the user's standing.
        page.setDefaultNavigationTimeout(60_000);
        DATABASE.cut();
        long started = System.nanoTime();
        ErrorPage error = new ErrorPage(page, base()).open("/practices/J81002");
        System.out.printf("An outage answered a page in %d ms%n", (System.nanoTime() - started) / 1_000_000);

        assertThat(error.heading()).hasText("Service unavailable");
        assertThat(error.message()).hasText(UserMessages.SERVICE_UNAVAILABLE);
        assertThat(error.frame().menuItem("Practices").first()).isVisible();
        assertThat(error.text()).doesNotContain("Exception").doesNotContain("java.");

        DATABASE.restore();
        page.navigate(url("/practices/J81002"));
        // The pool makes new connections as soon as the database answers again, within seconds.
        assertThat(new PracticePage(page, base()).heading("Orchid House"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
    }

    @Test
    void aSaveDuringAnOutageSaysNothingWasSavedAndTheTypedTextStays() {
        signIn("team");
        GrantBidPage bid = new GrantsPage(page, base()).open().createDraft("J81002", "2018/19", "Outage: new roof");
        DATABASE.cut();
        bid.type("Description", "Replace the flat roof over the treatment rooms");
        long started = System.nanoTime();
        bid.saveButton().click();
        Locator said = page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("unavailable"));
        // The pool gives up on the database after its 5 s connection timeout: for the user's
        // standing on each request (the typed text's and the click's), then for the save.
        assertThat(said).hasText(UserMessages.SERVICE_UNAVAILABLE, new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        System.out.printf("An outage answered a save in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(page.getByLabel("Description")).hasValue("Replace the flat roof over the treatment rooms");

        DATABASE.restore();
        bid.save();
        assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("Saved"))).isVisible();
    }

    @Test
    void signingInDuringAnOutageSaysTheServiceIsUnavailableNotThatThePasswordIsWrong() {
        DATABASE.cut();
        SignInPage signIn = new SignInPage(page, base()).open().signInExpectingRefusal("manager", "demo");

        assertThat(signIn.notice()).hasText(SignInNotice.SERVICE_UNAVAILABLE);
        assertThat(signIn.form()).not().hasAttribute("error", "");

        DATABASE.restore();
        MainFrame frame = signIn.signIn("manager", "demo");
        assertThat(frame.userName()).hasText("Programme manager (demo)");
    }
}
