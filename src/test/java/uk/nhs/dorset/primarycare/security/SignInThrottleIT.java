package uk.nhs.dorset.primarycare.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dorset.primarycare.testing.WebClient.location;

import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.testing.HttpTest;
import uk.nhs.dorset.primarycare.testing.WebClient;

/** Guessing passwords through the real sign-in form stops after a few tries. */
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleIT extends HttpTest {

    static final String PASSWORD = "Juniper-Lantern-Harbour-9";

    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SignInThrottle throttle;

    /** The tests all come from one address; other tests' sign-ins must not inherit its count. */
    @AfterEach
    void forget() {
        throttle.forgetAll();
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefused(CapturedOutput output) {
        String username = "guess" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        users.save(new AppUser(username, "Guessed at", encoder.encode(PASSWORD), EnumSet.of(Role.TEAM), null));
        WebClient attacker = client();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(location(attacker.signIn(username, "wrong guess " + attempt))).contains("/login?error");
        }
        assertThat(location(attacker.signIn(username, PASSWORD))).as("the sixth attempt, with the right password")
                .contains("/login?error");
        assertThat(attacker.get("/").statusCode()).as("not signed in").isEqualTo(302);

        WebClient elsewhere = client();
        assertThat(location(elsewhere.signIn(username, PASSWORD))).as("from another browser too").contains("/login?error");
        assertThat(output.getAll()).contains("WARN").contains(username).contains("127.0.0.1");
    }
}
