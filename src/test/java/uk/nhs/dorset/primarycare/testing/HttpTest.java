package uk.nhs.dorset.primarycare.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Tests at the HTTP level: the whole application on a random port over the test MariaDB, talked
 * to with a plain HTTP client, as a browser or an attacker's script would. The configuration is
 * the browser tests' own, so both share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = MariaDbInitializer.class)
public abstract class HttpTest {

    @LocalServerPort
    protected int port;

    /** A new client with its own cookies, like a fresh browser. */
    protected WebClient client() {
        return new WebClient("http://localhost:" + port);
    }
}
