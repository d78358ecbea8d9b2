package uk.nhs.dorset.primarycare.testing;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
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

    /**
     * Signs in. Once a view has been shown this is someone else signing in: in a browser that is a
     * new session and a new UI, so the view is built anew for them rather than reused.
     */
    protected void signIn(String username) {
        UI ui = UI.getCurrent();
        if (ui != null && !ui.getInternals().getActiveRouterTargetsChain().isEmpty()) {
            cleanVaadinEnvironment();
            SignIn.as(userDetailsService, username);
            initVaadinEnvironment();
            return;
        }
        SignIn.as(userDetailsService, username);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }
}
