package uk.nhs.dorset.primarycare.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dorset.primarycare.testing.WebClient.location;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.testing.HttpTest;
import uk.nhs.dorset.primarycare.testing.SignIn;
import uk.nhs.dorset.primarycare.testing.WebClient;

/**
 * What an administrator changes about a user reaches that user's open sessions at once: the
 * next request of a session opened before the change is sent to sign in again.
 */
class SessionEndingIT extends HttpTest {

    static final String PASSWORD = "Tarragon-Kettle-Window-42";

    @Autowired
    AppUserRepository users;
    @Autowired
    UserService service;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void disablingAUserEndsTheirOpenSession() {
        assertTheChangeEndsTheSession(user -> service.setEnabled(user.getId(), user.getVersion(), false));
    }

    @Test
    void changingAUsersRolesEndsTheirOpenSession() {
        assertTheChangeEndsTheSession(user -> service.updateRoles(user.getId(), user.getVersion(), Set.of(Role.MANAGER), null));
    }

    @Test
    void resettingAUsersPasswordEndsTheirOpenSession() {
        assertTheChangeEndsTheSession(user -> service.resetPassword(user.getId(), user.getVersion(), "Another-Long-Phrase-77"));
    }

    @Test
    void aSessionOfAnotherUserIsNotEnded() {
        AppUser other = newUser();
        WebClient theirs = signedIn(other);
        AppUser changed = newUser();
        SignIn.as(userDetails, "admin");
        service.setEnabled(changed.getId(), changed.getVersion(), false);
        assertThat(theirs.get("/").statusCode()).isEqualTo(200);
    }

    private void assertTheChangeEndsTheSession(Consumer<AppUser> change) {
        AppUser user = newUser();
        WebClient browser = signedIn(user);
        SignIn.as(userDetails, "admin");
        change.accept(users.findById(user.getId()).orElseThrow());

        HttpResponse<String> next = browser.get("/");
        assertThat(next.statusCode()).as("the next request of the open session").isEqualTo(302);
        assertThat(location(next)).endsWith("/login");
    }

    private WebClient signedIn(AppUser user) {
        WebClient browser = client();
        HttpResponse<String> signIn = browser.signIn(user.getUsername(), PASSWORD);
        assertThat(location(signIn)).as("signed in").doesNotContain("/login");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        return browser;
    }

    private AppUser newUser() {
        String username = "session" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        return users.save(new AppUser(username, "Session test", encoder.encode(PASSWORD), EnumSet.of(Role.TEAM), null));
    }
}
