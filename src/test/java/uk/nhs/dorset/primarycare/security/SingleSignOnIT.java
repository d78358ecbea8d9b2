package uk.nhs.dorset.primarycare.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dorset.primarycare.testing.WebClient.location;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.testing.HttpTest;
import uk.nhs.dorset.primarycare.testing.OidcProvider;
import uk.nhs.dorset.primarycare.testing.ProviderSignIn;
import uk.nhs.dorset.primarycare.testing.SignIn;
import uk.nhs.dorset.primarycare.testing.WebClient;

/**
 * Single sign-on against a real OpenID Connect provider started by the test: the provider's
 * groups give the roles, recomputed at every sign-in; a first sign-in creates the user with no
 * role; an ID token meant for another application is refused; signing out ends the provider's
 * session too. Local accounts still sign in beside it.
 */
@ContextConfiguration(initializers = OidcProvider.class)
class SingleSignOnIT extends HttpTest {

    @Autowired
    AppUserRepository users;
    @Autowired
    GroupRoleService groupRoles;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    UserService userService;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void signingInThroughTheProviderGivesTheRoleOfTheMappedGroup() {
        String group = mapped("hub-team", Role.TEAM);
        String person = person();
        OidcProvider.nextSignIn(person, "Team Member", List.of(group, "some-other-group"));

        WebClient browser = client();
        HttpResponse<String> signedIn = ProviderSignIn.through(browser);

        assertThat(location(signedIn)).as("sent into the application").doesNotContain("/login");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        AppUser user = users.findByUsernameIgnoreCase(person).orElseThrow();
        assertThat(user.getRoles()).containsExactly(Role.TEAM);
        assertThat(user.getDisplayName()).isEqualTo("Team Member");
        assertThat(user.signsInThroughProvider()).isTrue();
    }

    @Test
    void aUserWhoseGroupIsRemovedLosesTheRoleAtTheNextSignInAndTheirOtherSessionsEnd() {
        String group = mapped("hub-estates", Role.ESTATES);
        String person = person();
        OidcProvider.nextSignIn(person, "Estates Lead", List.of(group));
        WebClient first = client();
        ProviderSignIn.through(first);
        assertThat(users.findByUsernameIgnoreCase(person).orElseThrow().getRoles()).containsExactly(Role.ESTATES);
        assertThat(first.get("/").statusCode()).isEqualTo(200);

        OidcProvider.nextSignIn(person, "Estates Lead", List.of("a-group-with-no-role"));
        ProviderSignIn.through(client());

        assertThat(users.findByUsernameIgnoreCase(person).orElseThrow().getRoles()).as("roles after the group went").isEmpty();
        HttpResponse<String> earlier = first.get("/");
        assertThat(earlier.statusCode()).as("the session opened with the old role").isEqualTo(302);
        assertThat(location(earlier)).endsWith("/login");
    }

    @Test
    void theFirstSignInCreatesTheUserWithNoRoleUntilTheirGroupIsMapped() {
        String person = person();
        assertThat(users.findByUsernameIgnoreCase(person)).isEmpty();
        OidcProvider.nextSignIn(person, "New Starter", List.of("a-group-nobody-mapped"));

        WebClient browser = client();
        HttpResponse<String> signedIn = ProviderSignIn.through(browser);

        assertThat(location(signedIn)).doesNotContain("/login");
        AppUser user = users.findByUsernameIgnoreCase(person).orElseThrow();
        assertThat(user.getRoles()).isEmpty();
        assertThat(user.isEnabled()).isTrue();
        assertThat(browser.get("/no-access").statusCode()).isEqualTo(200);

        String group = mapped("hub-managers", Role.MANAGER);
        OidcProvider.nextSignIn(person, "New Starter", List.of(group));
        ProviderSignIn.through(client());
        assertThat(users.findByUsernameIgnoreCase(person).orElseThrow().getRoles()).containsExactly(Role.MANAGER);
        assertThat(users.findAll().stream().filter(u -> u.getUsername().startsWith(person))).hasSize(1);
    }

    @Test
    void aUserWhoseGroupsTheProviderLeftOutForBeingTooManyHasNoRoleUntilItSendsThem() {
        String group = mapped("hub-team-overage", Role.TEAM);
        String person = person();
        OidcProvider.nextSignIn(person, "Many Groups", List.of(group));
        ProviderSignIn.through(client());
        assertThat(users.findByUsernameIgnoreCase(person).orElseThrow().getRoles()).containsExactly(Role.TEAM);

        OidcProvider.nextSignInInTooManyGroups(person, "Many Groups");
        HttpResponse<String> signedIn = ProviderSignIn.through(client());

        assertThat(users.findByUsernameIgnoreCase(person).orElseThrow().getRoles())
                .as("no role is kept that the provider no longer vouches for").isEmpty();
        assertThat(location(signedIn)).as("signed in, to be told why").doesNotContain("/login");
    }

