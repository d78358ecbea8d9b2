package uk.nhs.dorset.primarycare.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.security.GroupRoleService;
import uk.nhs.dorset.primarycare.testing.BrowserTest;
import uk.nhs.dorset.primarycare.testing.OidcProvider;
import uk.nhs.dorset.primarycare.testing.SignIn;
import uk.nhs.dorset.primarycare.testing.pages.MainFrame;
import uk.nhs.dorset.primarycare.testing.pages.NoAccessPage;
import uk.nhs.dorset.primarycare.testing.pages.SignInPage;

/** Signing in through the organisation's provider in Chromium, as its staff do. */
@ContextConfiguration(initializers = OidcProvider.class)
class SingleSignOnJourneyIT extends BrowserTest {

    @Autowired
    GroupRoleService groupRoles;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void aPersonInAMappedGroupSignsInThroughTheProviderAndSigningOutEndsItsSessionToo() {
        String group = "hub-managers-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        SignIn.as(userDetails, "admin");
        groupRoles.add(group, Role.MANAGER);
        SignIn.out();
        OidcProvider.nextSignIn("journey" + ThreadLocalRandom.current().nextInt(100_000, 999_999), "Grace Hopper", List.of(group));

        SignInPage signIn = new SignInPage(page, base()).open();
        assertThat(signIn.providerButton()).hasText("Sign in with " + OidcProvider.PROVIDER_NAME);
        assertThat(signIn.form()).isVisible();
        MainFrame frame = signIn.signInThroughProvider();
        assertThat(frame.userName()).hasText("Grace Hopper");
        assertThat(page.locator(".user-role")).hasText("Programme manager");

        List<String> visited = new CopyOnWriteArrayList<>();
        page.onRequest(request -> visited.add(request.url()));
        frame.signOut();
        assertThat(visited).as("the provider's sign-out was visited")
                .anySatisfy(url -> assertThat(url).startsWith(OidcProvider.endSessionUrl()));
    }

    @Test
    void aFirstSignInWithNoMappedGroupIsToldTheAccountExistsAndWhomToAsk() {
        OidcProvider.nextSignIn("starter" + ThreadLocalRandom.current().nextInt(100_000, 999_999), "Ada Lovelace", List.of("not-mapped"));

        NoAccessPage noAccess = new SignInPage(page, base()).open().signInThroughProviderWithoutAccess();

        assertThat(noAccess.explanation()).containsText("Your account exists, but it has no access yet");
        assertThat(noAccess.explanation()).containsText(OidcProvider.ACCESS_CONTACT);
        page.navigate(url("/grants"));
        page.waitForURL("**/no-access");
        assertThat(noAccess.explanation()).isVisible();
        assertThat(noAccess.signOut().providerButton()).isVisible();
    }

    @Test
    void aPersonInMoreGroupsThanTheProviderSendsIsToldWhyTheyHaveNoRole() {
        OidcProvider.nextSignInInTooManyGroups("overage" + ThreadLocalRandom.current().nextInt(100_000, 999_999), "Katherine Johnson");

        NoAccessPage noAccess = new SignInPage(page, base()).open().signInThroughProviderWithoutAccess();

        assertThat(noAccess.explanation()).containsText("You are in more groups than your organisation's sign-in service sends");
        assertThat(noAccess.explanation()).containsText(OidcProvider.ACCESS_CONTACT);
    }
}
