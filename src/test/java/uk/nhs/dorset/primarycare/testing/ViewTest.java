package uk.nhs.dorset.primarycare.testing;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Browserless view tests: real views and services over the test MariaDB, no browser.
 * Sign in with {@link #signIn(String)} before navigating.
 */
@IntegrationTest
public abstract class ViewTest extends SpringBrowserlessTest {

    @Autowired
    protected UserDetailsService userDetailsService;

    protected void signIn(String username) {
        SignIn.as(userDetailsService, username);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }
}