    @Test
    void anIdTokenIssuedForAnotherApplicationIsRefused() {
        String group = mapped("hub-admins", Role.ADMIN);
        String person = person();
        OidcProvider.nextSignIn(person, "Someone Else's User", List.of(group), Map.of("aud", List.of("another-application")));

        WebClient browser = client();
        HttpResponse<String> refused = ProviderSignIn.through(browser);

        assertThat(location(refused)).endsWith("/login?error");
        assertThat(users.findByUsernameIgnoreCase(person)).as("no user made from the refused token").isEmpty();
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(location(home)).endsWith("/login");
    }

    @Test
    void aPracticeManagerIsTiedToThePracticeTheOdsCodeClaimNames() {
        String group = mapped("hub-practice", Role.PRACTICE);
        String person = person();
        OidcProvider.nextSignIn(person, "Practice Manager", List.of(group), Map.of(OidcProvider.ODS_CLAIM, "j81002"));
        ProviderSignIn.through(client());
        AppUser user = users.findByUsernameIgnoreCase(person).orElseThrow();
        assertThat(user.getRoles()).containsExactly(Role.PRACTICE);
        assertThat(user.toActor().practiceOdsCode()).isEqualTo("J81002");
    }

    @Test
    void aPracticeManagerWithNoPracticeGetsNoPracticeRoleUntilAnAdministratorTiesThem() {
        String group = mapped("hub-practice-untied", Role.PRACTICE);
        String person = person();
        OidcProvider.nextSignIn(person, "Untied Manager", List.of(group));
        ProviderSignIn.through(client());
        AppUser user = users.findByUsernameIgnoreCase(person).orElseThrow();
        assertThat(user.getRoles()).isEmpty();

        SignIn.as(userDetails, "admin");
        userService.tieToPractice(user.getId(), user.getVersion(), "J81002");
        SignIn.out();
        OidcProvider.nextSignIn(person, "Untied Manager", List.of(group));
        ProviderSignIn.through(client());
        AppUser tied = users.findByUsernameIgnoreCase(person).orElseThrow();
        assertThat(tied.getRoles()).containsExactly(Role.PRACTICE);
        assertThat(tied.toActor().practiceOdsCode()).isEqualTo("J81002");
    }

    @Test
    void aProviderAccountNamedLikeALocalOneDoesNotBecomeIt() {
        String group = mapped("hub-team-admin-name", Role.TEAM);
        String subject = person();
        OidcProvider.nextSignIn(subject, "Not The Administrator", List.of(group), Map.of("preferred_username", "admin"));
        ProviderSignIn.through(client());

        AppUser admin = users.findByUsernameIgnoreCase("admin").orElseThrow();
        assertThat(admin.signsInThroughProvider()).isFalse();
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(users.findAll()).anySatisfy(u -> {
            assertThat(u.getDisplayName()).isEqualTo("Not The Administrator");
            assertThat(u.getUsername()).isNotEqualTo("admin");
            assertThat(u.getRoles()).containsExactly(Role.TEAM);
        });
    }

    @Test
    void signingOutEndsTheProviderSessionToo() {
        String group = mapped("hub-team-signout", Role.TEAM);
        OidcProvider.nextSignIn(person(), "Signing Out", List.of(group));
        WebClient browser = client();
        ProviderSignIn.through(browser);

        HttpResponse<String> signedOut = browser.postForm("/logout", "/", Map.of());

        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(location(signedOut)).startsWith(OidcProvider.endSessionUrl()).contains("id_token_hint=");
        assertThat(location(browser.get("/"))).endsWith("/login");
    }

    @Test
    void aLocalAccountStillSignsInWithItsPassword() {
        WebClient browser = client();
        assertThat(location(browser.signIn("team", "demo"))).doesNotContain("/login");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    private String mapped(String prefix, Role role) {
        String group = prefix + "-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        SignIn.as(userDetails, "admin");
        try {
            groupRoles.add(group, role);
        } finally {
            SignIn.out();
        }
        return group;
    }

    private static String person() {
        return "sso" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }
}
