package uk.nhs.dorset.primarycare.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dorset.primarycare.testing.WebClient.location;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import uk.nhs.dorset.primarycare.testing.HttpTest;
import uk.nhs.dorset.primarycare.testing.OidcProvider;
import uk.nhs.dorset.primarycare.testing.ProviderSignIn;
import uk.nhs.dorset.primarycare.testing.WebClient;

/** With local accounts switched off, a password signs nobody in, whatever a script posts; the provider still does. */
@ContextConfiguration(initializers = OidcProvider.class)
@TestPropertySource(properties = "hub.local-sign-in=false")
class LocalSignInOffIT extends HttpTest {

    @Test
    void aRightPasswordIsRefusedOnTheServer() {
        WebClient browser = client();
        browser.signIn("admin", "demo");
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).as("still signed out").isEqualTo(302);
        assertThat(location(home)).endsWith("/login");
    }

    @Test
    void theProviderStillSignsPeopleIn() {
        OidcProvider.nextSignIn("off" + ThreadLocalRandom.current().nextInt(100_000, 999_999), "Provider Only", List.of());
        WebClient browser = client();
        assertThat(location(ProviderSignIn.through(browser))).doesNotContain("/login");
        assertThat(browser.get("/no-access").statusCode()).isEqualTo(200);
    }
}
