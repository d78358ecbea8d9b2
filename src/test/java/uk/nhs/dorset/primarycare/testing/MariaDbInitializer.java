package uk.nhs.dorset.primarycare.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Points the application context at the test MariaDB before anything connects. It runs before
 * a test class's own initializers, so those can point the same context elsewhere.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class MariaDbInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.datasource.url=" + TestDatabase.url(),
                "spring.datasource.username=" + TestDatabase.user(),
                "spring.datasource.password=" + TestDatabase.password(),
                "hub.files.dir=target/test-files",
                // Tests judge dates against the real clock unless they ask for the demo's.
                "hub.demo.as-of="
        ).applyTo(context);
    }
}
